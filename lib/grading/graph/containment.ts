// Which unit lies inside which: the smallest box (or frame, by frameId) holding a unit is
// its parent. Parents are always strictly larger, so the tree cannot loop.
import { area, center, containsBox, containsPoint, type Box } from "../geometry/box";
import type { UnitIndex } from "./attach";
import { appended, type Unit } from "./units";

/** Sloppy hand drawing: a child may poke out of its zone by this much. */
const CONTAIN_SLACK = 4;
/**
 * A box set on a bigger box's border (an outside system's "API" and "WS" ports, a proxy
 * poking out of its host's side) belongs to the box its centre lies in, when most of it is
 * inside and the holder is clearly the bigger.
 */
const ON_BORDER_SHARE = 0.5;
const ON_BORDER_SCALE = 1.5;

function overlap(a: Box, b: Box): number {
  return area({
    minX: Math.max(a.minX, b.minX),
    minY: Math.max(a.minY, b.minY),
    maxX: Math.min(a.maxX, b.maxX),
    maxY: Math.min(a.maxY, b.maxY),
  });
}

/** Whether u sits on v's border, mostly inside it: the next best thing to lying wholly in it. */
function straddles(v: Box, vArea: number, u: Box, uArea: number): boolean {
  return (
    vArea >= ON_BORDER_SCALE * uArea &&
    containsPoint(v, center(u)) &&
    overlap(v, u) >= ON_BORDER_SHARE * uArea &&
    !containsBox(v, u, CONTAIN_SLACK)
  );
}

export class ContainmentTree {
  /** Frame units by their frame element's id, for elements that name their frame. */
  readonly frames = new Map<string, Unit>();

  constructor(index: UnitIndex, units: Unit[]) {
    for (const u of units) if (u.frame) this.frames.set(u.frame.id, u);
    for (const u of units) this.place(index, this.frames, u);
  }

  /** Places one unit (also used for units added later, such as standalone texts). */
  place(index: UnitIndex, frames: Map<string, Unit> | null, u: Unit): void {
    let best: Unit | null = null;
    let onBorder: Unit | null = null;
    for (const v of index.near(u.box)) {
      if (v === u || !v.boxLike || v.area <= u.area) continue;
      if (!containsBox(v.box, u.box, CONTAIN_SLACK)) {
        if (u.area > 0 && straddles(v.box, v.area, u.box, u.area) && (!onBorder || v.area < onBorder.area))
          onBorder = v;
        continue;
      }
      if (!best || v.area < best.area) best = v;
    }
    // The box a unit straddles is its parent when it lies inside whatever holds the unit wholly.
    if (onBorder && (!best || (onBorder.area < best.area && containsBox(best.box, onBorder.box, CONTAIN_SLACK))))
      best = onBorder;
    if (frames) {
      for (const m of u.members) {
        const frame = m.frameId ? frames.get(m.frameId) : undefined;
        if (frame && frame !== u && frame.area > u.area && (!best || frame.area < best.area)) best = frame;
      }
    }
    u.parent = best;
    if (best) best.kids = appended(best.kids, u);
  }

  kids(u: Unit): Unit[] {
    return u.kids;
  }
}
