// Which unit lies inside which: the smallest box (or frame, by frameId) holding a unit is
// its parent. Parents are always strictly larger, so the tree cannot loop.
import { containsBox } from "../geometry/box";
import type { UnitIndex } from "./attach";
import { appended, type Unit } from "./units";

/** Sloppy hand drawing: a child may poke out of its zone by this much. */
const CONTAIN_SLACK = 4;

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
    for (const v of index.near(u.box)) {
      if (v === u || !v.boxLike || v.area <= u.area) continue;
      if (!containsBox(v.box, u.box, CONTAIN_SLACK)) continue;
      if (!best || v.area < best.area) best = v;
    }
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
