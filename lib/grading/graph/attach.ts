// Free text → the unit it names. Half the text in real drawings floats over or beside its
// shape with no binding, so position decides: on a small shape, on an arrow, beside a small
// shape, then on or beside a container (a zone title).
import { boxDistance, center, containsBox, containsPoint, expand, type Box } from "../geometry/box";
import { SpatialGrid } from "../geometry/grid";
import type { SceneElement } from "../scene/types";
import { tokenize } from "../classify/normalize";
import { instanceCount } from "../classify/annotations";
import { wordCount } from "../classify/notes";
import { boxOf, pathCrosses, textOf } from "./elements";
import { pushTo } from "./multimap";
import { appended, type Unit } from "./units";

/** How far beside a shape a text may sit and still name it, in scene units. */
export const LABEL_GAP = 40;
/** How close an arrow must pass to a text for the text to label the arrow. */
const ON_ARROW = 6;
/** A text this close to a shape belongs to it before any arrow passing by. */
const HUG = 10;

export type Attachment = { kind: "unit"; unit: Unit; inside: boolean; gap: number } | { kind: "connector"; connector: SceneElement };

/** Units indexed for "what is here" questions; small sets are scanned, large ones gridded. */
export class UnitIndex {
  private readonly grid: SpatialGrid<Unit> | null;
  private containerMemo = new Map<Unit, boolean>();
  private topMemo = new Map<Unit, number>();

  constructor(readonly units: Unit[]) {
    if (units.length > 24) {
      this.grid = SpatialGrid.forBoxes<Unit>(units.map((u) => u.box));
      for (const u of units) this.grid.insert(u.box, u);
    } else this.grid = null;
  }

  near(box: Box): Unit[] {
    if (!this.grid) {
      // Small sets (at most 24 units) are scanned whole.
      return this.units.filter((u) => u.box.minX <= box.maxX && u.box.maxX >= box.minX && u.box.minY <= box.maxY && u.box.maxY >= box.minY);
    }
    return this.grid.query(box);
  }

  /** Top edge of the highest unit inside a container (Infinity when empty). */
  topOfContents(u: Unit): number {
    let top = this.topMemo.get(u);
    if (top === undefined) {
      top = Infinity;
      for (const v of this.near(u.box)) if (v !== u && v.area < u.area && containsBox(u.box, v.box, 2)) top = Math.min(top, v.box.minY);
      this.topMemo.set(u, top);
    }
    return top;
  }

  /** Whether another unit lies wholly inside this one (so it reads as a zone or card, not a leaf). */
  isContainer(u: Unit): boolean {
    if (!u.boxLike) return false;
    let known = this.containerMemo.get(u);
    if (known === undefined) {
      known = this.near(u.box).some((v) => v !== u && v.area < u.area && containsBox(u.box, v.box, 2));
      this.containerMemo.set(u, known);
    }
    return known;
  }
}

class ConnectorIndex {
  private readonly grid: SpatialGrid<SceneElement> | null = null;
  constructor(private readonly connectors: SceneElement[]) {
    if (connectors.length > 24) {
      this.grid = SpatialGrid.forBoxes<SceneElement>(connectors.map(boxOf));
      for (const c of connectors) this.grid.insert(boxOf(c), c);
    }
  }
  through(box: Box): SceneElement | null {
    const candidates = this.grid ? this.grid.query(box) : this.connectors;
    for (const c of candidates) {
      if (pathCrosses(c, box)) return c;
    }
    return null;
  }
}

/** "x3", "(2)", "HA": words about a box's instances, never a title. */
function isPureAnnotation(text: string): boolean {
  return wordCount(text) <= 2 && instanceCount(tokenize(text)) !== null;
}

function best<T>(items: T[], score: (t: T) => number): T | null {
  let winner: T | null = null;
  let top = Infinity;
  for (const item of items) {
    const s = score(item);
    if (s < top) {
      top = s;
      winner = item;
    }
  }
  return winner;
}

/** Decides, for each text, what it names; texts naming nothing are left out of the map. */
export function attachTexts(
  index: UnitIndex,
  texts: SceneElement[],
  connectors: SceneElement[],
  isTitle: (text: SceneElement) => boolean = () => false,
): Map<SceneElement, Attachment> {
  const out = new Map<SceneElement, Attachment>();
  if (texts.length === 0) return out;
  const arrows = connectors.length ? new ConnectorIndex(connectors) : null;
  for (const text of texts) {
    const box = boxOf(text);
    const c = center(box);
    const around = index.near(expand(box, LABEL_GAP));
    const leaves = around.filter((u) => !index.isContainer(u));
    const containers = around.filter((u) => index.isContainer(u));

    const onLeaf = best(leaves.filter((u) => containsPoint(u.box, c)), (u) => u.area);
    if (onLeaf) {
      out.set(text, { kind: "unit", unit: onLeaf, inside: true, gap: 0 });
      continue;
    }
    // A text hugging a shape is its caption (even when a link leaves right under it)...
    const hugging = best(leaves.filter((u) => boxDistance(u.box, box) <= HUG), (u) => boxDistance(u.box, box));
    // ...else a zone's title sits above everything inside it, even when a box is close below.
    const holder = best(containers.filter((u) => containsPoint(u.box, c)), (u) => u.area);
    const untitled = holder && holder.boundTexts.length === 0 && !holder.frame?.name?.trim();
    if (!hugging && untitled && !isPureAnnotation(textOf(text)) && box.maxY <= index.topOfContents(holder) + 4) {
      out.set(text, { kind: "unit", unit: holder, inside: true, gap: 0 });
      continue;
    }
    // A heading set large names what it lies on, never what it merely sits beside.
    if (isTitle(text)) {
      if (holder) out.set(text, { kind: "unit", unit: holder, inside: true, gap: 0 });
      else {
        // ...or the zone right under it: "DC1" written large above its box.
        const titled = best(
          containers.filter((u) => box.maxY <= u.box.minY + 4 && boxDistance(u.box, box) <= LABEL_GAP && box.maxX > u.box.minX && box.minX < u.box.maxX),
          (u) => boxDistance(u.box, box),
        );
        if (titled) out.set(text, { kind: "unit", unit: titled, inside: false, gap: boxDistance(titled.box, box) });
      }
      continue;
    }
    const arrow = hugging ? null : arrows?.through(expand(box, ON_ARROW));
    if (arrow) {
      out.set(text, { kind: "connector", connector: arrow });
      continue;
    }
    const byGap = (u: Unit) => boxDistance(u.box, box) * 1e6 + u.area * 1e-9;
    const besideLeaf = best(leaves.filter((u) => boxDistance(u.box, box) <= LABEL_GAP), byGap);
    if (besideLeaf) {
      out.set(text, { kind: "unit", unit: besideLeaf, inside: false, gap: boxDistance(besideLeaf.box, box) });
      continue;
    }
    if (holder) {
      out.set(text, { kind: "unit", unit: holder, inside: true, gap: 0 });
      continue;
    }
    const besideContainer = best(containers.filter((u) => boxDistance(u.box, box) <= LABEL_GAP), byGap);
    if (besideContainer) {
      out.set(text, { kind: "unit", unit: besideContainer, inside: false, gap: boxDistance(besideContainer.box, box) });
    }
  }
  return out;
}

/** Records attachments on the units themselves. */
export function applyAttachments(attachments: Map<SceneElement, Attachment>, connectorLabels: Map<SceneElement, SceneElement[]>): void {
  for (const [text, a] of attachments) {
    if (a.kind === "connector") pushTo(connectorLabels, a.connector, text);
    else if (a.inside) a.unit.insideTexts = appended(a.unit.insideTexts, text);
    else a.unit.nearTexts = appended(a.unit.nearTexts, { text, gap: a.gap });
  }
}
