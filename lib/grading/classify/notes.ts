// Text that is not a component name: library placeholders ("Lorem ipsum", one letter per
// element), and notes (requirements, estimates, explanations, data samples). Notes are kept
// out of labels so "every 20 minutes sync s3 with database" does not become a database.
import { memoByText } from "./memo";
import { tokenize } from "./normalize";

const LOREM = /lorem ipsum|dolor sit amet|consectetur adipiscing/i;
const BULLET = /^\s*(?:[-*•·▪◦]|\d{1,2}[.)])\s+/;
const ESTIMATE =
  /\b(?:qps|rps|tps|dau|mau|requirements?|estimates?|estimation|assumptions?|non-functional|functional|capacity|throughput|latency|sla|slo)\b|요구\s?사항|추정|가정|용량|\d+(?:\.\d+)?\s?(?:k|m|b|million|billion|억|만)\s*(?:users?|requests?|req|reads?|writes?|명|건)|\d+(?:\.\d+)?\s?(?:tb|gb|pb|mb|kb)\b|\/\s?(?:s|sec|day|month)\b|per (?:second|day|month)|초당|하루/i;

export function isPlaceholder(text: string): boolean {
  const trimmed = text.trim();
  if (trimmed.length === 0) return true;
  // Libraries spell logos one letter per element; a lone Latin letter names nothing.
  if (/^[a-z]$/i.test(trimmed)) return true;
  return LOREM.test(trimmed);
}

/** Rough word count; a run of Korean or Chinese counts one word per two to three characters. */
export function wordCount(text: string): number {
  let count = 0;
  for (const token of tokenize(text).raw) {
    count += /^[\p{Script=Hangul}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]+$/u.test(token)
      ? Math.max(1, Math.round(token.length / 3))
      : 1;
  }
  return count;
}

/**
 * Whether a text reads as a note rather than a name. `bound` texts sit inside a shape, where
 * longer names are normal ("Email Notification Service"), so they get more room.
 */
const noteInShape = memoByText((text) => readNote(text, true));
const noteFree = memoByText((text) => readNote(text, false));

export function isNote(text: string, bound: boolean): boolean {
  return bound ? noteInShape(text) : noteFree(text);
}

function readNote(text: string, bound: boolean): boolean {
  const lines = text.split(/\r?\n/).filter((l) => l.trim());
  if (lines.length >= 2 && lines.some((l) => BULLET.test(l))) return true;
  const words = wordCount(text);
  if (words > (bound ? 8 : 6)) return true;
  if (lines.length >= 4) return true;
  // A sentence: "Client requests a signed URL."
  if (words >= 5 && /[.!?。]\s*$/.test(text.trim())) return true;
  // CSV-like data samples: "User-1, <UUID>, created_at, pending, private".
  if ((text.match(/,/g)?.length ?? 0) >= 3) return true;
  if (!bound && ESTIMATE.test(text)) return true;
  return false;
}
