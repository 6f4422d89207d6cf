/**
 * Where to go after signing in: the requested path if it stays on this site, else the
 * dashboard. Refuses absolute URLs, protocol-relative ("//evil.example") and backslash
 * tricks ("/\evil.example"), so a link cannot bounce a user to another site.
 */
export function safeCallbackUrl(raw: string | null | undefined, fallback = "/dashboard"): string {
  if (typeof raw !== "string" || raw.length === 0 || raw.length > 2048) return fallback;
  if (!raw.startsWith("/") || raw.startsWith("//") || raw.startsWith("/\\")) return fallback;
  // Control characters and whitespace can be normalised away by browsers into "//".
  if (/[\u0000-\u001f\u007f\s\\]/.test(raw)) return fallback;
  try {
    const base = "http://scaleboard.invalid";
    const url = new URL(raw, base);
    if (url.origin !== base) return fallback;
    const path = `${url.pathname}${url.search}${url.hash}`;
    // Do not send a user who just signed in back to the sign-in or sign-up page.
    if (url.pathname === "/sign-in" || url.pathname === "/sign-up") return fallback;
    return path;
  } catch {
    return fallback;
  }
}

/** The first value of a search param that may be repeated. */
export function firstParam(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
