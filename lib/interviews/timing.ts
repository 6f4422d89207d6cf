// Timing constants of an interview: the grace after the deadline and how often a revision is
// recorded. Shared by the server, the page and the tests.

/** Saves this long after the deadline are still accepted: a last autosave in flight at 00:00. */
export const DEADLINE_GRACE_MS = 10_000;

/** A replay revision is recorded at most this often while a candidate draws. */
export const REVISION_INTERVAL_MS = 30_000;

export function isPastGrace(deadline: Date, now = new Date()): boolean {
  return now.getTime() > deadline.getTime() + DEADLINE_GRACE_MS;
}
