/** A waiting time or a turnaround as people say it ("45 min", "3 h", "2 days"): the catalogue message and its count. */
export function waitTime(ms: number): { key: "wait" | "waitHours" | "waitDays"; count: number } {
  const minutes = Math.max(0, Math.round(ms / 60_000));
  if (minutes < 60) return { key: "wait", count: minutes };
  const hours = Math.round(minutes / 60);
  if (hours < 48) return { key: "waitHours", count: hours };
  return { key: "waitDays", count: Math.round(hours / 24) };
}
