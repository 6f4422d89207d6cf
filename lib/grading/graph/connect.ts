// Arrows and lines → links between components. A bound end is exact (a binding to a text or
// an image stands for the shape it labels); a loose end goes to the nearest unit within a
// reach that grows with the shape (people stop 20 to 60 px short of big boxes), or to the
// unit whose caption it touches, or, failing both, to the first unit straight ahead along
// the arrow's last stretch. A small shape wins over the zone around it. An end on a zone
// stands for the zone's entry members: those nothing else inside the zone points at.
import { pointDistance, type Box, type Point } from "../geometry/box";
import { SpatialGrid } from "../geometry/grid";
import type { SceneElement } from "../scene/types";
import type { UnitIndex } from "./attach";
import type { Decisions } from "./decide";
import { boxOf, endsOf } from "./elements";
import type { Unit } from "./units";

/** How far a loose arrow end may stop short of a shape and still reach it, in scene units. */
export const ARROW_GAP = 40;
/** The most a loose end may stop short of a big shape. */
const MAX_REACH = 60;
/** How far ahead of a loose end, along the arrow, a shape may still be the one it points at. */
const AHEAD = 80;
const STEP = 10;
/** How close to an icon's caption a loose end must stop to mean the icon (about a line of text). */
const ON_CAPTION = 30;

/** How an end was tied to its unit: bound by Excalidraw, or inferred from where it lies. */
export type EndHow = "bound" | "touching" | "near" | "caption" | "ahead";

export interface ResolvedEnd {
  unit: Unit;
  how: EndHow;
  point: Point;
}

export interface RawLink {
  connector: SceneElement;
  from: Unit;
  to: Unit;
  fromEnd?: ResolvedEnd;
  toEnd?: ResolvedEnd;
  /** Made by standing an end on a zone for the zone's members (not drawn as such). */
  viaZone?: boolean;
}

/** Each unit's neighbours through `links`, either direction. */
export function linkedUnits(links: readonly RawLink[]): Map<Unit, Set<Unit>> {
  const linked = new Map<Unit, Set<Unit>>();
  for (const l of links) {
    (linked.get(l.from) ?? linked.set(l.from, new Set()).get(l.from)!).add(l.to);
    (linked.get(l.to) ?? linked.set(l.to, new Set()).get(l.to)!).add(l.from);
  }
  return linked;
}

/** Loose ends may stop further short of big shapes. */
function reachOf(u: Unit): number {
  const size = Math.max(u.box.maxX - u.box.minX, u.box.maxY - u.box.minY);
  return Math.min(MAX_REACH, Math.max(ARROW_GAP, 0.2 * size));
}

export class EndResolver {
  private captions: SpatialGrid<{ box: Box; unit: Unit }> | null = null;

  constructor(
    private readonly index: UnitIndex,
    private readonly unitOfElement: (id: string) => Unit | undefined,
    private readonly hasKids: (u: Unit) => boolean,
    private readonly captioned: Unit[] = [],
  ) {}

  /** The unit an arrow end names (before merges), or null when it reaches nothing. */
  resolve(boundId: string | null, point: Point, before?: Point): Unit | null {
    return this.resolveEnd(boundId, point, before)?.unit ?? null;
  }

  resolveEnd(boundId: string | null, point: Point, before?: Point): ResolvedEnd | null {
    if (boundId) {
      const bound = this.unitOfElement(boundId);
      // A binding to a text set beside a zone (an arrow's own word, "HTTP", left by its start)
      // says nothing of the zone: the end is read from where it lies.
      if (bound && !this.besideZone(bound, boundId)) return { unit: bound, how: "bound", point };
    }
    return this.nearest(point) ?? this.caption(point) ?? (before ? this.ahead(point, before) : null);
  }

  private besideZone(u: Unit, textId: string): boolean {
    return this.hasKids(u) && u.nearTexts.some((n) => n.text.id === textId);
  }

  nearest(point: Point): ResolvedEnd | null {
    const around = this.index.near({
      minX: point[0] - MAX_REACH,
      minY: point[1] - MAX_REACH,
      maxX: point[0] + MAX_REACH,
      maxY: point[1] + MAX_REACH,
    });
    let leaf: Unit | null = null;
    let leafGap = Infinity;
    let holder: Unit | null = null;
    let holderGap = Infinity;
    for (const u of around) {
      const gap = pointDistance(u.box, point);
      if (gap > reachOf(u)) continue;
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
    const unit = leaf ?? holder;
    if (!unit) return null;
    const gap = leaf ? leafGap : holderGap;
    return { unit, how: gap <= 2 ? "touching" : "near", point };
  }

  /** An end on or right by an icon's caption means the icon. */
  private caption(point: Point): ResolvedEnd | null {
    if (this.captions === null) {
      // Icons' captions only: a word beside a zone is no handle on the zone.
      const entries = this.captioned
        .filter((unit) => !this.hasKids(unit))
        .flatMap((unit) =>
          [...unit.nearTexts.map((n) => n.text), ...unit.groupTexts].map((t) => ({ box: boxOf(t), unit })),
        );
      this.captions = SpatialGrid.forBoxes(entries.map((e) => e.box));
      for (const e of entries) this.captions.insert(e.box, e);
    }
    const probe = {
      minX: point[0] - ON_CAPTION,
      minY: point[1] - ON_CAPTION,
      maxX: point[0] + ON_CAPTION,
      maxY: point[1] + ON_CAPTION,
    };
    let best: ResolvedEnd | null = null;
    let bestGap = Infinity;
    for (const e of this.captions.query(probe)) {
      const gap = pointDistance(e.box, point);
      if (gap <= ON_CAPTION && gap < bestGap) {
        best = { unit: e.unit, how: "caption", point };
        bestGap = gap;
      }
    }
    return best;
  }

  /** The first leaf straight ahead of a loose end, along the arrow's last stretch. */
  private ahead(point: Point, before: Point): ResolvedEnd | null {
    const dx = point[0] - before[0];
    const dy = point[1] - before[1];
    const length = Math.hypot(dx, dy);
    if (length < 1) return null;
    for (let d = STEP; d <= AHEAD; d += STEP) {
      const probe: Point = [point[0] + (dx / length) * d, point[1] + (dy / length) * d];
      const hit = this.index
        .near({ minX: probe[0], minY: probe[1], maxX: probe[0], maxY: probe[1] })
        .filter((u) => !this.hasKids(u))
        .sort((a, b) => a.area - b.area || a.order - b.order)[0];
      if (hit) return { unit: hit, how: "ahead", point };
    }
    return null;
  }
}

export function rawLinks(connectors: SceneElement[], resolver: EndResolver, decisions: Decisions): RawLink[] {
  const out: RawLink[] = [];
  for (const c of connectors) {
    // Its two ends, each with the point next to it along the path (for looking ahead from a
    // loose end); a connector without a path runs straight from one end to the other.
    const [start, end] = endsOf(c);
    const pts = c.points;
    const path = pts !== null && pts.length >= 2;
    const afterStart: Point = path ? [c.x + pts[1]![0]!, c.y + pts[1]![1]!] : end;
    const beforeEnd: Point = path ? [c.x + pts[pts.length - 2]![0]!, c.y + pts[pts.length - 2]![1]!] : start;
    const a = resolver.resolveEnd(c.startBindingId, start, afterStart);
    const b = resolver.resolveEnd(c.endBindingId, end, beforeEnd);
    if (!a || !b) continue;
    const from = decisions.final(a.unit);
    const to = decisions.final(b.unit);
    if (from !== to) out.push({ connector: c, from, to, fromEnd: a, toEnd: b });
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
        out.push({ ...l, from: f, to: t, viaZone: true });
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
