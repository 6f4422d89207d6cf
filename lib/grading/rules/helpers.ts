// Small vocabulary shared by the rules: tiers, element ids, and names for messages.
import type { ComponentKind } from "../contract";
import type { ArchitectureGraph, Component } from "../graph/model";

export const WEB_TIER: ComponentKind[] = ["web_server", "api_gateway"];
/** Where traffic from DNS lands first. */
export const ENTRY_TIER: ComponentKind[] = ["load_balancer", "api_gateway", "web_server", "cdn"];

const KIND_NAMES: Record<ComponentKind, string> = {
  client: "client",
  dns: "DNS",
  cdn: "CDN",
  load_balancer: "load balancer",
  api_gateway: "API gateway",
  web_server: "web server",
  cache: "cache",
  session_store: "session store",
  database: "database",
  message_queue: "message queue",
  worker: "worker",
  monitoring: "monitoring",
  data_center: "data center",
  object_storage: "object storage",
  search: "search",
  unknown: "component",
};

export function kindName(kind: ComponentKind): string {
  return KIND_NAMES[kind];
}

/** `"Redis"`, or `an unlabelled cache` when the drawer wrote nothing. */
export function nameOf(c: Component): string {
  return c.label ? `"${c.label}"` : `an unlabelled ${kindName(c.kind)}`;
}

/** `"A", "B" and "C"` */
export function names(components: Component[]): string {
  const list = components.map(nameOf);
  if (list.length <= 1) return list[0] ?? "";
  return `${list.slice(0, -1).join(", ")} and ${list[list.length - 1]}`;
}

/** Element ids of components (and the links between consecutive pairs), deduplicated, in order. */
export function idsOf(...groups: Component[][]): string[] {
  const out = new Set<string>();
  for (const group of groups) for (const c of group) for (const id of c.elementIds) out.add(id);
  return [...out];
}

/** Element ids of the connections joining `a` to any of `others`. */
export function linkIds(graph: ArchitectureGraph, a: Component, others: Component[]): string[] {
  return others.flatMap((b) => graph.linksBetween(a.id, b.id).flatMap((l) => l.elementIds));
}

export function unique(ids: string[]): string[] {
  return [...new Set(ids)];
}

/** "is" for one component, "are" for several: messages read right either way. */
export function isAre(list: unknown[]): string {
  return list.length === 1 ? "is" : "are";
}

export function totalReplicas(components: Component[]): number {
  return components.reduce((sum, c) => sum + c.replicas, 0);
}

export function isKind(c: Component, kinds: ComponentKind[]): boolean {
  return kinds.includes(c.kind);
}
