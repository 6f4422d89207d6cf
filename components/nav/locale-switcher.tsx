"use client";

import { useLocale, useTranslations } from "next-intl";
import { useActionState, useId, useRef } from "react";
import { setLocaleAction, type LocaleFormState } from "@/lib/i18n/actions";
import { LOCALE_NAMES, LOCALES } from "@/lib/i18n/locales";
import { cn } from "@/lib/ui/cn";

/**
 * English / 한국어. Choosing one saves it (cookie, and the account when signed in) and the
 * server renders the same page again in that language: the address does not change.
 */
export function LocaleSwitcher({ className }: { className?: string }) {
  const t = useTranslations("nav");
  const locale = useLocale();
  const form = useRef<HTMLFormElement>(null);
  // A page can hold two (the header's and the sign-in card's), so each has its own id.
  const id = useId();
  const [, action, pending] = useActionState<LocaleFormState, FormData>(setLocaleAction, { status: "idle" });
  return (
    <form ref={form} action={action} className={cn("flex items-center", className)}>
      <label className="sr-only" htmlFor={id}>
        {t("language")}
      </label>
      <select
        id={id}
        name="locale"
        defaultValue={locale}
        key={locale}
        disabled={pending}
        aria-busy={pending}
        onChange={() => form.current?.requestSubmit()}
        className="h-8 rounded-lg border-0 bg-transparent py-0 pr-7 pl-2 text-sm text-slate-700 ring-1 ring-slate-200 ring-inset hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-indigo-600"
      >
        {LOCALES.map((option) => (
          <option key={option} value={option} lang={option}>
            {LOCALE_NAMES[option]}
          </option>
        ))}
      </select>
      <noscript>
        <button type="submit" className="ml-2 text-sm text-indigo-700 underline">
          {t("applyLanguage")}
        </button>
      </noscript>
    </form>
  );
}
