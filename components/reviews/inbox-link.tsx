"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { usePathname } from "next/navigation";
import { useEffect, useState } from "react";
import { callApi } from "./api";

/** How often the header asks for the unread count; an open thread has its own, faster, live view. */
const UNREAD_POLL_MS = 10_000;

/** The header's inbox link with the unread count, refreshed on navigation and every few seconds. */
export function InboxLink() {
  const t = useTranslations("nav");
  const pathname = usePathname();
  const [unread, setUnread] = useState(0);
  useEffect(() => {
    let stopped = false;
    const read = () =>
      void callApi<{ unread: number }>("GET", "/api/notifications/unread").then((result) => {
        if (!stopped && result.ok) setUnread(result.data.unread);
      });
    read();
    const timer = setInterval(() => {
      if (document.visibilityState === "visible") read();
    }, UNREAD_POLL_MS);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [pathname]);
  return (
    <Link
      href="/inbox"
      className="relative inline-flex h-8 items-center gap-1.5 rounded-lg px-2.5 text-sm font-medium text-slate-700 hover:bg-slate-100 hover:text-slate-900 focus-visible:outline-2 focus-visible:outline-indigo-600"
      aria-label={t("inboxLabel", { unread })}
      data-testid="inbox-link"
    >
      {t("inbox")}
      {unread > 0 ? (
        <span
          className="min-w-5 rounded-full bg-indigo-600 px-1.5 text-center text-xs leading-5 text-white tabular-nums"
          data-testid="unread-count"
        >
          {unread > 99 ? "99+" : unread}
        </span>
      ) : null}
    </Link>
  );
}
