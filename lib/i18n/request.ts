// next-intl's request configuration (named in next.config.js): the language of this request and
// its catalogue. URLs carry no locale; the language comes from the account, the cookie or the
// browser (see resolveLocale), so every page has one address in both languages.
import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { cache } from "react";
import { sessionUserId } from "@/lib/auth/session";
import { getDb } from "@/lib/startup/database";
import { LOCALE_COOKIE, resolveLocale, type Locale } from "./locales";
import { MESSAGES } from "./messages";

/** The signed-in user's saved language, once per request; null when signed out or never chosen. */
const savedLocale = cache(async (): Promise<string | null> => {
  const userId = await sessionUserId();
  if (!userId) return null;
  const db = await getDb();
  const user = await db.user.findUnique({ where: { id: userId }, select: { locale: true } });
  return user?.locale ?? null;
});

/** This request's interface language (server components, server actions, route handlers). */
export const requestLocale = cache(async (): Promise<Locale> => {
  const [saved, cookieStore, headerList] = await Promise.all([savedLocale(), cookies(), headers()]);
  return resolveLocale({
    saved,
    cookie: cookieStore.get(LOCALE_COOKIE)?.value,
    acceptLanguage: headerList.get("accept-language"),
  });
});

export default getRequestConfig(async () => {
  const locale = await requestLocale();
  return {
    locale,
    messages: MESSAGES[locale],
    // Server-rendered dates use UTC so they hydrate identically; components/time shows local time.
    timeZone: "UTC",
  };
});
