// The interface language of a route handler's request (the Markdown export, the coach), decided
// as for pages (./request.ts): the account's saved choice, else the cookie, else Accept-Language.
// Read from the request itself rather than next/headers, so it holds wherever the handler is
// called from, tests included.
import type { Database } from "@/lib/db/client";
import { LOCALE_COOKIE, resolveLocale, type Locale } from "./locales";

function cookieValue(header: string | null, name: string): string | null {
  for (const part of (header ?? "").split(";")) {
    const [key, ...value] = part.trim().split("=");
    if (key === name) return decodeURIComponent(value.join("="));
  }
  return null;
}

export async function routeLocale(db: Database, userId: string | null, request: Request): Promise<Locale> {
  const saved = userId
    ? ((await db.user.findUnique({ where: { id: userId }, select: { locale: true } }))?.locale ?? null)
    : null;
  return resolveLocale({
    saved,
    cookie: cookieValue(request.headers.get("cookie"), LOCALE_COOKIE),
    acceptLanguage: request.headers.get("accept-language"),
  });
}
