// What each component kind of docs/grading.md §2 is called in English: the title a list or a
// heading shows ("Load balancer") and the noun a sentence uses ("an unlabelled load balancer").
// The one place these words live; keyed by the contract's kinds, so a new kind fails the type
// check until it is named here.
import type { ComponentKind } from "./contract";

export interface KindWords {
  title: string;
  noun: string;
}

export const KIND_WORDS: Record<ComponentKind, KindWords> = {
  client: { title: "Client", noun: "client" },
  dns: { title: "DNS", noun: "DNS" },
  cdn: { title: "CDN", noun: "CDN" },
  load_balancer: { title: "Load balancer", noun: "load balancer" },
  api_gateway: { title: "API gateway", noun: "API gateway" },
  web_server: { title: "Web server", noun: "web server" },
  cache: { title: "Cache", noun: "cache" },
  session_store: { title: "Session store", noun: "session store" },
  database: { title: "Database", noun: "database" },
  message_queue: { title: "Message queue", noun: "message queue" },
  worker: { title: "Worker", noun: "worker" },
  monitoring: { title: "Monitoring", noun: "monitoring" },
  data_center: { title: "Data center", noun: "data center" },
  object_storage: { title: "Object storage", noun: "object storage" },
  search: { title: "Search", noun: "search" },
  unknown: { title: "Not recognised", noun: "component" },
};

/** The noun of each kind, for a language's MessageLocale. */
export function nounsOf(words: Record<ComponentKind, KindWords>): Record<ComponentKind, string> {
  return Object.fromEntries(Object.entries(words).map(([kind, word]) => [kind, word.noun])) as Record<
    ComponentKind,
    string
  >;
}

/** The title of a kind; a stored grade may name a kind this build does not know, shown as is. */
export function kindTitle(kind: string): string {
  return (KIND_WORDS as Partial<Record<string, KindWords>>)[kind]?.title ?? kind;
}
