// Arrows and lines → links between components. A bound end is exact (a binding to a text or
// an image stands for the shape it labels); a loose end goes to the nearest unit within a
// tolerance, preferring a small shape over the zone around it. An end on a zone stands for
// the zone's entry members: those nothing else inside the zone points at.
import { pointDistance, type Point } from "../geometry/box";
import type { SceneElement } from "../scene/types";
import type { UnitIndex } from "./attach";
import type { Decisions } from "./decide";
import { endsOf } from "./elements";
import type { Unit } from "./units";

/** How far a loose arrow end may stop short of a shape and still reach it, in scene units. */
export const ARROW_GAP = 40;

export interface RawLink {
  connector: SceneElement;
  from: Unit;
  to: Unit;
}

export class EndResolver {
  constructor(
    private readonly index: UnitIndex,
    private readonly unitOfElement: (id: string) => Unit | undefined,
    private readonly hasKids: (u: Unit) => boolean,
  ) {}

  /** The unit an arrow end names (before merges), or null when it reaches nothing. */
  resolve(boundId: string | null, point: Point): Unit | null {
    if (boundId) {
      const bound = this.unitOfElement(boundId);
      if (bound) return bound;
    }
    return this.nearest(point);
  }

  nearest(point: Point): Unit | null {
    const around = this.index.near({
      minX: point[0] - ARROW_GAP,
      minY: point[1] - ARROW_GAP,
      maxX: point[0] + ARROW_GAP,
      maxY: point[1] + ARROW_GAP,
    });
    let leaf: Unit | null = null;
    let leafGap = Infinity;
    let holder: Unit | null = null;
    let holderGap = Infinity;
    for (const u of around) {
      const gap = pointDistance(u.box, point);
      if (gap > ARROW_GAP) continue;
      if (!this.hasKids(u)) {
        if (gap < leafGap || (gap === leafGap && leaf && u.area < leaf.area)) {
          leaf = u;
          leafGap = gap;
        }
      } else if (gap < holderGap || (gap === holderGap && holder && u.area < holder.area)) {
        holder = u;
        holderGap = gap;
      }
    }
    // An end inside a zone but beside one of its boxes means that box.
    return leaf ?? holder;
  }
}

export function rawLinks(connectors: SceneElement[], resolver: EndResolver, decisions: Decisions): RawLink[] {
  const out: RawLink[] = [];
  for (const c of connectors) {
    const [start, end] = endsOf(c);
    const a = resolver.resolve(c.startBindingId, start);
    const b = resolver.resolve(c.endBindingId, end);
    if (!a || !b) continue;
    const from = decisions.final(a);
    const to = decisions.final(b);
    if (from !== to) out.push({ connector: c, from, to });
  }
  return out;
}

/**
 * Replaces ends on zones by the zone's members. Arrows into a zone reach its entry members
 * (none of the zone's own members points at them); arrows out of it leave from its exits.
 */
export function expandZoneEnds(
  links: RawLink[],
  isZone: (u: Unit) => boolean,
  membersOf: (zone: Unit) => Unit[],
): RawLink[] {
  if (!links.some((l) => isZone(l.from) || isZone(l.to))) return links;
  const direct = links.filter((l) => !isZone(l.from) && !isZone(l.to));
  const incoming = new Map<Unit, Set<Unit>>();
  const outgoing = new Map<Unit, Set<Unit>>();
  for (const l of direct) {
    const undirected = l.connector.type !== "arrow";
    add(incoming, l.to, l.from);
    add(outgoing, l.from, l.to);
    if (undirected) {
      add(incoming, l.from, l.to);
      add(outgoing, l.to, l.from);
    }
  }
  const sideCache = new Map<string, Unit[]>();
  const side = (zone: Unit, entering: boolean): Unit[] => {
    const key = `${zone.uid}:${entering}`;
    const cached = sideCache.get(key);
    if (cached) return cached;
    const members = membersOf(zone);
    const inside = new Set(members);
    const links = entering ? incoming : outgoing;
    const open = members.filter((m) => ![...(links.get(m) ?? [])].some((n) => inside.has(n)));
    // Members linked in a ring have no entry: the arrow then stands for all of them.
    const picked = open.length ? open : members;
    sideCache.set(key, picked);
    return picked;
  };

  const out = [...direct];
  for (const l of links) {
    if (!isZone(l.from) && !isZone(l.to)) continue;
    const froms = isZone(l.from) ? side(l.from, false) : [l.from];
    const tos = isZone(l.to) ? side(l.to, true) : [l.to];
    let added = 0;
    for (const f of froms) {
      for (const t of tos) {
        // One arrow stands for a handful of links at most; a drawing never means hundreds.
        if (f === t || added >= 64) continue;
        out.push({ connector: l.connector, from: f, to: t });
        added++;
      }
    }
  }
  return out;
}

function add(map: Map<Unit, Set<Unit>>, key: Unit, value: Unit): void {
  const set = map.get(key);
  if (set) set.add(value);
  else map.set(key, new Set([value]));
}
