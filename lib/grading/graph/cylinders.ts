// A cylinder drawn by hand from loose parts, none of them grouped: a lid ellipse (often
// holding the name), a base ellipse as wide right under it, and two upright lines joining
// their sides. Read part by part, the base is a second, nameless thing and the side lines
// are links between the two; read as drawn, it is one store.
import { expand, type Box } from "../geometry/box";
import { SpatialGrid } from "../geometry/grid";
import type { SceneElement } from "../scene/types";
import { boxOf, endsOf } from "./elements";
import { mergeUnits, wordCountOf, type Unit } from "./units";

/** How far a side line's end may lie from the ellipse's side. */
const SIDE_SLACK = 12;
/** Lid and base differ in width by this share at most, and their centres by this share of it. */
const SAME_WIDTH = 0.2;
const SAME_AXIS = 0.15;

const isEllipse = (u: Unit) =>
  u.source === "shape" && u.members[0]!.type === "ellipse" && !u.frame && u.customKind === null;

/** Whether a point lies on the left (or right) side of an ellipse's box, give or take. */
function onSide(b: Box, [x, y]: [number, number], left: boolean): boolean {
  const side = left ? b.minX : b.maxX;
  return Math.abs(x - side) <= SIDE_SLACK && y >= b.minY - SIDE_SLACK && y <= b.maxY + SIDE_SLACK;
}

/** A loose line from the lid's side down to the base's same side. */
function joinsSides(c: SceneElement, lid: Box, base: Box, left: boolean): boolean {
  if (c.type !== "line" || c.startBindingId || c.endBindingId) return false;
  const [a, b] = endsOf(c);
  return (onSide(lid, a, left) && onSide(base, b, left)) || (onSide(lid, b, left) && onSide(base, a, left));
}

function isBaseOf(lid: Unit, base: Unit): boolean {
  const lw = lid.box.maxX - lid.box.minX;
  const bw = base.box.maxX - base.box.minX;
  const centres = Math.abs((lid.box.minX + lid.box.maxX) / 2 - (base.box.minX + base.box.maxX) / 2);
  return (
    base.box.minY > lid.box.maxY - SIDE_SLACK &&
    Math.abs(lw - bw) <= SAME_WIDTH * Math.max(lw, bw) &&
    centres <= SAME_AXIS * Math.max(lw, bw)
  );
}

/**
 * Units and connectors with each loose-part cylinder made one unit (its lid, base and side
 * lines). Returns the inputs unchanged when there is none.
 */
export function joinCylinders(
  units: Unit[],
  connectors: SceneElement[],
): { units: Unit[]; connectors: SceneElement[] } {
  const ellipses = units.filter(isEllipse);
  const lines = connectors.filter((c) => c.type === "line" && !c.startBindingId && !c.endBindingId);
  if (ellipses.length < 2 || lines.length < 2) return { units, connectors };
  const grid = SpatialGrid.forBoxes<SceneElement>(lines.map(boxOf));
  for (const c of lines) grid.insert(boxOf(c), c);
  const merged = new Map<Unit, Unit>();
  const used = new Set<SceneElement>();
  for (const base of ellipses) {
    if (wordCountOf(base) > 0 || merged.has(base)) continue;
    for (const lid of ellipses) {
      if (lid === base || merged.has(lid) || !isBaseOf(lid, base)) continue;
      const span: Box = { minX: lid.box.minX, minY: lid.box.minY, maxX: lid.box.maxX, maxY: base.box.maxY };
      const near = grid.query(expand(span, SIDE_SLACK)).filter((c) => !used.has(c));
      const left = near.find((c) => joinsSides(c, lid.box, base.box, true));
      const right = near.find((c) => joinsSides(c, lid.box, base.box, false));
      if (!left || !right) continue;
      const cylinder = mergeUnits([lid, base], [left, right], [], []);
      merged.set(lid, cylinder).set(base, cylinder);
      used.add(left).add(right);
      break;
    }
  }
  if (!merged.size) return { units, connectors };
  const out: Unit[] = [];
  const placed = new Set<Unit>();
  for (const u of units) {
    const cylinder = merged.get(u);
    if (!cylinder) out.push(u);
    else if (!placed.has(cylinder)) {
      placed.add(cylinder);
      out.push(cylinder);
    }
  }
  return { units: out, connectors: connectors.filter((c) => !used.has(c)) };
}
