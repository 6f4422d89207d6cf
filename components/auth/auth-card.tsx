import type { ReactNode } from "react";
import { LocaleSwitcher } from "@/components/nav/locale-switcher";
import { LogoMark } from "@/components/nav/logo";

/** The centred card every auth screen shares, with the language switcher above it. */
export function AuthCard({
  title,
  description,
  children,
  footer,
}: {
  title: string;
  description?: ReactNode;
  children: ReactNode;
  footer?: ReactNode;
}) {
  return (
    <div className="flex justify-center px-4 py-10 sm:py-16">
      <div className="w-full max-w-md">
        <div className="mb-6 flex flex-col items-center text-center">
          <LogoMark className="size-10" />
          <h1 className="mt-4 text-2xl font-semibold tracking-tight text-slate-900">{title}</h1>
          {description ? <p className="mt-2 text-sm text-slate-600">{description}</p> : null}
        </div>
        {/* Visible before anything is typed: a visitor who cannot read the form can still switch. */}
        <div className="mb-2 flex justify-end">
          <LocaleSwitcher />
        </div>
        <div className="rounded-xl border border-slate-200 bg-white px-6 py-7 shadow-sm sm:px-8">{children}</div>
        {footer ? <div className="mt-6 text-center text-sm text-slate-600">{footer}</div> : null}
      </div>
    </div>
  );
}
