/**
 * "What the grader sees", shaped for the live panel: components grouped by kind in the
 * contract's order, and every label the engine could not place. No findings and no score:
 * the page shows what was recognised, never how it would grade.
 */
import { COMPONENT_KINDS, type ComponentKind } from "@/lib/grading/contract";
import type { ComponentJson, GraphJson } from "@/lib/grading/types";
import { looseConnections, type LooseConnection } from "./reading-words";

export interface KindGroup {
  kind: Exclude<ComponentKind, "unknown">;
  /** Components of this kind drawn. */
  count: number;
  /** Instances they stand for (a "web servers x3" box counts 3). */
  instances: number;
  components: ComponentJson[];
  elementIds: string[];
}

/**
 * Why a label was not recognised, which says the quickest fix (the panel words it): no label
 * at all, only numbers (a count without its component), or words the grader does not know.
 */
export type UnrecognisedHint = "unlabelled" | "numbers" | "unknownWords";

export interface UnrecognisedEntry {
  label: string;
  elementIds: string[];
  hint: UnrecognisedHint;
  /** The component it is (kind unknown), with how it was read; absent for an entry only listed. */
  component?: ComponentJson;
}

export interface GraderSummary {
  groups: KindGroup[];
  unrecognised: UnrecognisedEntry[];
  componentCount: number;
  connectionCount: number;
  zoneCount: number;
  /** Zone id → its title (null when untitled), to say where a component sits. */
  zoneLabels: Record<string, string | null>;
  /** Connections the grader made from a loose arrow end (only when the graph has the reading). */
  loose: LooseConnection[];
  /** Components whose kind a person tagged by hand. */
  handTagged: ReadonlySet<string>;
}

/** Why a label was not recognised (see UnrecognisedHint). */
export function unrecognisedHint(label: string): UnrecognisedHint {
  const text = label.trim();
  if (!text) return "unlabelled";
  if (/^[\d\s.,:x×%-]+$/i.test(text)) return "numbers";
  return "unknownWords";
}

const kindOrder = new Map(COMPONENT_KINDS.map((kind, index) => [kind, index]));

export function summariseGraph(graph: GraphJson, handTagged: readonly string[] = []): GraderSummary {
  const byKind = new Map<Exclude<ComponentKind, "unknown">, KindGroup>();
  const unrecognised: UnrecognisedEntry[] = [];
  const seen = new Set<string>();
  const addUnrecognised = (label: string, elementIds: string[], component?: ComponentJson) => {
    const key = elementIds[0] ?? `label:${label}`;
    if (seen.has(key)) return;
    seen.add(key);
    unrecognised.push({ label, elementIds, hint: unrecognisedHint(label), ...(component ? { component } : {}) });
  };

  for (const component of graph.components) {
    if (component.kind === "unknown") {
      addUnrecognised(component.label, component.elementIds, component);
      continue;
    }
    const kind = component.kind;
    let group = byKind.get(kind);
    if (!group) {
      group = { kind, count: 0, instances: 0, components: [], elementIds: [] };
      byKind.set(kind, group);
    }
    group.count += 1;
    group.instances += Math.max(1, component.replicas);
    group.components.push(component);
    group.elementIds.push(...component.elementIds);
  }
  for (const entry of graph.unrecognised) addUnrecognised(entry.label, entry.elementIds);

  const groups = [...byKind.values()].sort((a, b) => (kindOrder.get(a.kind) ?? 99) - (kindOrder.get(b.kind) ?? 99));
  return {
    groups,
    unrecognised,
    componentCount: groups.reduce((sum, group) => sum + group.count, 0),
    connectionCount: graph.connections.length,
    zoneCount: graph.zones.length,
    zoneLabels: Object.fromEntries(graph.zones.map((zone) => [zone.id, zone.label])),
    loose: looseConnections(graph),
    handTagged: new Set(handTagged),
  };
}
