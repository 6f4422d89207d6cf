// The architecture graph rules read: components, zones and connections with the facts the
// labels state, plus adjacency helpers. Built once per scene by build.ts.
import type { ComponentKind } from "../contract";
import { pushTo } from "./multimap";
import type { ComponentJson, ConnectionJson, ZoneJson } from "../types";

export interface ComponentFacts {
  sticky: boolean;
  sharded: boolean;
  /** Which shard the label (or its zone's) names: "1", "b"; null if none. */
  shardKey: string | null;
  namesShard: boolean;
  replicatedDatabase: boolean;
}

export interface Component extends ComponentJson {
  facts: ComponentFacts;
  /** Enclosing zones, innermost first. */
  zones: string[];
  order: number;
}

export interface Zone extends ZoneJson {
  /** What the zone's title names: data_center for "DC1"/"us-east-1", cache for "Redis cluster", else unknown. */
  kind: ComponentKind;
  parent: string | null;
  order: number;
}

export interface Connection extends ConnectionJson {
  /** An arrow has a direction; a plain line does not. */
  directed: boolean;
}

export interface Note {
  text: string;
  elementIds: string[];
}

const NO_NEIGHBOURS: ReadonlySet<string> = new Set();

export class ArchitectureGraph {
  private readonly byId = new Map<string, Component>();
  private readonly adjacency = new Map<string, Set<string>>();
  /** Connections at each component, for linksBetween. */
  private readonly incident = new Map<string, Connection[]>();
  private readonly byKind = new Map<ComponentKind, Component[]>();
  private readonly zoneMembers = new Map<string, Component[]>();
  private partOf: Map<string, number> | null = null;

  constructor(
    readonly components: Component[],
    readonly connections: Connection[],
    readonly zones: Zone[],
    readonly notes: Note[],
  ) {
    for (const c of components) {
      this.byId.set(c.id, c);
      pushTo(this.byKind, c.kind, c);
      for (const z of c.zones) pushTo(this.zoneMembers, z, c);
    }
    // A component's neighbour set is made with its first link: most drawings have many
    // components linked to nothing, and those share one empty set.
    for (const link of connections) {
      if (this.byId.has(link.from)) this.linkedFrom(link.from).add(link.to);
      if (this.byId.has(link.to)) this.linkedFrom(link.to).add(link.from);
      pushTo(this.incident, link.from, link);
    }
  }

  private linkedFrom(id: string): Set<string> {
    let set = this.adjacency.get(id);
    if (!set) this.adjacency.set(id, (set = new Set()));
    return set;
  }

  component(id: string): Component | undefined {
    return this.byId.get(id);
  }

  /** Components of the given kinds, in drawing order. */
  ofKind(...kinds: ComponentKind[]): Component[] {
    if (kinds.length === 1) return [...(this.byKind.get(kinds[0]!) ?? [])];
    return this.components.filter((c) => kinds.includes(c.kind));
  }

  /** Components linked to this one, ignoring direction. */
  neighbours(id: string): Component[] {
    return [...(this.adjacency.get(id) ?? [])].map((n) => this.byId.get(n)!).filter(Boolean);
  }

  neighbourIds(id: string): ReadonlySet<string> {
    return this.adjacency.get(id) ?? NO_NEIGHBOURS;
  }

  /** Connections joining a and b, either way. */
  linksBetween(a: string, b: string): Connection[] {
    const at = this.incident.get(a) ?? [];
    const back = this.incident.get(b) ?? [];
    return [...at.filter((l) => l.to === b), ...back.filter((l) => l.to === a)];
  }

  /** For each component, the number of the connected part of the graph it belongs to. */
  parts(): Map<string, number> {
    if (this.partOf) return this.partOf;
    const partOf = new Map<string, number>();
    let next = 0;
    for (const c of this.components) {
      if (partOf.has(c.id)) continue;
      const part = next++;
      partOf.set(c.id, part);
      const stack = [c.id];
      while (stack.length) {
        for (const n of this.adjacency.get(stack.pop()!) ?? []) {
          if (!partOf.has(n)) {
            partOf.set(n, part);
            stack.push(n);
          }
        }
      }
    }
    return (this.partOf = partOf);
  }

  /** Components anywhere inside a zone (nested zones included). */
  inZone(zoneId: string): Component[] {
    return this.zoneMembers.get(zoneId) ?? [];
  }
}
