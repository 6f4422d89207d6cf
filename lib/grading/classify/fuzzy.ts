// Misspelt words: "Kafak", "Reddis", "Postgress", "Elasticserach", "servise", "qeueu". A word
// the vocabulary lacks is read as the one vocabulary word it is a slip away from: a swap of
// two letters on a short word, one edit on a longer one, two on a long one. A word near two
// vocabulary words is never guessed, nor a common word that merely looks close ("match" is
// not "batch").
import { memoByText } from "./memo";
import { foldAccents } from "./normalize";
import { VOCABULARY } from "./vocabulary";

/** Real words a slip away from a vocabulary word; read as written. */
const COMMON = new Set(
  (
    "match serves broken worked working caching cached queued queues caches server servers router routes " +
    "metric clients client search stored stores store storing monitor monitors logging logger blobs " +
    "mobile brokers workers worker gateways service services sender senders render renders tracing trace " +
    "traces writer writers reader readers leader leaders tracking booking bookings ticket tickets posting " +
    "hosting costing listing listings casting caster master masters sensor sensors driver drivers profile " +
    "profiles reports report export exports imports import storing sorting shared sharing settings setting " +
    "matcher matches batches catch fetcher fetching pusher pushing puller viewer viewers tracker trackers " +
    "broker brokers borrower seller sellers buyer buyers rider riders renter order orders folder folders"
  ).split(" "),
);

/** Each vocabulary word of five letters or more, with the kinds whose phrases use it. */
const KINDS_OF = (() => {
  const kinds = new Map<string, Set<string>>();
  for (const group of VOCABULARY) {
    for (const phrase of group.phrases) {
      for (const w of foldAccents(phrase.toLowerCase()).split(/[^\p{L}\p{N}]+/u)) {
        if (w.length < 5 || !/^[\p{Script=Latin}\p{Script=Cyrillic}]+$/u.test(w)) continue;
        const set = kinds.get(w) ?? new Set<string>();
        set.add(group.kind);
        kinds.set(w, set);
      }
    }
  }
  return kinds;
})();
const WORDS = [...KINDS_OF.keys()].sort();

/** Optimal-string-alignment distance (edits plus swaps of neighbours), or limit + 1 once past it. */
function distance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const rows = [new Array<number>(b.length + 1).fill(0), new Array<number>(b.length + 1).fill(0)];
  let before = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = rows[i % 2]!;
    row[0] = i;
    let best = row[0];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(before[j]! + 1, row[j - 1]! + 1, before[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, twoBack[j - 2]! + 1);
      row[j] = d;
      best = Math.min(best, d);
    }
    if (best > limit) return limit + 1;
    twoBack = before;
    before = row.slice();
  }
  return before[b.length]!;
}
let twoBack: number[] = [];

/** The same letters in another order, first letter kept ("qeueu" for "queue"). */
function scrambled(a: string, b: string): boolean {
  return a.length === b.length && a[0] === b[0] && [...a].sort().join("") === [...b].sort().join("");
}

/** One swap of neighbouring letters ("kafak" for "kafka"). */
function swapped(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  const diff: number[] = [];
  for (let i = 0; i < a.length && diff.length <= 2; i++) if (a[i] !== b[i]) diff.push(i);
  return diff.length === 2 && diff[1] === diff[0]! + 1 && a[diff[0]!] === b[diff[1]] && a[diff[1]] === b[diff[0]!];
}

/** The vocabulary word a token is a slip of, or null (known, too short, or near two words). */
export const correction = memoByText((token: string): string | null => {
  if (
    token.length < 5 ||
    KINDS_OF.has(token) ||
    COMMON.has(token) ||
    !/^[\p{Script=Latin}\p{Script=Cyrillic}]+$/u.test(token)
  )
    return null;
  const limit = token.length >= 9 ? 2 : 1;
  let found: string | null = null;
  let foundAt = Infinity;
  let shared: Set<string> | null = null;
  for (const word of WORDS) {
    if (Math.abs(word.length - token.length) > limit) continue;
    // Five letters leave room for a swap only: "match" and "batch" are both words.
    const d =
      swapped(token, word) || scrambled(token, word) ? 1 : token.length <= 5 ? limit + 1 : distance(token, word, limit);
    if (d > limit) continue;
    // Near words with no kind in common: no guess.
    const kinds = KINDS_OF.get(word)!;
    const before: Set<string> | null = shared;
    shared = before === null ? new Set(kinds) : new Set([...before].filter((k: string) => kinds.has(k)));
    if (shared.size === 0) return null;
    if (d < foundAt) {
      found = word;
      foundAt = d;
    }
  }
  return found;
});
