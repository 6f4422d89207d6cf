"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { usePathname } from "next/navigation";
import { useEffect, useId, useRef, useState } from "react";
import { buttonClasses } from "@/components/ui/button";
import { LocaleSwitcher } from "./locale-switcher";
import { RoleBadge } from "./role-badge";
import { SignOutButton } from "./sign-out-button";
import { NavLinks } from "./nav-links";
import type { HeaderUser, NavItem } from "./nav-items";

/** Navigation for small screens: a disclosure button that opens a panel under the header. */
export function MobileMenu({ items, user }: { items: NavItem[]; user: HeaderUser | null }) {
  const t = useTranslations("nav");
  const pathname = usePathname() ?? "/";
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);

  // Close after navigating (state adjusted while rendering, as React's docs advise).
  const [openedAt, setOpenedAt] = useState(pathname);
  if (openedAt !== pathname) {
    setOpenedAt(pathname);
    setOpen(false);
  }

  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === "Escape") {
        setOpen(false);
        buttonRef.current?.focus();
      }
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [open]);

  return (
    <div className="md:hidden">
      <button
        ref={buttonRef}
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((value) => !value)}
        className="inline-flex size-10 items-center justify-center rounded-lg text-slate-700 hover:bg-slate-100"
      >
        <span className="sr-only">{open ? t("closeMenu") : t("openMenu")}</span>
        <svg
          aria-hidden="true"
          viewBox="0 0 24 24"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.75"
          className="size-6"
        >
          {open ? (
            <path strokeLinecap="round" d="M6 6l12 12M18 6 6 18" />
          ) : (
            <path strokeLinecap="round" d="M4 7h16M4 12h16M4 17h16" />
          )}
        </svg>
      </button>
      {open ? (
        <div id={panelId} className="absolute inset-x-0 top-full border-b border-slate-200 bg-white shadow-lg">
          <nav aria-label={t("main")} className="px-4 py-3">
            <NavLinks items={items} look="stack" />
          </nav>
          <div className="border-t border-slate-100 px-4 py-4">
            {user ? (
              <div className="flex items-center justify-between gap-3">
                <div className="min-w-0">
                  <p className="truncate text-sm font-medium text-slate-900">{user.name || user.email}</p>
                  <div className="mt-1 flex items-center gap-2">
                    {user.name ? <p className="truncate text-sm text-slate-500">{user.email}</p> : null}
                    <RoleBadge role={user.role} />
                  </div>
                </div>
                <SignOutButton />
              </div>
            ) : (
              <div className="grid grid-cols-2 gap-3">
                <Link href="/sign-in" className={buttonClasses({ variant: "secondary" })}>
                  {t("signIn")}
                </Link>
                <Link href="/sign-up" className={buttonClasses({ variant: "primary" })}>
                  {t("getStarted")}
                </Link>
              </div>
            )}
            <LocaleSwitcher className="mt-4" />
          </div>
        </div>
      ) : null}
    </div>
  );
}
