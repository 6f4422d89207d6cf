import { clockOffset, offsetFromRoundTrip } from "./clock";

/**
 * The server's time, as seen from this browser: Date.now() plus a measured offset. The first
 * estimate comes from the page (its render time, late by however long the page took to
 * arrive); every save answer then refines it, keeping the sample with the smallest error.
 * Listeners hear once per second (for the clock on screen) and whenever the offset moves.
 */
export class ServerClock {
  private offset: number;
  private error: number;
  private readonly listeners = new Set<() => void>();
  private timer: ReturnType<typeof setTimeout> | null = null;
  private second: number;

  constructor(
    serverNowMs: number,
    clientNowMs = Date.now(),
    /** How wrong the page-render estimate may be, ms: beaten by any save's half round trip. */
    initialError = 2000,
  ) {
    this.offset = clockOffset(serverNowMs, clientNowMs);
    this.error = initialError;
    this.second = Math.floor(serverNowMs / 1000);
  }

  now(): number {
    return Date.now() + this.offset;
  }

  /** A server timestamp from a request sent at sentAt and answered at receivedAt (client ms). */
  refine(serverMs: number, sentAtMs: number, receivedAtMs: number): void {
    const sample = offsetFromRoundTrip(serverMs, sentAtMs, receivedAtMs);
    if (sample.error > this.error) return;
    this.offset = sample.offset;
    this.error = sample.error;
    this.tick();
  }

  /** The current whole second of server time: the snapshot clock displays render from. */
  getSecond = (): number => this.second;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    if (this.listeners.size === 1) this.tick();
    return () => {
      this.listeners.delete(listener);
      if (this.listeners.size === 0 && this.timer !== null) {
        clearTimeout(this.timer);
        this.timer = null;
      }
    };
  };

  private tick = () => {
    if (this.timer !== null) clearTimeout(this.timer);
    const now = this.now();
    const second = Math.floor(now / 1000);
    if (second !== this.second) {
      this.second = second;
      for (const listener of this.listeners) listener();
    }
    if (this.listeners.size > 0) {
      // Wake just after the next server-second boundary, so the display never lags a second.
      this.timer = setTimeout(this.tick, 1000 - (now % 1000) + 5);
    }
  };
}
