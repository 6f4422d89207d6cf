// The interface languages. Pure (no Next imports), so the request config, the switcher, the
// API and tests share one list and one Accept-Language reading.
import { gradingLanguageFor, GRADING_LANGUAGES } from "@/lib/grading/locales";

export const LOCALES = GRADING_LANGUAGES;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";

/** Remembers the choice across sign-out (and for visitors who never sign in), for a year. */
export const LOCALE_COOKIE = "scaleboard-locale";
export const LOCALE_COOKIE_MAX_AGE = 60 * 60 * 24 * 365;

/** Each language named in itself, as the switcher shows it. */
export const LOCALE_NAMES: Record<Locale, string> = { en: "English", ko: "한국어" };

/** Excalidraw's language code for each interface language. */
export const EXCALIDRAW_LANG: Record<Locale, string> = { en: "en", ko: "ko-KR" };

export function isLocale(value: unknown): value is Locale {
  return (LOCALES as readonly unknown[]).includes(value);
}

/**
 * The language for a request: the account's saved choice, else the cookie, else the browser's
 * Accept-Language (by its q-values), else English.
 */
export function resolveLocale(input: {
  saved?: string | null;
  cookie?: string | null;
  acceptLanguage?: string | null;
}): Locale {
  if (isLocale(input.saved)) return input.saved;
  if (isLocale(input.cookie)) return input.cookie;
  return input.acceptLanguage ? gradingLanguageFor(input.acceptLanguage) : DEFAULT_LOCALE;
}
