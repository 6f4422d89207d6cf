"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { durationLabel, type CommonTranslator } from "./duration";

function formatTimeLeft(t: CommonTranslator, ms: number): string {
  if (ms <= 0) return t("timeLeft.up");
  const minutes = Math.ceil(ms / 60_000);
  if (minutes <= 1) return t("timeLeft.underMinute");
  return t("timeLeft.left", { duration: durationLabel(t, minutes) });
}

/**
 * Time left until a server deadline. Rendered first from the server's clock (no hydration
 * mismatch), then ticks on the client, corrected for the client clock's skew.
 */
export function TimeLeft({
  deadline,
  serverNow,
  className,
}: {
  deadline: string;
  serverNow: string;
  className?: string;
}) {
  const t = useTranslations("common");
  const deadlineMs = Date.parse(deadline);
  const [remaining, setRemaining] = useState(() => deadlineMs - Date.parse(serverNow));

  useEffect(() => {
    const skew = Date.parse(serverNow) - Date.now();
    const tick = () => setRemaining(deadlineMs - (Date.now() + skew));
    tick();
    const timer = window.setInterval(tick, 15_000);
    return () => window.clearInterval(timer);
  }, [deadlineMs, serverNow]);

  return (
    <time dateTime={deadline} className={className}>
      {formatTimeLeft(t, remaining)}
    </time>
  );
}
