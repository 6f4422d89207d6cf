"use client";

import { useEffect, useState } from "react";

const OPTIONS: Record<"date" | "datetime", Intl.DateTimeFormatOptions> = {
  date: { year: "numeric", month: "short", day: "numeric" },
  datetime: { year: "numeric", month: "short", day: "numeric", hour: "numeric", minute: "2-digit" },
};

/**
 * A date in the reader's own time zone. The server renders it in UTC (identical on both
 * sides, so hydration matches); the browser then switches to local time.
 */
export function LocalDate({ value, format = "date", className }: { value: string; format?: "date" | "datetime"; className?: string }) {
  const [text, setText] = useState(() =>
    new Intl.DateTimeFormat("en", { ...OPTIONS[format], timeZone: "UTC" }).format(new Date(value)),
  );
  useEffect(() => {
    setText(new Intl.DateTimeFormat(undefined, OPTIONS[format]).format(new Date(value)));
  }, [value, format]);
  return (
    <time dateTime={value} className={className}>
      {text}
    </time>
  );
}
