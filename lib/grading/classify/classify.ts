// Label → kind, database role, instance count and the flags rules read (sticky, sharded…),
// and how the kind was read (which words, which corrections) for the "how was this read" view.
import type { ComponentKind, DatabaseRole } from "../contract";
import { instanceCount, saysReplicatedDatabase, saysSharded, saysSticky, shardKey } from "./annotations";
import { correction } from "./fuzzy";
import { PhraseMatcher } from "./matcher";
import { memoByText } from "./memo";
import { headLine, isDataModel, isFlowStep, isUiPart, wordCount } from "./notes";
import { tokenize, type Tokens } from "./normalize";
import { OUTSIDE_WORDS, ROLE_WORDS, VOCABULARY, WEAK_ROLE_WORDS } from "./vocabulary";

const KIND_MATCHER = new PhraseMatcher(VOCABULARY.map((g) => g.phrases));
const ROLE_ORDER = ["replica", "primary", "shard"] as const;
const ROLE_MATCHER = new PhraseMatcher(ROLE_ORDER.map((r) => ROLE_WORDS[r]));
const STRONG_ROLE_MATCHER = new PhraseMatcher([
  Object.values(ROLE_WORDS)
    .flat()
    .filter((w) => !WEAK_ROLE_WORDS.has(w)),
]);
const SESSION = new PhraseMatcher([["session", "sessions", "세션", "会话"]]);
const SESSION_HOSTS = new Set<ComponentKind>(["cache", "database", "object_storage"]);
const OUTSIDE = new PhraseMatcher([OUTSIDE_WORDS]);

const REGION_CODE =
  /\b(?:us|eu|ap|sa|ca|me|af|il|mx)-(?:north|south|east|west|central|northeast|southeast|northwest|southwest)-\d[a-z]?\b/;
const DOMAIN_NAME =
  /\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|net|org|io|de|kr|co|dev|app|ai|jp|cn|uk|us|me|info|xyz|cloud)\b/;
/**
 * Head nouns that finish a name wrapped over two lines ("Worker" / "service", "Web" / "app"):
 * a line of these alone continues the line above it, it lists nothing of its own.
 */
const HEAD_NOUNS = new Set(
  "service services server servers client clients app apps application system systems 서비스 서버 클라이언트 앱".split(
    " ",
  ),
);

/** Whether some line after the first is only head nouns, the end of a name wrapped by hand. */
function endsWrappedName(lines: string[]): boolean {
  return lines.some((l, i) => i > 0 && tokenize(l).raw.length > 0 && tokenize(l).raw.every((w) => HEAD_NOUNS.has(w)));
}

/** "Gateway + LB", "Web & cache", "API / Worker": one box, several roles. */
const ROLE_SEPARATOR = /\s+(?:&|\+|\/|and|e|y|и|와|과)\s+|\s*[&+、]\s*/u;

/** What a segment's words say: a kind, or explicitly none of them ("Stripe"), or nothing known. */
interface SegmentKind {
  kind: ComponentKind;
  /** Only a database role word spoke ("Master", "Node 1 (leader)"). */
  roleOnly: boolean;
  /** Said by a pattern, not a vocabulary word: "Web 1", a region code, a domain name. */
  weak?: boolean;
}

function kindOfGroup(group: number): ComponentKind {
  return group >= 0 ? (VOCABULARY[group]?.kind ?? "unknown") : "unknown";
}

/** Kind named by one piece of text, or null when it names none ("unknown" when it names a non-kind). */
function kindOfSegment(tokens: Tokens): SegmentKind | null {
  const groups = KIND_MATCHER.groups(tokens);
  if (groups.size > 0) {
    const kinds = [...groups].sort((a, b) => a - b).map(kindOfGroup);
    const first = kinds[0]!;
    // "Third-party API", "Stripe API": someone else's system, not one of the design's servers
    // ("External-facing web server" is the design's own, facing outside).
    if (first === "web_server" && OUTSIDE.best(tokens) >= 0 && !tokens.raw.includes("facing"))
      return { kind: "unknown", roleOnly: false };
    // "Redis (session)", "session DB": storage that names sessions holds sessions.
    if (first !== "session_store" && SESSION.best(tokens) >= 0 && !saysSticky(tokens)) {
      if (SESSION_HOSTS.has(first)) return { kind: "session_store", roleOnly: false };
    }
    return { kind: first, roleOnly: false };
  }
  // A box titled just "Session(s)" holds sessions; "Session Manager" names something else.
  if (SESSION.best(tokens) >= 0 && tokens.raw.length === 1) return { kind: "session_store", roleOnly: false };
  // "Web", "Web 1", "WEB-02": a box named only "web" is the web tier.
  if (tokens.split[0] === "web" && tokens.split.slice(1).every((t) => /^\d+$/.test(t)))
    return { kind: "web_server", roleOnly: false, weak: true };
  if (REGION_CODE.test(tokens.lower)) return { kind: "data_center", roleOnly: false, weak: true };
  // "Shard 2", "read replica", "슬레이브": a role word alone names a database.
  if (STRONG_ROLE_MATCHER.best(tokens) >= 0) return { kind: "database", roleOnly: true };
  if (DOMAIN_NAME.test(tokens.lower)) return { kind: "dns", roleOnly: false, weak: true };
  return null;
}

export interface Correction {
  /** The word as written ("Kafak"). */
  from: string;
  /** The vocabulary word it was read as ("kafka"). */
  to: string;
}

export interface TextReading {
  kind: ComponentKind;
  /** "kind": the words name one; "not_a_kind": they name something outside the kinds; "none": nothing known. */
  says: "kind" | "not_a_kind" | "none";
  /** The text is a flow step or a data model, not a component name. */
  note: boolean;
  /** The kind came from the first line only (a name over detail lines). */
  head: boolean;
  /** The words that said the kind when they are only part of the text (the first line). */
  words: string | null;
  roleOnly: boolean;
  /** Other kinds the label names ("Gateway + LB": load_balancer). */
  alsoKinds: ComponentKind[];
  corrected: Correction[];
  /** Said by a pattern only ("Web 1", "us-east-1", a domain name), not a vocabulary word. */
  weak: boolean;
  /** Several things listed one per line ("Postgres\nMemcached\nS3"): each with its line. */
  parts: { label: string; kind: ComponentKind; line: number }[] | null;
}

const NOTHING: TextReading = Object.freeze({
  kind: "unknown",
  says: "none",
  note: false,
  head: false,
  words: null,
  roleOnly: false,
  weak: false,
  alsoKinds: [],
  corrected: [],
  parts: null,
});

/** Reads misspelt words as the vocabulary words they are a slip of ("Reddis" → redis). */
function corrected(text: string): { text: string; corrected: Correction[] } {
  const fixes: Correction[] = [];
  const out = text.replace(/[\p{L}\p{N}]+/gu, (word) => {
    const fixed = correction(word.toLowerCase());
    if (fixed === null) return word;
    fixes.push({ from: word, to: fixed });
    return fixed;
  });
  return { text: fixes.length ? out : text, corrected: fixes };
}

/** Reads one line (or a whole flat label): brackets are detail, separators list several roles. */
function readLine(text: string): TextReading {
  if (isFlowStep(text) || isDataModel(text) || isUiPart(text)) return { ...NOTHING, note: true };
  const fixed = corrected(text);
  const source = fixed.text;
  const main = source.replace(/\([^)]*\)|\[[^\]]*\]|（[^）]*）/g, " ");
  const inner = [...source.matchAll(/\(([^)]*)\)|\[([^\]]*)\]|（([^）]*)）/g)]
    .map((m) => m[1] ?? m[2] ?? m[3] ?? "")
    .join(" ");
  const whole = tokenize(source);
  let found = kindOfSegment(tokenize(main));
  let alsoKinds: ComponentKind[] = [];
  // "Gateway + LB": the first role named is the box's kind, the others are listed.
  const pieces = main.split(ROLE_SEPARATOR).filter((p) => p.trim());
  if (pieces.length >= 2) {
    const kinds = pieces.map((p) => kindOfSegment(tokenize(p))).filter((k): k is SegmentKind => k !== null);
    const distinct = [...new Set(kinds.map((k) => k.kind).filter((k) => k !== "unknown"))];
    if (distinct.length >= 2) {
      found = { kind: distinct[0]!, roleOnly: false };
      alsoKinds = distinct.slice(1);
    }
  }
  if (found && main !== source && SESSION_HOSTS.has(found.kind) && SESSION.best(whole) >= 0 && !saysSticky(whole))
    found = { kind: "session_store", roleOnly: false };
  // Words outside brackets outrank words inside: "Worker (ffmpeg)" is a worker.
  if (!found && main !== source) found = kindOfSegment(tokenize(inner));
  if (!found) return { ...NOTHING, corrected: fixed.corrected };
  return {
    kind: found.kind,
    says: found.kind === "unknown" ? "not_a_kind" : "kind",
    note: false,
    head: false,
    words: null,
    roleOnly: found.roleOnly,
    weak: found.weak ?? false,
    alsoKinds,
    corrected: fixed.corrected,
    parts: null,
  };
}

/**
 * How a label reads. Several short lines each naming a different kind are several things;
 * a short first line over detail lines names the box; otherwise the whole text does.
 */
export const readText = memoByText((text: string): TextReading => {
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  // Lines a phrase runs across ("API" / "Gateway") are one name wrapped by hand.
  const wrapped = lines.some((l, i) => i > 0 && KIND_MATCHER.crosses(tokenize(lines[i - 1]!), tokenize(l)));
  if (lines.length >= 2 && !wrapped) {
    const each = lines.length <= 8 ? lines.map((line) => ({ line, reading: readLine(line) })) : [];
    const kinds = new Set(each.map((e) => e.reading.kind));
    // Every line a different kind, each said by a word: a list of things. A first line that
    // shares its kind with a later one is a product over its parts ("Supabase" / "Database").
    // A line of head nouns alone ("service") ends the name above it: nothing is listed.
    const listed =
      each.every((e) => e.reading.says === "kind" && !e.reading.roleOnly && !e.reading.weak) && !endsWrappedName(lines);
    if (each.length && listed && kinds.size === lines.length) {
      return {
        ...each[0]!.reading,
        alsoKinds: [...kinds].filter((k) => k !== each[0]!.reading.kind),
        corrected: each.flatMap((e) => e.reading.corrected),
        parts: each.map((e, i) => ({ label: e.line, kind: e.reading.kind, line: i })),
      };
    }
    const head = headLine(text);
    if (head !== null) {
      const reading = readLine(head);
      // A pattern in the first line ("app.example.io") yields to words in the rest ("Frontend").
      const whole = reading.weak ? readLine(lines.join(" ")) : null;
      if (whole && whole.says === "kind" && !whole.weak) return whole;
      if (reading.says !== "none") return { ...reading, head: true, words: head };
      // A kind word inside a detail sentence does not make the box that kind: "Socket Mode /
      // Listen for bot commands from users" is no client.
      const detail = lines.slice(1).filter((l) => !isFlowStep(l) && wordCount(l) <= 5);
      if (detail.length < lines.length - 1) return readLine([lines[0]!, ...detail].join(" "));
    }
  }
  return readLine(lines.join(" "));
});

/** The kind a remark's or a step's words name ("get from blob storage": object_storage), or null. */
export function kindNamedIn(text: string): ComponentKind | null {
  const found = kindOfSegment(tokenize(text));
  return found && found.kind !== "unknown" && !found.roleOnly && !found.weak ? found.kind : null;
}

/**
 * The kind of a label. Words outside brackets outrank words inside them: "Worker (ffmpeg)"
 * is a worker, "API Gateway (CDN)" a gateway, "Cache (Redis)" a cache.
 */
export function kindOfText(text: string): ComponentKind {
  return readText(text).kind;
}

export interface TextFacts {
  role: DatabaseRole | null;
  /** Instances the text claims, or null when it says nothing about it. */
  instances: number | null;
  replicatedDatabase: boolean;
  sharded: boolean;
  shardKey: string | null;
  sticky: boolean;
  namesShard: boolean;
}

/** Everything besides the kind that a label or annotation says. */
export const factsOfText = memoByText(readFacts);

function readFacts(text: string): TextFacts {
  const tokens = tokenize(text);
  const roles = ROLE_MATCHER.groups(tokens);
  const has = (r: (typeof ROLE_ORDER)[number]) => roles.has(ROLE_ORDER.indexOf(r));
  const both = has("primary") && has("replica");
  let role: DatabaseRole | null = null;
  // A shard's primary or replica keeps that role; "Shard 2" alone is a shard.
  if (both) role = "primary";
  else if (has("replica")) role = "replica";
  else if (has("primary")) role = "primary";
  else if (has("shard")) role = "shard";
  return {
    role,
    instances: instanceCount(tokens),
    replicatedDatabase: both || saysReplicatedDatabase(tokens),
    sharded: saysSharded(tokens),
    shardKey: shardKey(tokens),
    sticky: saysSticky(tokens),
    namesShard: has("shard"),
  };
}
