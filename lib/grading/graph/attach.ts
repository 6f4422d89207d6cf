// Free text → the unit it names. Half the text in real drawings floats over or beside its
// shape with no binding, so position decides: on a small shape, on an arrow, beside a small
// shape, then on or beside a container (a zone title).
import { boxDistance, containsBox, expand, type Box } from "../geometry/box";
import { SpatialGrid } from "../geometry/grid";
import type { SceneElement } from "../scene/types";
import { tokenize } from "../classify/normalize";
import { instanceCount } from "../classify/annotations";
import { readText } from "../classify/classify";
import { wordCount } from "../classify/notes";
import { boxOf, pathCrosses, textOf } from "./elements";
import { pushTo } from "./multimap";
import { appended, wordCountOf, type Unit } from "./units";

/** How far beside a shape a text may sit and still name it, in scene units. */
export const LABEL_GAP = 40;
/** How close an arrow must pass to a text for the text to label the arrow. */
const ON_ARROW = 6;
/** A text this close to a shape belongs to it before any arrow passing by. */
const HUG = 10;

export type Attachment =
  { kind: "unit"; unit: Unit; inside: boolean; gap: number } | { kind: "connector"; connector: SceneElement };

/** Units indexed for "what is here" questions; small sets are scanned, large ones gridded. */
export class UnitIndex {
  private readonly grid: SpatialGrid<Unit> | null;
  private containerMemo = new Map<Unit, boolean>();
  private topMemo = new Map<Unit, number>();

  private readonly units: Unit[];

  constructor(units: Unit[]) {
    // Its own list: units added later must not change the caller's.
    this.units = units.slice();
    if (units.length > 24) {
      this.grid = SpatialGrid.forBoxes<Unit>(units.map((u) => u.box));
      for (const u of units) this.grid.insert(u.box, u);
    } else this.grid = null;
  }

  /** Adds a unit found later (a standalone text); it is never taken for a container. */
  add(u: Unit): void {
    if (this.grid) this.grid.insert(u.box, u);
    else this.units.push(u);
  }

  near(box: Box): Unit[] {
    if (!this.grid) {
      // Small sets (at most 24 units) are scanned whole.
      return this.units.filter(
        (u) => u.box.minX <= box.maxX && u.box.maxX >= box.minX && u.box.minY <= box.maxY && u.box.maxY >= box.minY,
      );
    }
    return this.grid.query(box);
  }

  /** Top edge of the highest unit inside a container (Infinity when empty). */
  topOfContents(u: Unit): number {
    let top = this.topMemo.get(u);
    if (top === undefined) {
      top = Infinity;
      for (const v of this.near(u.box))
        if (v !== u && v.area < u.area && containsBox(u.box, v.box, 2)) top = Math.min(top, v.box.minY);
      this.topMemo.set(u, top);
    }
    return top;
  }

  /**
   * Whether everything inside a container that starts above the text's foot is a wordless
   * picture beside the text (a logo set by the container's title), with boxes or named
   * things below: the pictures are decoration, the things below the contents.
   */
  onlyDecorationBeside(u: Unit, text: Box): boolean {
    let decoration = false;
    let contents = false;
    for (const v of this.near(u.box)) {
      if (v === u || v.area >= u.area || !containsBox(u.box, v.box, 2)) continue;
      const thing = v.boxLike || wordCountOf(v) > 0;
      if (v.box.minY > text.maxY + 4) {
        contents ||= thing;
        continue;
      }
      if (thing || v.box.minY > text.maxY || v.box.maxY < text.minY) return false;
      decoration = true;
    }
    return decoration && contents;
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

/** "x3", "(2)", "HA": words about a box's instances, never a title ("Kafka cluster" is one). */
function isPureAnnotation(text: string): boolean {
  return wordCount(text) <= 2 && instanceCount(tokenize(text)) !== null && readText(text).says === "none";
}

/** Decides, for each text, what it names; texts naming nothing are left out of the map. */
/** What lies around one text, gathered in a single pass over the nearby units. */
interface Surroundings {
  /** Smallest leaf under the text's centre. */
  onLeaf: Unit | null;
  /** Nearest leaf within HUG. */
  hugging: Unit | null;
  /** Nearest leaf within LABEL_GAP (ties to the smaller). */
  besideLeaf: Unit | null;
  besideLeafGap: number;
  /** Smallest container under the text's centre. */
  holder: Unit | null;
  /** Nearest container within LABEL_GAP (ties to the smaller). */
  besideContainer: Unit | null;
  besideContainerGap: number;
  /** Nearest container right under a text set above it. */
  below: Unit | null;
}

function survey(index: UnitIndex, box: Box): Surroundings {
  const cx = (box.minX + box.maxX) / 2;
  const cy = (box.minY + box.maxY) / 2;
  const s: Surroundings = {
    onLeaf: null,
    hugging: null,
    besideLeaf: null,
    besideLeafGap: Infinity,
    holder: null,
    besideContainer: null,
    besideContainerGap: Infinity,
    below: null,
  };
  let huggingGap = Infinity;
  let belowGap = Infinity;
  for (const u of index.near(expand(box, LABEL_GAP))) {
    const b = u.box;
    const inside = cx >= b.minX && cx <= b.maxX && cy >= b.minY && cy <= b.maxY;
    const gap = boxDistance(b, box);
    if (!index.isContainer(u)) {
      if (inside && (!s.onLeaf || u.area < s.onLeaf.area)) s.onLeaf = u;
      if (gap <= HUG && gap < huggingGap) {
        s.hugging = u;
        huggingGap = gap;
      }
      if (
        gap <= LABEL_GAP &&
        (gap < s.besideLeafGap || (gap === s.besideLeafGap && s.besideLeaf && u.area < s.besideLeaf.area))
      ) {
        s.besideLeaf = u;
        s.besideLeafGap = gap;
      }
    } else {
      if (inside && (!s.holder || u.area < s.holder.area)) s.holder = u;
      if (
        gap <= LABEL_GAP &&
        (gap < s.besideContainerGap ||
          (gap === s.besideContainerGap && s.besideContainer && u.area < s.besideContainer.area))
      ) {
        s.besideContainer = u;
        s.besideContainerGap = gap;
      }
      const above = box.maxY <= b.minY + 4 && box.maxX > b.minX && box.minX < b.maxX;
      if (above && gap <= LABEL_GAP && gap < belowGap) {
        s.below = u;
        belowGap = gap;
      }
    }
  }
  return s;
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
    const s = survey(index, box);
    if (s.onLeaf) {
      out.set(text, { kind: "unit", unit: s.onLeaf, inside: true, gap: 0 });
      continue;
    }
    // A text hugging a shape is its caption (even when a link leaves right under it);
    // else a zone's title sits above everything inside it, even when a box is close below.
    const holder = s.holder;
    if (!s.hugging && holder && holder.boundTexts.length === 0 && !holder.frame?.name?.trim()) {
      const aboveContents = box.maxY <= index.topOfContents(holder) + 4 || index.onlyDecorationBeside(holder, box);
      if (!isPureAnnotation(textOf(text)) && aboveContents) {
        out.set(text, { kind: "unit", unit: holder, inside: true, gap: 0 });
        continue;
      }
    }
    // A heading set large names what it lies on (or the zone right under it: "DC1" written
    // large above its box), never what it merely sits beside.
    if (isTitle(text)) {
      if (holder) out.set(text, { kind: "unit", unit: holder, inside: true, gap: 0 });
      else if (s.below)
        out.set(text, { kind: "unit", unit: s.below, inside: false, gap: boxDistance(s.below.box, box) });
      continue;
    }
    const arrow = s.hugging ? null : arrows?.through(expand(box, ON_ARROW));
    if (arrow) out.set(text, { kind: "connector", connector: arrow });
    else if (s.besideLeaf) out.set(text, { kind: "unit", unit: s.besideLeaf, inside: false, gap: s.besideLeafGap });
    else if (holder) out.set(text, { kind: "unit", unit: holder, inside: true, gap: 0 });
    else if (s.besideContainer)
      out.set(text, { kind: "unit", unit: s.besideContainer, inside: false, gap: s.besideContainerGap });
  }
  return out;
}

/** Records attachments on the units themselves. */
export function applyAttachments(
  attachments: Map<SceneElement, Attachment>,
  connectorLabels: Map<SceneElement, SceneElement[]>,
): void {
  for (const [text, a] of attachments) {
    if (a.kind === "connector") pushTo(connectorLabels, a.connector, text);
    else if (a.inside) a.unit.insideTexts = appended(a.unit.insideTexts, text);
    else a.unit.nearTexts = appended(a.unit.nearTexts, { text, gap: a.gap });
  }
}
