// A link broken by its words: an arrow runs from a box to a text ("Export Article",
// "reverse proxy") and a second one runs on from that text to another box. The text names
// no component (it is a note, not a caption or a standalone name); it is the label in the
// middle of one link, so the boxes at the far ends are joined through it.
import { expand, pointDistance } from "../geometry/box";
import { SpatialGrid } from "../geometry/grid";
import type { SceneElement } from "../scene/types";
import type { EndResolver, RawLink, ResolvedEnd } from "./connect";
import type { Decisions } from "./decide";
import { boxOf, endsOf } from "./elements";
import type { Unit } from "./units";

/** How close a loose end must stop to a text to stand on it (about a line of text). */
const ON_TEXT = 30;
/** A text with more arrows at it than this is a hub of notes, not one link's label. */
const MAX_ENDS = 6;

interface EndAtText {
  connector: SceneElement;
  /** The component at the connector's other end. */
  far: Unit;
  farEnd: ResolvedEnd;
  /** The connector is an arrow pointing at the text (not leaving it, not a plain line). */
  into: boolean;
}

/**
 * Which of a connector's ends (0 start, 1 end) stands on the text, or -1. An end that lies
 * by a shape as well means the shape (a note written beside a box is not a waypoint).
 */
function endOn(
  c: SceneElement,
  text: SceneElement,
  ends: [[number, number], [number, number]],
  byShape: (point: [number, number]) => boolean,
): number {
  const box = boxOf(text);
  for (const i of [0, 1]) {
    const bound = i === 0 ? c.startBindingId : c.endBindingId;
    const onText = bound === text.id || (bound === null && pointDistance(box, ends[i]!) <= ON_TEXT);
    if (onText && !byShape(ends[i]!)) return i;
  }
  return -1;
}

/**
 * Links through texts two or more connectors meet at, and the connectors they use (left out
 * of the direct links). Arrows that all point at a text are readers of a note, not a link
 * passing through it.
 */
export function linksThroughTexts(
  texts: SceneElement[],
  connectors: SceneElement[],
  resolver: EndResolver,
  decisions: Decisions,
  hasKids: (u: Unit) => boolean,
): { links: RawLink[]; used: Set<SceneElement> } {
  const links: RawLink[] = [];
  const used = new Set<SceneElement>();
  if (!connectors.length || !texts.length) return { links, used };
  const grid = SpatialGrid.forBoxes<SceneElement>(connectors.map(boxOf));
  for (const c of connectors) grid.insert(boxOf(c), c);
  // A point by a leaf shape means that shape; by a zone's inside only, it may be a waypoint.
  const byShape = (point: [number, number]) => {
    const near = resolver.nearest(point);
    return near !== null && !hasKids(near.unit);
  };
  for (const text of texts) {
    const atText: EndAtText[] = [];
    for (const c of grid.query(expand(boxOf(text), ON_TEXT))) {
      if (used.has(c)) continue;
      const ends = endsOf(c);
      const i = endOn(c, text, ends, byShape);
      if (i < 0) continue;
      const j = 1 - i;
      const farEnd = resolver.resolveEnd(j === 0 ? c.startBindingId : c.endBindingId, ends[j]!);
      if (!farEnd) continue;
      atText.push({ connector: c, far: decisions.final(farEnd.unit), farEnd, into: c.type === "arrow" && i === 1 });
    }
    if (atText.length < 2 || atText.length > MAX_ENDS || atText.every((e) => e.into)) continue;
    const seen = new Set<string>();
    for (const a of atText)
      for (const b of atText) {
        if (a === b || a.far === b.far || b.into) continue;
        // Direction runs into the text and out of it; two ends leaving it are read once.
        if (!a.into && !b.into && a.far.order > b.far.order) continue;
        const key = `${a.far.uid}>${b.far.uid}`;
        if (seen.has(key)) continue;
        seen.add(key);
        links.push({ connector: a.connector, from: a.far, to: b.far, fromEnd: a.farEnd, toEnd: b.farEnd });
        used.add(a.connector).add(b.connector);
      }
  }
  return { links, used };
}
