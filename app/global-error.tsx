"use client";

import { NextIntlClientProvider, useTranslations } from "next-intl";
import { useEffect, useSyncExternalStore } from "react";
import { LOCALE_COOKIE, resolveLocale, type Locale } from "@/lib/i18n/locales";
import enCommon from "@/lib/i18n/messages/en/common.json";
import koCommon from "@/lib/i18n/messages/ko/common.json";
import "./globals.css";

// Only the words this page needs: it must load even when what broke is the rest of the app.
const COMMON: Record<Locale, typeof enCommon> = { en: enCommon, ko: koCommon };

const noSubscription = () => () => {};

/** The visitor's language as the browser knows it (the switcher's cookie, else its languages). */
function browserLocale(): Locale {
  const cookie = document.cookie
    .split(";")
    .map((part) => part.trim().split("="))
    .find(([name]) => name === LOCALE_COOKIE)?.[1];
  return resolveLocale({ cookie, acceptLanguage: navigator.languages.join(",") });
}

// Replaces the root layout when the layout itself fails, so it brings its own document and
// must not depend on anything that might have caused the failure (session, database, the
// request's language): the language is read in the browser, English until then.
export default function GlobalError({ error, retry }: { error: unknown; retry: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  const locale = useSyncExternalStore(noSubscription, browserLocale, () => "en" as const);
  const digest =
    error instanceof Error && "digest" in error && typeof error.digest === "string" ? error.digest : undefined;

  return (
    <html lang={locale}>
      <body className="flex min-h-dvh items-center justify-center bg-slate-50 px-4 font-sans text-slate-900 antialiased">
        <NextIntlClientProvider locale={locale} messages={{ common: COMMON[locale] }} timeZone="UTC">
          <GlobalErrorContent digest={digest} retry={retry} />
        </NextIntlClientProvider>
      </body>
    </html>
  );
}

function GlobalErrorContent({ digest, retry }: { digest: string | undefined; retry: () => void }) {
  const t = useTranslations("common");
  return (
    <>
      <title>{`${t("error.title")} · Scaleboard`}</title>
      <main className="w-full max-w-md rounded-xl border border-slate-200 bg-white p-8 text-center shadow-sm">
        <p className="text-sm font-semibold text-indigo-700">Scaleboard</p>
        <h1 className="mt-2 text-2xl font-semibold tracking-tight">{t("error.title")}</h1>
        <p className="mt-3 text-sm leading-relaxed text-slate-600">{t("error.appDescription")}</p>
        {digest ? (
          <p className="mt-3 text-xs text-slate-500">
            {t("error.reference")} <code className="font-mono">{digest}</code>
          </p>
        ) : null}
        <div className="mt-6 flex flex-wrap justify-center gap-3">
          <button
            type="button"
            onClick={() => retry()}
            className="inline-flex h-10 items-center rounded-lg bg-indigo-600 px-4 text-sm font-medium text-white shadow-sm hover:bg-indigo-500 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600"
          >
            {t("actions.tryAgain")}
          </button>
          {/* A full page load on purpose: the client router may be what broke. */}
          {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
          <a
            href="/"
            className="inline-flex h-10 items-center rounded-lg bg-white px-4 text-sm font-medium text-slate-900 shadow-sm ring-1 ring-inset ring-slate-300 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600"
          >
            {t("actions.home")}
          </a>
        </div>
      </main>
    </>
  );
}
