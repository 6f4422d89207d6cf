// Texts that name no shape: some are components drawn without a box ("Redis" alone, or a
// word an arrow points at), the rest are notes and headings.
import { isGroupHeading, isNote, wordCount } from "../classify/notes";
import { boxDistance, expand } from "../geometry/box";
import { SpatialGrid } from "../geometry/grid";
import type { SceneElement } from "../scene/types";
import { ARROW_GAP, type EndResolver } from "./connect";
import { boxOf, endsOf, textOf } from "./elements";
import type { Reader } from "./reader";

/** Words that tie a remark to something else: a name does not say where it comes from or goes. */
const REMARK = /\b(?:from|into|via|to)\b/i;

export function standaloneTexts(
  orphans: SceneElement[],
  connectors: SceneElement[],
  resolver: EndResolver,
  reader: Reader,
  isTitle: (t: SceneElement) => boolean,
): SceneElement[] {
  if (orphans.length === 0) return [];
  const picked = new Set<SceneElement>();
  const byId = new Map(orphans.map((t) => [t.id, t]));
  const grid = SpatialGrid.forBoxes<SceneElement>(orphans.map(boxOf));
  for (const t of orphans) grid.insert(boxOf(t), t);
  for (const c of connectors) {
    const ends = endsOf(c);
    [c.startBindingId, c.endBindingId].forEach((bound, i) => {
      const text = bound ? byId.get(bound) : undefined;
      if (text) return void picked.add(text);
      const point = ends[i]!;
      if (resolver.resolve(bound, point)) return;
      const probe = { minX: point[0], minY: point[1], maxX: point[0], maxY: point[1] };
      let nearest: SceneElement | null = null;
      let gap = Infinity;
      for (const t of grid.query(expand(probe, ARROW_GAP))) {
        const d = boxDistance(boxOf(t), probe);
        if (d <= ARROW_GAP && d < gap) {
          nearest = t;
          gap = d;
        }
      }
      if (nearest) picked.add(nearest);
    });
  }
  // A short text naming a known kind is a component drawn without a box ("Redis" alone),
  // unless it is set large like a title. A floating text is read as written: a word that
  // only a spelling correction makes a kind ("Limiter per instacne") stays a note, and so
  // does a remark saying where something goes ("queue from encode service").
  for (const t of orphans) {
    if (picked.has(t)) continue;
    const text = textOf(t);
    if (isTitle(t) || wordCount(text) > 4 || text.includes("\n") || isNote(text, false) || isGroupHeading(text))
      continue;
    if (wordCount(text) >= 3 && REMARK.test(text)) continue;
    const reading = reader.textReading(text);
    if (reading.says === "kind" && reading.corrected.length === 0) picked.add(t);
  }
  return orphans.filter((t) => picked.has(t));
}

/** Texts set clearly larger than the drawing's usual size (Excalidraw's L and XL over M) are headings. */
export function titleTest(elements: SceneElement[]): (t: SceneElement) => boolean {
  // The body size is the most common one (ties go to the smaller): headings are few.
  const counts = new Map<number, number>();
  for (const e of elements)
    if (e.type === "text" && e.fontSize) counts.set(e.fontSize, (counts.get(e.fontSize) ?? 0) + 1);
  let body = 20;
  let most = 0;
  for (const [size, n] of counts) if (n > most || (n === most && size < body)) [body, most] = [size, n];
  const threshold = Math.max(24, body * 1.35);
  return (t) => (t.fontSize ?? 0) >= threshold;
}
