"use client";

import { useEffect, useState } from "react";

function formatTimeLeft(ms: number): string {
  if (ms <= 0) return "Time is up";
  const minutes = Math.ceil(ms / 60_000);
  if (minutes <= 1) return "Less than a minute left";
  if (minutes < 60) return `${minutes} min left`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest === 0 ? `${hours} h left` : `${hours} h ${rest} min left`;
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
      {formatTimeLeft(remaining)}
    </time>
  );
}
