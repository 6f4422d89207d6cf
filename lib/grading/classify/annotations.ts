// Annotations that change how many instances a box stands for, or its database role:
// "x3", "(3)", "3 servers", "servers 1..4", "cluster", "HA", "active/standby", "이중화"…
import { PhraseMatcher } from "./matcher";
import type { Tokens } from "./normalize";

/** Words meaning "more than one instance" (docs/grading.md §2, plus common synonyms). */
const MULTI_INSTANCE = new PhraseMatcher(
  [
    [
      "cluster",
      "clustered",
      "clustering",
      "ha",
      "high availability",
      "highly available",
      "active passive",
      "active standby",
      "active active",
      "failover",
      "fail over",
      "redundant",
      "redundancy",
      "replicated",
      "replica set",
      "replicaset",
      "multi az",
      "auto scaling",
      "autoscaling",
      "auto scaling group",
      "asg",
      "scale out",
      "scaled out",
      "pool",
      "farm",
      "fleet",
      "이중화",
      "다중화",
      "클러스터",
      "클러스터링",
      "액티브 패시브",
      "액티브 스탠바이",
      "액티브 액티브",
      "고가용성",
      "오토스케일링",
      "오토 스케일링",
      "集群",
      "高可用",
      "主从",
    ],
  ],
  true,
);

/** A database drawn as one box that says it is replicated. */
const REPLICATED_DB = new PhraseMatcher([
  [
    "replication",
    "replicated",
    "replicas",
    "with replica",
    "master slave",
    "primary replica",
    "primary secondary",
    "master replica",
    "replica set",
    "replicaset",
    "multi az",
    "복제",
    "이중화",
    "主从",
  ],
]);

const SHARDED = new PhraseMatcher([
  ["sharded", "sharding", "shards", "partitioned", "partitioning", "partitions", "샤딩", "샤드들", "分片", "分库"],
]);

const STICKY = new PhraseMatcher([
  ["sticky", "sticky session", "session affinity", "affinity", "스티키", "고정 세션", "세션 고정", "粘性会话"],
]);

const INSTANCE_NOUNS =
  "servers?|instances?|nodes?|replicas?|copies|machines?|vms?|pods?|containers?|hosts?|workers?|shards?|boxes|units?|대|개|台";

const COUNT_PATTERNS: RegExp[] = [
  // x3, ×3, * 3, 3x, 3×
  /(?:^|[^\p{L}\p{N}])[x×*]\s?(\d{1,4})(?![\p{L}\p{N}])/u,
  /(?:^|[^\p{L}\p{N}.])(\d{1,4})\s?[x×](?![\p{L}\p{N}])/u,
  // (3)
  /\(\s*(\d{1,4})\s*\)/u,
  // 3 servers, 3대
  new RegExp(`(?:^|[^\\p{L}\\p{N}.])(\\d{1,4})\\s*(?:${INSTANCE_NOUNS})(?![\\p{L}])`, "u"),
];

// servers 1..4, web1~web4, node 1-3: a range of numbered instances.
const RANGE = /(\d{1,4})\s*(?:\.\.\.?|~|–|—|-|to)\s*[\p{L}]*\s*(\d{1,4})(?![\p{N}.])/u;

/** Instances a text says a box stands for: an explicit count, 2 for "cluster"-like words, else null. */
export function instanceCount(tokens: Tokens): number | null {
  let count: number | null = null;
  for (const pattern of COUNT_PATTERNS) {
    const m = pattern.exec(tokens.lower);
    if (m?.[1]) {
      const n = Number(m[1]);
      if (n >= 1 && (count === null || n > count)) count = n;
    }
  }
  const range = RANGE.exec(tokens.lower);
  if (range?.[1] && range[2] && !/\d-\d+-\d/.test(tokens.lower)) {
    const from = Number(range[1]);
    const to = Number(range[2]);
    if (to > from && to - from < 1000) count = Math.max(count ?? 0, to - from + 1);
  }
  if (MULTI_INSTANCE.best(tokens) >= 0) count = Math.max(count ?? 0, 2);
  return count;
}

export function saysReplicatedDatabase(tokens: Tokens): boolean {
  return REPLICATED_DB.best(tokens) >= 0;
}

export function saysSharded(tokens: Tokens): boolean {
  return SHARDED.best(tokens) >= 0;
}

export function saysSticky(tokens: Tokens): boolean {
  return STICKY.best(tokens) >= 0;
}

const SHARD_KEY =
  /(?:shard|partition|샤드|파티션|分片|分区)\s*[-_#:]?\s*(?:no\.?\s*)?([0-9]{1,4}|[a-z](?![\p{L}]))|([0-9]{1,4})\s*(?:번\s*)?(?:shard|샤드)/u;

/** "Shard 2" → "2", "shard-b" → "b", "1번 샤드" → "1"; null when the text names no particular shard. */
export function shardKey(tokens: Tokens): string | null {
  const m = SHARD_KEY.exec(tokens.lower);
  return m ? (m[1] ?? m[2] ?? null) : null;
}
