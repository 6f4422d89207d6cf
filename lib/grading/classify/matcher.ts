// Compiled phrase lists: Latin phrases are looked up by their first token (so a label costs
// a few map lookups, not a scan of every word), Korean/Chinese phrases by substring of the
// compact label (one-character ones only as a whole token: "주" must not fire inside "주문").
import { foldAccents, isCjkPhrase, singulars, type Tokens } from "./normalize";

interface LatinPhrase {
  tokens: string[];
  group: number;
}
interface CjkPhrase {
  compact: string;
  group: number;
}

export class PhraseMatcher {
  private readonly latin = new Map<string, LatinPhrase[]>();
  private readonly cjk: CjkPhrase[] = [];
  private readonly cjkTokens = new Map<string, number>();
  /** Multi-word phrases written as one word: "apigateway", "messagequeue" (lowest group kept). */
  private readonly joined = new Map<string, number>();

  /**
   * groups[i] lists the phrases of group i; results report group indices. With `wholeWords`
   * the camelCase/digit split is not searched, so "HAProxy" never reads as "HA proxy".
   */
  constructor(
    groups: readonly (readonly string[])[],
    private readonly wholeWords = false,
  ) {
    groups.forEach((phrases, group) => {
      for (const phrase of phrases) {
        const lower = foldAccents(phrase.toLowerCase());
        if (isCjkPhrase(lower)) {
          const compact = lower.replace(/[^\p{L}\p{N}]+/gu, "");
          if ([...compact].length === 1) {
            if (!this.cjkTokens.has(compact)) this.cjkTokens.set(compact, group);
          } else this.cjk.push({ compact, group });
          continue;
        }
        const tokens = lower.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
        const first = tokens[0];
        if (!first) continue;
        if (tokens.length > 1) {
          const glued = tokens.join("");
          if (glued.length >= 6 && !this.joined.has(glued)) this.joined.set(glued, group);
        }
        const list = this.latin.get(first);
        if (list) list.push({ tokens, group });
        else this.latin.set(first, [{ tokens, group }]);
      }
    });
  }

  private scan(stream: string[], found: (group: number) => void): void {
    for (let i = 0; i < stream.length; i++) {
      const token = stream[i]!;
      const keys = [token, ...singulars(token)];
      for (const key of keys) {
        const candidates = this.latin.get(key);
        if (candidates) for (const phrase of candidates) if (phraseAt(stream, i, phrase.tokens)) found(phrase.group);
        // "loadbalancer", "apigateway": a phrase written as one word.
        const glued = this.joined.get(key);
        if (glued !== undefined) found(glued);
      }
      // "data base", "load-balan cer": one word written as two.
      const next = stream[i + 1];
      if (next !== undefined && token.length >= 2 && next.length >= 3) {
        const pair = token + next;
        for (const phrase of this.latin.get(pair) ?? []) if (phrase.tokens.length === 1) found(phrase.group);
        const glued = this.joined.get(pair);
        if (glued !== undefined) found(glued);
      }
    }
  }

  /** Every group with a phrase in the text. */
  groups(tokens: Tokens): Set<number> {
    const out = new Set<number>();
    const add = (g: number) => out.add(g);
    this.scan(tokens.raw, add);
    if (!this.wholeWords) this.scan(tokens.split, add);
    if (tokens.hasCjk) {
      for (const phrase of this.cjk) if (tokens.compact.includes(phrase.compact)) out.add(phrase.group);
      for (const token of tokens.raw) {
        const g = this.cjkTokens.get(token);
        if (g !== undefined) out.add(g);
      }
    }
    return out;
  }

  /** Whether a phrase runs from the end of one line into the next ("API" / "Gateway" wrapped by hand). */
  crosses(before: Tokens, after: Tokens): boolean {
    const stream = [...before.raw, ...after.raw];
    const cut = before.raw.length;
    for (let i = 0; i < cut; i++) {
      for (const phrase of this.latin.get(stream[i]!) ?? [])
        if (i + phrase.tokens.length > cut && phraseAt(stream, i, phrase.tokens)) return true;
    }
    return this.joined.has(`${before.raw[cut - 1] ?? ""}${after.raw[0] ?? ""}`);
  }

  /** The first (most specific) group with a phrase in the text, or -1. */
  best(tokens: Tokens): number {
    let best = -1;
    for (const g of this.groups(tokens)) if (best === -1 || g < best) best = g;
    return best;
  }
}

function phraseAt(stream: string[], start: number, phrase: string[]): boolean {
  if (start + phrase.length > stream.length) return false;
  for (let k = 0; k < phrase.length; k++) {
    const token = stream[start + k]!;
    const want = phrase[k]!;
    if (token === want) continue;
    // Only the last word may be plural: "load balancers", not "loads balancer".
    if (k === phrase.length - 1 && singulars(token).includes(want)) continue;
    return false;
  }
  return true;
}
