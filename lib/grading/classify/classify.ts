// Label → kind, database role, instance count and the flags rules read (sticky, sharded…).
import type { ComponentKind, DatabaseRole } from "../contract";
import { instanceCount, saysReplicatedDatabase, saysSharded, saysSticky, shardKey } from "./annotations";
import { PhraseMatcher } from "./matcher";
import { memoByText } from "./memo";
import { tokenize, type Tokens } from "./normalize";
import { ROLE_WORDS, VOCABULARY, WEAK_ROLE_WORDS } from "./vocabulary";

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

const REGION_CODE =
  /\b(?:us|eu|ap|sa|ca|me|af|il|mx)-(?:north|south|east|west|central|northeast|southeast|northwest|southwest)-\d[a-z]?\b/;
const DOMAIN_NAME =
  /\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|net|org|io|de|kr|co|dev|app|ai|jp|cn|uk|us|me|info|xyz|cloud)\b/;

function kindOfGroup(group: number): ComponentKind {
  return group >= 0 ? (VOCABULARY[group]?.kind ?? "unknown") : "unknown";
}

/** Kind named by one piece of text, or null when it names none. */
function kindOfSegment(tokens: Tokens): ComponentKind | null {
  const groups = KIND_MATCHER.groups(tokens);
  if (groups.size > 0) {
    const kinds = [...groups].sort((a, b) => a - b).map(kindOfGroup);
    const first = kinds[0]!;
    // "Redis (session)", "session DB": storage that names sessions holds sessions.
    if (first !== "session_store" && SESSION.best(tokens) >= 0 && !saysSticky(tokens)) {
      if (SESSION_HOSTS.has(first)) return "session_store";
    }
    return first;
  }
  // A box titled just "Session(s)" holds sessions; "Session Manager" names something else.
  if (SESSION.best(tokens) >= 0 && tokens.raw.length === 1) return "session_store";
  // "Web", "Web 1", "WEB-02": a box named only "web" is the web tier.
  if (tokens.split[0] === "web" && tokens.split.slice(1).every((t) => /^\d+$/.test(t))) return "web_server";
  if (REGION_CODE.test(tokens.lower)) return "data_center";
  // "Shard 2", "read replica", "슬레이브": a role word alone names a database.
  if (STRONG_ROLE_MATCHER.best(tokens) >= 0) return "database";
  if (DOMAIN_NAME.test(tokens.lower)) return "dns";
  return null;
}

/**
 * The kind of a label. Words outside brackets outrank words inside them: "Worker (ffmpeg)"
 * is a worker, "API Gateway (CDN)" a gateway, "Cache (Redis)" a cache.
 */
export const kindOfText = memoByText(readKind);

function readKind(text: string): ComponentKind {
  const main = text.replace(/\([^)]*\)|\[[^\]]*\]|（[^）]*）/g, " ");
  const inner = [...text.matchAll(/\(([^)]*)\)|\[([^\]]*)\]|（([^）]*)）/g)]
    .map((m) => m[1] ?? m[2] ?? m[3] ?? "")
    .join(" ");
  const whole = tokenize(text);
  if (main !== text) {
    const mainKind = kindOfSegment(tokenize(main));
    if (mainKind) {
      // A session mention inside the brackets still makes a cache a session store.
      if (SESSION_HOSTS.has(mainKind) && SESSION.best(whole) >= 0 && !saysSticky(whole)) return "session_store";
      return mainKind;
    }
    return kindOfSegment(tokenize(inner)) ?? "unknown";
  }
  return kindOfSegment(whole) ?? "unknown";
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
