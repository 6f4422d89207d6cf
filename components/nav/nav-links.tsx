"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { usePathname } from "next/navigation";
import { cn } from "@/lib/ui/cn";
import { isActivePath, type NavItem } from "./nav-items";

const LOOKS = {
  /** A row in the header, for wide screens. */
  bar: {
    list: "flex items-center gap-1",
    link: "rounded-md px-3 py-2 text-sm font-medium transition-colors",
    active: "bg-slate-100 text-slate-900",
    idle: "text-slate-600 hover:bg-slate-50 hover:text-slate-900",
  },
  /** A column in the mobile menu's panel. */
  stack: {
    list: "space-y-1",
    link: "block rounded-md px-3 py-2 text-base font-medium",
    active: "bg-slate-100 text-slate-900",
    idle: "text-slate-700 hover:bg-slate-50",
  },
} as const;

/** The primary navigation's links; marks the current section with aria-current. */
export function NavLinks({ items, look = "bar" }: { items: NavItem[]; look?: keyof typeof LOOKS }) {
  const t = useTranslations("nav.items");
  const pathname = usePathname() ?? "/";
  const classes = LOOKS[look];
  return (
    <ul className={classes.list}>
      {items.map((item) => {
        const active = isActivePath(pathname, item.href);
        return (
          <li key={item.href}>
            <Link
              href={item.href}
              aria-current={active ? "page" : undefined}
              className={cn(classes.link, active ? classes.active : classes.idle)}
            >
              {t(item.label)}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
