// Captions set further off than LABEL_GAP: a tall gateway box captioned under its foot, an
// icon named by a line set large above it. People leave more room under big shapes, so the
// reach grows with the shape, as it does for loose arrow ends. Only a shape with no words
// of its own takes such a caption, from right above or below it, with nothing in between.
import { center, containsPoint, type Box } from "../geometry/box";
import type { SceneElement } from "../scene/types";
import { isGroupHeading, isNote } from "../classify/notes";
import { LABEL_GAP, type Attachment, type UnitIndex } from "./attach";
import { boxOf, textOf } from "./elements";
import { isScreenshot } from "./pictures";
import { isNextLine, wordCountOf, type Unit } from "./units";

/** The furthest a caption may sit from a shape, however big the shape. */
const MAX_CAPTION_GAP = 100;
/** The reach under or over a shape, as a share of its longer side. */
const CAPTION_SHARE = 0.15;

function reachOf(u: Unit): number {
  const size = Math.max(u.box.maxX - u.box.minX, u.box.maxY - u.box.minY);
  return Math.min(MAX_CAPTION_GAP, Math.max(LABEL_GAP, CAPTION_SHARE * size));
}

/** The gap between a text and a shape right above or below it, or null when it is not there. */
function verticalGap(shape: Box, text: Box): number | null {
  const cx = (text.minX + text.maxX) / 2;
  if (cx < shape.minX || cx > shape.maxX) return null;
  if (text.minY >= shape.maxY) return text.minY - shape.maxY;
  if (text.maxY <= shape.minY) return shape.minY - text.maxY;
  return null;
}

/** The strip between a shape and its caption, where nothing else may lie. */
function between(shape: Box, text: Box): Box {
  const below = text.minY >= shape.maxY;
  return {
    minX: Math.max(shape.minX, text.minX),
    maxX: Math.min(shape.maxX, text.maxX),
    minY: below ? shape.maxY + 1 : text.maxY + 1,
    maxY: below ? text.minY - 1 : shape.minY - 1,
  };
}

/**
 * Attachments for texts that name nothing yet and lie right above or below a wordless
 * shape, further off than a caption usually sits. A text set large as a heading names only
 * a shape within LABEL_GAP (the chip captioned "ESP32 Device" above it), never a far one.
 */
export function farCaptions(
  index: UnitIndex,
  texts: SceneElement[],
  isTitle: (t: SceneElement) => boolean,
): Map<SceneElement, Attachment> {
  const best = new Map<Unit, { text: SceneElement; gap: number }>();
  for (const text of texts) {
    if (isGroupHeading(textOf(text))) continue;
    const box = boxOf(text);
    const reach = isTitle(text) ? LABEL_GAP : MAX_CAPTION_GAP;
    const around = { minX: box.minX, maxX: box.maxX, minY: box.minY - reach, maxY: box.maxY + reach };
    for (const u of index.near(around)) {
      if (u.customKind !== null || u.frame || wordCountOf(u) > 0 || index.isContainer(u) || isScreenshot(u)) continue;
      const gap = verticalGap(u.box, box);
      if (gap === null || gap > Math.min(reach, reachOf(u))) continue;
      const strip = between(u.box, box);
      if (index.near(strip).some((v) => v !== u && !index.isContainer(v))) continue;
      const known = best.get(u);
      if (!known || gap < known.gap || (gap === known.gap && text.order < known.text.order)) best.set(u, { text, gap });
    }
  }
  const out = new Map<SceneElement, Attachment>();
  for (const [unit, { text, gap }] of best) {
    const taken = out.get(text);
    if (taken?.kind === "unit" && taken.gap <= gap) continue;
    out.set(text, { kind: "unit", unit, inside: false, gap });
  }
  return out;
}

/**
 * Attachments for texts that continue a shape's caption on the line right under it, further
 * off than a caption usually sits ("session management" / "chat history cache" under one
 * icon): a caption written as two texts.
 */
export function continuedCaptions(units: Unit[], texts: SceneElement[]): Map<SceneElement, Attachment> {
  const out = new Map<SceneElement, Attachment>();
  const captions = units.flatMap((unit) => unit.nearTexts.map((n) => ({ unit, text: n.text, gap: n.gap })));
  if (!captions.length || !texts.length) return out;
  // The line under a continuation continues it in turn.
  for (let i = 0; i < captions.length; i++) {
    const above = captions[i]!;
    const next = texts.find((t) => !out.has(t) && isNextLine(above.text, t));
    if (!next) continue;
    out.set(next, { kind: "unit", unit: above.unit, inside: false, gap: above.gap });
    captions.push({ unit: above.unit, text: next, gap: above.gap });
  }
  return out;
}

/**
 * Attachments for texts read as notes while floating that are a shape's label once seen on it:
 * a name over detail lines written on a wordless box ("API gateway (main)" over ten lines of
 * what it does) gets the room a bound label gets.
 */
export function labelsOnShapes(index: UnitIndex, notes: SceneElement[]): Map<SceneElement, Attachment> {
  const out = new Map<SceneElement, Attachment>();
  for (const text of notes) {
    if (isNote(text.text ?? textOf(text), true)) continue;
    const box = boxOf(text);
    const middle = center(box);
    let on: Unit | null = null;
    for (const u of index.near(box)) {
      if (!containsPoint(u.box, middle)) continue;
      if (index.isContainer(u) || u.frame || !u.boxLike || wordCountOf(u) > 0) continue;
      if (!on || u.area < on.area) on = u;
    }
    if (on) out.set(text, { kind: "unit", unit: on, inside: true, gap: 0 });
  }
  return out;
}
