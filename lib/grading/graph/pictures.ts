// Pictures drawn side by side are one thing: a server picture with the logo of what runs on
// it (a framework, a database) set right beside it, a product's mascot next to its logo and
// name. Each picture alone is a unit of its own; two that nearly touch, line up, carry words
// between them for one thing at most and are not joined by an arrow become one unit.
import { boxDistance, expand, pointDistance, union, type Box } from "../geometry/box";
import type { SceneElement } from "../scene/types";
import type { UnitIndex } from "./attach";
import { ARROW_GAP } from "./connect";
import { boxOf, endsOf } from "./elements";
import { mergeUnits, wordCountOf, wordsOf, type Unit } from "./units";

/** Two pictures this close, relative to the smaller one's size, are drawn as one. */
const GAP_SHARE = 0.3;
/** Side by side: their spans across the gap overlap by this share of the smaller span. */
const ALIGNED_SHARE = 0.5;
/** A picture this much smaller than its neighbour is still part of it (a badge); a speck is not. */
const MIN_AREA_RATIO = 0.05;

const widthOf = (b: Box) => b.maxX - b.minX;
const heightOf = (b: Box) => b.maxY - b.minY;

/** An image this big on both sides is a pasted screenshot or figure, not an icon. */
const SCREENSHOT_SIDE = 240;
const SCREENSHOT_LONG_SIDE = 400;

/**
 * A screenshot or figure pasted into the page (a mock-up, a diagram from elsewhere): not a
 * component of the design unless an arrow reaches it.
 */
export function isScreenshot(u: Unit): boolean {
  if (u.source !== "shape" || u.members[0]!.type !== "image") return false;
  const w = widthOf(u.box);
  const h = heightOf(u.box);
  return Math.min(w, h) >= SCREENSHOT_SIDE && Math.max(w, h) >= SCREENSHOT_LONG_SIDE;
}

/** A unit drawn as a picture: an image, or strokes and shapes that do not make a box. */
function isPicture(u: Unit): boolean {
  if (u.frame || u.customKind !== null || u.boxLike || u.area <= 0 || isScreenshot(u)) return false;
  return u.source === "group" || u.members[0]!.type === "image";
}

function spanOverlap(a0: number, a1: number, b0: number, b1: number): number {
  return Math.max(0, Math.min(a1, b1) - Math.max(a0, b0));
}

/** The picture with its caption: a caption written across a neighbour ties the two. */
function extentOf(u: Unit): Box {
  let box = u.box;
  for (const t of wordsOf(u)) box = union(box, boxOf(t));
  return box;
}

/** Whether two pictures sit in one row or one column, close enough to be drawn as one. */
function besideEachOther(a: Unit, b: Unit): boolean {
  if (Math.min(a.area, b.area) < MIN_AREA_RATIO * Math.max(a.area, b.area)) return false;
  const ea = extentOf(a);
  const eb = extentOf(b);
  const small = Math.min(Math.max(widthOf(a.box), heightOf(a.box)), Math.max(widthOf(b.box), heightOf(b.box)));
  if (boxDistance(ea, eb) > GAP_SHARE * small) return false;
  const rows = spanOverlap(ea.minY, ea.maxY, eb.minY, eb.maxY);
  const columns = spanOverlap(ea.minX, ea.maxX, eb.minX, eb.maxX);
  return (
    rows >= ALIGNED_SHARE * Math.min(heightOf(ea), heightOf(eb)) ||
    columns >= ALIGNED_SHARE * Math.min(widthOf(ea), widthOf(eb))
  );
}

/** Whether a connector runs from one unit to the other (bound, or its loose ends at them). */
function joinedBy(a: Unit, b: Unit, connectors: SceneElement[]): boolean {
  // A bound end is at the unit it is bound to only; a loose end at any unit it stops by.
  const at = (u: Unit, id: string | null, point: [number, number]) =>
    id !== null ? u.members.some((m) => m.id === id) : pointDistance(u.box, point) <= ARROW_GAP;
  return connectors.some((c) => {
    const [start, end] = endsOf(c);
    return (
      (at(a, c.startBindingId, start) && at(b, c.endBindingId, end)) ||
      (at(b, c.startBindingId, start) && at(a, c.endBindingId, end))
    );
  });
}

/**
 * The units with each run of pictures drawn as one merged into a single unit (a cluster
 * keeps the words of one picture at most, so two captioned icons stay two things).
 * Returns the list unchanged when nothing merges.
 */
export function mergePictures(units: Unit[], index: UnitIndex, connectors: SceneElement[]): Unit[] {
  const pictures = units.filter(isPicture);
  if (pictures.length < 2) return units;
  const pairs: { a: Unit; b: Unit; gap: number }[] = [];
  for (const a of pictures) {
    const reach = GAP_SHARE * Math.max(widthOf(a.box), heightOf(a.box));
    for (const b of index.near(expand(extentOf(a), reach))) {
      if (b.uid <= a.uid || !isPicture(b) || !besideEachOther(a, b)) continue;
      pairs.push({ a, b, gap: boxDistance(a.box, b.box) });
    }
  }
  if (!pairs.length) return units;
  // Closest pairs first, so a picture joins the neighbour it nearly touches.
  pairs.sort((x, y) => x.gap - y.gap || x.a.order - y.a.order || x.b.order - y.b.order);
  const root = new Map<Unit, Unit>();
  const find = (u: Unit): Unit => {
    let r = u;
    while (root.has(r)) r = root.get(r)!;
    return r;
  };
  const worded = new Map<Unit, number>(pictures.map((p) => [p, wordCountOf(p) > 0 ? 1 : 0]));
  for (const { a, b } of pairs) {
    const ra = find(a);
    const rb = find(b);
    if (ra === rb || worded.get(ra)! + worded.get(rb)! > 1 || joinedBy(a, b, connectors)) continue;
    root.set(rb, ra);
    worded.set(ra, worded.get(ra)! + worded.get(rb)!);
  }
  if (!root.size) return units;
  const clusters = new Map<Unit, Unit[]>();
  for (const p of pictures) {
    const r = find(p);
    const list = clusters.get(r);
    if (list) list.push(p);
    else clusters.set(r, [p]);
  }
  const merged = new Map<Unit, Unit>();
  for (const [r, list] of clusters) if (list.length > 1) merged.set(r, mergeUnits(list, [], [], []));
  const out: Unit[] = [];
  for (const u of units) {
    if (!isPicture(u)) out.push(u);
    else if (merged.has(u)) out.push(merged.get(u)!);
    else if (!merged.has(find(u))) out.push(u);
  }
  return out;
}
