/**
 * Delay before retry number `attempt` (1-based) of a failed save: 1 s, 2 s, 4 s … capped
 * at 30 s, spread ±20 % so many tabs coming back online do not hit the server in step.
 */
export function retryDelay(attempt: number, random: () => number = Math.random): number {
  const base = Math.min(30_000, 1000 * 2 ** Math.max(0, attempt - 1));
  const spread = 0.8 + random() * 0.4;
  return Math.round(base * spread);
}
