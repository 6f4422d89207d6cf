// Small vocabulary shared by the rules: tiers, element ids, and the components a message names.
import type { ComponentKind } from "../contract";
import type { ArchitectureGraph, Component, Zone } from "../graph/model";
import type { Mention } from "../messages";

export const WEB_TIER: ComponentKind[] = ["web_server", "api_gateway"];
/** Where traffic from DNS lands first. */
export const ENTRY_TIER: ComponentKind[] = ["load_balancer", "api_gateway", "web_server", "cdn"];

/** The components a message names, in order (see ../messages.ts: labels, or kinds when unlabelled). */
export function mentions(components: Component[]): Mention[] {
  return components.map((c) => ({ label: c.label, kind: c.kind }));
}

/** A zone a message names, by its title. */
export function zoneMentions(zones: Zone[]): Mention[] {
  return zones.map((z) => ({ label: z.label ?? "", kind: z.kind }));
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

export function totalReplicas(components: Component[]): number {
  return components.reduce((sum, c) => sum + c.replicas, 0);
}

export function isKind(c: Component, kinds: ComponentKind[]): boolean {
  return kinds.includes(c.kind);
}
