// Each containing box is judged: a zone (a data center, a VPC, a tier: it holds
// components), a component whose insides are details (a "PostgreSQL" box listing tables, a
// frame around an icon), or a card that only frames one thing.
import type { ComponentKind } from "../contract";
import type { ContainmentTree } from "./containment";
import { pushTo } from "./multimap";
import type { Reader } from "./reader";
import type { Unit } from "./units";

/** Zones inside zones deeper than this are not followed (a region > AZ > VPC > subnet is 4). */
export const MAX_NESTING = 32;

const DATA_KINDS = new Set<ComponentKind>(["database", "cache", "session_store", "object_storage", "search", "message_queue"]);

export type Decision = { type: "component" } | { type: "zone" } | { type: "merged"; into: Unit };

export class Decisions {
  readonly decision = new Map<Unit, Decision>();
  /** Units folded into each component. */
  readonly absorbed = new Map<Unit, Unit[]>();
  private readonly parentOverride = new Map<Unit, Unit | null>();

  constructor(
    private readonly tree: ContainmentTree,
    private readonly reader: Reader,
    units: Unit[],
  ) {
    // Containers are judged smallest first, so each sees its contents already decided.
    const containers: Unit[] = [];
    for (const u of units) {
      if (tree.kids(u).length === 0) this.decision.set(u, { type: "component" });
      else containers.push(u);
    }
    containers.sort((a, b) => a.area - b.area || a.order - b.order);
    for (const u of containers) this.judge(u);
  }

  final(u: Unit): Unit {
    let current = u;
    const path: Unit[] = [];
    for (;;) {
      const d = this.decision.get(current);
      if (d?.type !== "merged") break;
      path.push(current);
      current = d.into;
    }
    // Path compression: chains of cards inside cards resolve once, not on every call.
    for (const p of path) this.decision.set(p, { type: "merged", into: current });
    return current;
  }

  parentOf(u: Unit): Unit | null {
    return this.parentOverride.has(u) ? this.parentOverride.get(u)! : (this.tree.parent.get(u) ?? null);
  }

  /** The innermost zone around a unit, or null (nesting deeper than any drawing is cut off). */
  zoneOf(u: Unit): Unit | null {
    let p = this.parentOf(u);
    for (let guard = 0; p && guard < MAX_NESTING; guard++) {
      if (this.decision.get(p)?.type === "zone") return p;
      p = this.parentOf(p);
    }
    return null;
  }

  private kids(u: Unit): Unit[] {
    const out = new Set<Unit>();
    for (const k of this.tree.kids(u)) {
      const f = this.final(k);
      if (f !== u) out.add(f);
    }
    return [...out];
  }

  private absorb(into: Unit, part: Unit): void {
    this.decision.set(part, { type: "merged", into });
    pushTo(this.absorbed, into, part);
  }

  private judge(u: Unit): void {
    const kids = this.kids(u);
    // The palette's mark decides: its data-center zone holds things, its other items are things.
    if (u.customKind === "data_center") {
      this.decision.set(u, { type: "zone" });
      return;
    }
    if (kids.length === 0 || u.customKind) {
      this.decision.set(u, { type: "component" });
      return;
    }
    const isZone = (k: Unit) => this.decision.get(k)?.type === "zone";
    const reading = this.reader.read(u);
    const named = kids.filter((k) => isZone(k) || this.reader.read(k).labelled);
    const recognised = kids.filter((k) => isZone(k) || this.reader.read(k).kind !== "unknown");

    if (!reading.labelled) {
      const only = kids[0]!;
      if (kids.length === 1 && !isZone(only)) {
        // A card: an unlabelled box around one thing is that thing.
        this.absorb(only, u);
        this.parentOverride.set(only, this.parentOf(u));
        this.reader.forget(only);
        return;
      }
      if (named.length === 0) return this.becomeComponent(u, kids);
      this.decision.set(u, { type: "zone" });
      return;
    }
    if (reading.kind === "data_center") {
      this.decision.set(u, { type: "zone" });
      return;
    }
    // "PostgreSQL" holding table boxes, "Frontend" holding pages: the insides are details.
    if (reading.kind !== "unknown" && recognised.length === 0) return this.becomeComponent(u, kids);
    // A data store's insides are its data (tables, topics, buckets) unless they are stores
    // of the same kind (a "MySQL cluster" around primary and replica).
    if (DATA_KINDS.has(reading.kind) && !kids.some((k) => isZone(k) || this.reader.read(k).kind === reading.kind)) {
      return this.becomeComponent(u, kids);
    }
    // "Payments" around two unlabelled icons: one thing drawn with several strokes.
    if (reading.kind === "unknown" && named.length === 0) return this.becomeComponent(u, kids);
    this.decision.set(u, { type: "zone" });
  }

  private becomeComponent(u: Unit, kids: Unit[]): void {
    this.decision.set(u, { type: "component" });
    for (const k of kids) this.absorb(u, k);
  }
}
