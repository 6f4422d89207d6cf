// Label text → comparable tokens. Drawings mix scripts and styles ("API게이트웨이",
// "ElastiCache", "web-1", "DB서버"), so a label is read three ways: whole tokens, tokens
// split further at camelCase and letter/digit seams, and a compact string for Korean and
// Chinese, which attach particles and compound words without spaces.

const CJK = "\\p{Script=Hangul}\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}";
const CJK_THEN_OTHER = new RegExp(`([${CJK}])(?=[\\p{Script=Latin}\\p{N}])`, "gu");
const OTHER_THEN_CJK = new RegExp(`([\\p{Script=Latin}\\p{N}])(?=[${CJK}])`, "gu");
const HAS_CJK = new RegExp(`[${CJK}]`, "u");
const SEPARATORS = /[^\p{L}\p{N}]+/u;

export interface Tokens {
  /** Lowercased words split on anything that is not a letter or digit. */
  raw: string[];
  /** raw, further split at camelCase and letter/digit seams ("web1" → "web", "1"). */
  split: string[];
  /** Lowercase letters and digits only, for substring search of Korean/Chinese words. */
  compact: string;
  /** Lowercased text with separators kept, for annotation patterns like "x3" or "1..4". */
  lower: string;
  hasCjk: boolean;
}

// Labels repeat within and across drawings; tokenizing each distinct text once is enough.
// The cache is bounded so a long-lived server process does not grow without limit.
const cache = new Map<string, Tokens>();
const CACHE_LIMIT = 20_000;

export function tokenize(text: string): Tokens {
  let tokens = cache.get(text);
  if (!tokens) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    tokens = computeTokens(text);
    cache.set(text, tokens);
  }
  return tokens;
}

/**
 * Accents dropped from Latin and Cyrillic letters ("Serviço" → "servico", "usuário" →
 * "usuario"): people write them or not, and phrases are folded the same way. Marks after
 * other scripts (a Japanese voicing mark) are kept.
 */
export function foldAccents(text: string): string {
  if (/^[\x00-\x7f]*$/.test(text)) return text;
  return text
    .normalize("NFD")
    .replace(/([\p{Script=Latin}\p{Script=Cyrillic}])\p{M}+/gu, "$1")
    .normalize("NFC");
}

function computeTokens(text: string): Tokens {
  const base = foldAccents(text.normalize("NFKC"))
    // "로그인" (login) must not read as "로그" (logs).
    .replace(/로그인/g, " login ")
    .replace(CJK_THEN_OTHER, "$1 ")
    .replace(OTHER_THEN_CJK, "$1 ");
  const lower = base.toLowerCase();
  const raw = lower.split(SEPARATORS).filter(Boolean);
  const split = base
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .replace(/([A-Z]+)([A-Z][a-z])/g, "$1 $2")
    .replace(/(\p{L})(\p{N})/gu, "$1 $2")
    .replace(/(\p{N})(\p{L})/gu, "$1 $2")
    .toLowerCase()
    .split(SEPARATORS)
    .filter(Boolean);
  return { raw, split, compact: raw.join(""), lower, hasCjk: HAS_CJK.test(base) };
}

export function isCjkPhrase(phrase: string): boolean {
  return HAS_CJK.test(phrase);
}

/** Word forms a plural token may stand for ("servers" → "server", "caches" → "cache"). */
export function singulars(token: string): string[] {
  if (token.length < 3 || !/[a-z]s$/.test(token)) return [];
  return token.endsWith("es") ? [token.slice(0, -1), token.slice(0, -2)] : [token.slice(0, -1)];
}
