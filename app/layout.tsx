import type { Metadata, Viewport } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { NoEval } from "@/components/csp/no-eval";
import { SiteHeader } from "@/components/nav/site-header";
import { getCurrentUser } from "@/lib/auth/session";
import "./globals.css";

// Every page shows who is signed in, so nothing is prerendered at build time: the build never
// needs the session secret or the database.
export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("common.meta");
  return {
    title: { default: t("title"), template: "%s · Scaleboard" },
    description: t("description"),
    applicationName: "Scaleboard",
  };
}

export const viewport: Viewport = {
  themeColor: "#ffffff",
  width: "device-width",
  initialScale: 1,
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const [user, locale, t] = await Promise.all([getCurrentUser(), getLocale(), getTranslations("nav")]);
  return (
    <html lang={locale}>
      <body className="flex min-h-dvh flex-col font-sans">
        <a
          href="#main"
          className="sr-only z-50 rounded-md bg-white px-4 py-2 text-sm font-medium text-indigo-700 shadow-lg focus:not-sr-only focus:fixed focus:top-3 focus:left-3"
        >
          {t("skipToContent")}
        </a>
        <NoEval />
        <NextIntlClientProvider>
          <SiteHeader user={user ? { name: user.name, email: user.email, role: user.role } : null} />
          {/* The main landmark and the footer come from each route group's layout (SiteFrame). */}
          {children}
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
