"use client";

import { useState, useSyncExternalStore } from "react";
import { ServerClock } from "@/lib/interviews/client/server-clock";

/** One clock per page, measured against the server's time at render. */
export function useServerClock(serverNow: string): ServerClock {
  const [clock] = useState(() => new ServerClock(Date.parse(serverNow)));
  return clock;
}

/**
 * The server-time second, re-rendering the caller once a second. The server render and the
 * hydration both use the page's render time, so the markup matches; ticking starts after.
 */
export function useClockSecond(clock: ServerClock, serverNow: string): number {
  return useSyncExternalStore(clock.subscribe, clock.getSecond, () => Math.floor(Date.parse(serverNow) / 1000));
}
