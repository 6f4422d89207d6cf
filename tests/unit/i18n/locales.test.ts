// The language of a request (lib/i18n/locales.ts resolveLocale): the account's saved choice,
// else the switcher's cookie, else the browser's Accept-Language, else English. Each source
// is skipped when it names no interface language, never trusted as it is.
import { describe, expect, it } from "vitest";
import { DEFAULT_LOCALE, isLocale, resolveLocale } from "@/lib/i18n/locales";

describe("resolveLocale", () => {
  it("takes the account's saved choice over the cookie and the browser", () => {
    expect(resolveLocale({ saved: "ko", cookie: "en", acceptLanguage: "en-US,en;q=0.9" })).toBe("ko");
    expect(resolveLocale({ saved: "en", cookie: "ko", acceptLanguage: "ko-KR,ko;q=0.9" })).toBe("en");
  });

  it("takes the cookie when the account has no choice (or there is no account)", () => {
    expect(resolveLocale({ saved: null, cookie: "ko", acceptLanguage: "en-US" })).toBe("ko");
    expect(resolveLocale({ cookie: "en", acceptLanguage: "ko-KR,ko;q=0.9" })).toBe("en");
  });

  it("takes the browser's preferred interface language, by q-value, without a saved choice or cookie", () => {
    expect(resolveLocale({ acceptLanguage: "ko-KR,ko;q=0.9,en-US;q=0.8" })).toBe("ko");
    expect(resolveLocale({ acceptLanguage: "en;q=0.5,ko;q=0.8" })).toBe("ko");
    expect(resolveLocale({ acceptLanguage: "fr-FR,en;q=0.7,ko;q=0.6" })).toBe("en");
    // A language refused with q=0 is not chosen.
    expect(resolveLocale({ acceptLanguage: "ko;q=0,en;q=0.1" })).toBe("en");
  });

  it("falls back to English when nothing names a language it speaks", () => {
    expect(resolveLocale({})).toBe(DEFAULT_LOCALE);
    expect(DEFAULT_LOCALE).toBe("en");
    expect(resolveLocale({ saved: null, cookie: null, acceptLanguage: null })).toBe("en");
    expect(resolveLocale({ acceptLanguage: "fr-FR,de;q=0.9" })).toBe("en");
  });

  it("skips a source that names something else, instead of trusting it", () => {
    // A tampered cookie or an old saved value falls through to the next source.
    expect(resolveLocale({ saved: "fr", cookie: "ko" })).toBe("ko");
    expect(resolveLocale({ cookie: "<script>", acceptLanguage: "ko" })).toBe("ko");
    expect(resolveLocale({ saved: "KO", cookie: "", acceptLanguage: "" })).toBe("en");
    expect(isLocale("ko")).toBe(true);
    expect(isLocale("ko-KR")).toBe(false);
  });
});
