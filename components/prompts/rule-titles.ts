// Human titles for the grading vocabulary of docs/grading.md (rule ids and component kinds).
// Keyed by the contract's types, so a new rule or kind fails the type check until named.

import type { ComponentKind, RuleId } from "@/lib/grading/contract";

export const RULE_TITLES: Record<RuleId, string> = {
  "dns-entry": "DNS in front of the system",
  "stateless-web-tier": "Stateless web tier",
  "redundant-web-tier": "Redundant web tier",
  "load-balancer-redundancy": "Redundant load balancer",
  "database-replication": "Database replication",
  "cache-layer": "Cache layer",
  "multi-data-center": "Multiple data centers",
  "cdn-static-assets": "CDN for static assets",
  "data-sharding": "Data sharding",
  "message-queue-decoupling": "Message queue between tiers",
  "monitoring-automation": "Monitoring and automation",
  "no-single-point-of-failure": "No single point of failure",
};

/** One line on what it takes to pass, from docs/grading.md §3. */
export const RULE_DESCRIPTIONS: Record<RuleId, string> = {
  "dns-entry": "A DNS component connects clients to the entry tier.",
  "stateless-web-tier": "The web tier keeps sessions in a shared session store, with no sticky sessions.",
  "redundant-web-tier": "Two or more web servers sit behind a load balancer.",
  "load-balancer-redundancy": "Two load balancers, one marked HA or active-passive, or DNS spreading over entry nodes.",
  "database-replication": "A primary database is connected to at least one replica.",
  "cache-layer": "A cache is connected to the web tier.",
  "multi-data-center": "Two or more data centers hold web servers, with DNS or geo-routing in front.",
  "cdn-static-assets": "Clients reach a CDN, directly or through DNS.",
  "data-sharding": "Data is split over two or more shards.",
  "message-queue-decoupling": "A message queue connects a producer to a consumer such as a worker.",
  "monitoring-automation": "Monitoring, logging or CI/CD is connected to, or zoned with, the system.",
  "no-single-point-of-failure": "Losing any one component still leaves every client connected to a database.",
};

export const KIND_TITLES: Record<ComponentKind, string> = {
  client: "Client",
  dns: "DNS",
  cdn: "CDN",
  load_balancer: "Load balancer",
  api_gateway: "API gateway",
  web_server: "Web server",
  cache: "Cache",
  session_store: "Session store",
  database: "Database",
  message_queue: "Message queue",
  worker: "Worker",
  monitoring: "Monitoring",
  data_center: "Data center",
  object_storage: "Object storage",
  search: "Search",
  unknown: "Not recognised",
};

/** The title for a rule id, falling back to the id itself for one this build does not know. */
export function ruleTitle(id: string): string {
  return (RULE_TITLES as Record<string, string>)[id] ?? id;
}

export function kindTitle(kind: string): string {
  return (KIND_TITLES as Record<string, string>)[kind] ?? kind;
}
