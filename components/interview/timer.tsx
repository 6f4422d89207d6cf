"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { clockParts, formatClock, thresholdAnnouncement, urgencyOf, type Urgency } from "@/lib/interviews/client/clock";
import type { ServerClock } from "@/lib/interviews/client/server-clock";
import { cn } from "@/lib/ui/cn";
import { useClockSecond } from "./hooks/use-server-clock";

const STYLES: Record<Urgency, string> = {
  normal: "bg-slate-100 text-slate-900 ring-slate-200",
  warning: "bg-amber-50 text-amber-900 ring-amber-300",
  critical: "bg-red-600 text-white ring-red-700 motion-safe:animate-pulse",
  over: "bg-red-600 text-white ring-red-700",
};

/**
 * Time left, from the server's deadline and the server's clock. Turns amber at 5 minutes and
 * red at 1; a screen reader hears those crossings (not every second).
 */
export function Timer({ clock, serverNow, deadlineMs }: { clock: ServerClock; serverNow: string; deadlineMs: number }) {
  const t = useTranslations("interview");
  const second = useClockSecond(clock, serverNow);
  const left = deadlineMs - second * 1000;
  const urgency = urgencyOf(left);
  const parts = clockParts(left);
  const previous = useRef<Urgency>(urgency);
  const [announcement, setAnnouncement] = useState("");

  useEffect(() => {
    const crossed = thresholdAnnouncement(previous.current, urgency);
    previous.current = urgency;
    if (crossed) setAnnouncement(t(`timer.announce.${crossed}`));
  }, [urgency, t]);

  return (
    <div className="flex items-center">
      <div
        className={cn(
          "flex items-center gap-2 rounded-lg px-3 py-1.5 ring-1 ring-inset transition-colors",
          STYLES[urgency],
        )}
        title={t("timer.title")}
      >
        <svg aria-hidden="true" viewBox="0 0 20 20" fill="currentColor" className="size-4 opacity-80">
          <path
            fillRule="evenodd"
            clipRule="evenodd"
            d="M10 18a8 8 0 1 0 0-16 8 8 0 0 0 0 16Zm.75-13a.75.75 0 0 0-1.5 0v5c0 .414.336.75.75.75h4a.75.75 0 0 0 0-1.5h-3.25V5Z"
          />
        </svg>
        <span className="sr-only">{t("timer.label")} </span>
        <time
          dateTime={`PT${Math.max(0, Math.ceil(left / 1000))}S`}
          aria-label={parts ? t("timer.left", parts) : t("timer.up")}
          className="font-mono text-base font-semibold tabular-nums"
          data-testid="time-left"
        >
          {formatClock(left)}
        </time>
      </div>
      <p className="sr-only" aria-live="assertive" aria-atomic="true">
        {announcement}
      </p>
    </div>
  );
}

/** Time left as plain text ("12:34"), ticking: for sentences such as the submit dialog's. */
export function TimeLeftText({
  clock,
  serverNow,
  deadlineMs,
}: {
  clock: ServerClock;
  serverNow: string;
  deadlineMs: number;
}) {
  const second = useClockSecond(clock, serverNow);
  return <span className="tabular-nums">{formatClock(deadlineMs - second * 1000)}</span>;
}
