// The public vocabulary of docs/grading.md: rule ids and component kinds. Stored grades, the API,
// the CLI and prompt rubrics all depend on these strings, so they only ever grow.

export const RULE_IDS = [
  "dns-entry",
  "stateless-web-tier",
  "redundant-web-tier",
  "load-balancer-redundancy",
  "database-replication",
  "cache-layer",
  "multi-data-center",
  "cdn-static-assets",
  "data-sharding",
  "message-queue-decoupling",
  "monitoring-automation",
  "no-single-point-of-failure",
] as const;
export type RuleId = (typeof RULE_IDS)[number];

export const COMPONENT_KINDS = [
  "client",
  "dns",
  "cdn",
  "load_balancer",
  "api_gateway",
  "web_server",
  "cache",
  "session_store",
  "database",
  "message_queue",
  "worker",
  "monitoring",
  "data_center",
  "object_storage",
  "search",
  "unknown",
] as const;
export type ComponentKind = (typeof COMPONENT_KINDS)[number];

export const DATABASE_ROLES = ["primary", "replica", "shard", "standalone"] as const;
export type DatabaseRole = (typeof DATABASE_ROLES)[number];

/** A prompt's rubric: which rules grade it, their weights, and kinds it must contain. */
export interface Rubric {
  rules: { id: RuleId; weight: number }[];
  requiredKinds?: Exclude<ComponentKind, "unknown">[];
}
