"use client";

import { useLocale } from "next-intl";
import { useSyncExternalStore } from "react";

const OPTIONS: Record<"date" | "datetime", Intl.DateTimeFormatOptions> = {
  date: { year: "numeric", month: "short", day: "numeric" },
  datetime: { year: "numeric", month: "short", day: "numeric", hour: "numeric", minute: "2-digit" },
};

const noSubscription = () => () => {};

/** False while rendering on the server and hydrating, true once the browser has taken over. */
function useHydrated(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}

/**
 * A date in the reader's language and own time zone. The server renders it in UTC (identical
 * on both sides, so hydration matches); the browser then switches to local time.
 */
export function LocalDate({
  value,
  format = "date",
  className,
}: {
  value: string;
  format?: "date" | "datetime";
  className?: string;
}) {
  const locale = useLocale();
  const hydrated = useHydrated();
  const formatter = hydrated
    ? new Intl.DateTimeFormat(locale, OPTIONS[format])
    : new Intl.DateTimeFormat(locale, { ...OPTIONS[format], timeZone: "UTC" });
  return (
    <time dateTime={value} className={className}>
      {formatter.format(new Date(value))}
    </time>
  );
}
