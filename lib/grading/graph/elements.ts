// What each live element is for the graph: a text, a connector (arrow or open line), or a
// drawn shape; and where it lies.
import { boxOfPoints, boxOfRect, segmentHitsBox, type Box } from "../geometry/box";
import { memoByText } from "../classify/memo";
import type { SceneElement } from "../scene/types";

export type Category = "text" | "connector" | "shape";

/** Shapes that can hold other shapes, i.e. act as a zone or a card. */
const BOX_LIKE = new Set(["rectangle", "frame", "magicframe", "ellipse", "diamond", "iframe", "embeddable"]);
const FRAMES = new Set(["frame", "magicframe"]);

export function isFrame(e: SceneElement): boolean {
  return FRAMES.has(e.type);
}

export function isBoxLike(e: SceneElement): boolean {
  return BOX_LIKE.has(e.type);
}

function isClosedPolyline(e: SceneElement): boolean {
  const pts = e.points;
  if (!pts || pts.length < 3) return false;
  const first = pts[0]!;
  const last = pts[pts.length - 1]!;
  return Math.abs(first[0]! - last[0]!) <= 1 && Math.abs(first[1]! - last[1]!) <= 1;
}

export function categoryOf(e: SceneElement): Category {
  if (e.type === "text") return "text";
  // A closed line is a drawn outline (a cylinder, a cloud), not a link.
  if (e.type === "arrow" || (e.type === "line" && !isClosedPolyline(e))) return "connector";
  return "shape";
}

export function boxOf(e: SceneElement): Box {
  if (Number.isNaN(e.minX)) {
    const b = computeBox(e);
    e.minX = b.minX;
    e.minY = b.minY;
    e.maxX = b.maxX;
    e.maxY = b.maxY;
  }
  return e;
}

function computeBox(e: SceneElement): Box {
  if (e.points && e.points.length > 0) return boxOfPoints(e.points, e.x, e.y);
  if (e.type === "text" && (e.width <= 0 || e.height <= 0) && e.text) {
    // Hand-made scenes may omit a text's size; estimate it from the font.
    const size = e.fontSize ?? 20;
    const lines = e.text.split("\n");
    const longest = Math.max(...lines.map((l) => l.length));
    return boxOfRect(
      e.x,
      e.y,
      Math.max(e.width, longest * size * 0.6),
      Math.max(e.height, lines.length * size * 1.25),
      e.angle,
    );
  }
  return boxOfRect(e.x, e.y, e.width, e.height, e.angle);
}

/** A connector's two ends in scene coordinates. */
export function endsOf(e: SceneElement): [[number, number], [number, number]] {
  const pts = e.points;
  if (pts && pts.length >= 2) {
    const first = pts[0]!;
    const last = pts[pts.length - 1]!;
    return [
      [e.x + first[0]!, e.y + first[1]!],
      [e.x + last[0]!, e.y + last[1]!],
    ];
  }
  return [
    [e.x, e.y],
    [e.x + e.width, e.y + e.height],
  ];
}

/** Whether any segment of a connector's path crosses the box. */
export function pathCrosses(e: SceneElement, box: Box): boolean {
  const pts = e.points;
  if (!pts || pts.length < 2) {
    const [[x1, y1], [x2, y2]] = endsOf(e);
    return segmentHitsBox(x1, y1, x2, y2, box);
  }
  for (let i = 1; i < pts.length; i++) {
    const p = pts[i - 1]!;
    const q = pts[i]!;
    if (segmentHitsBox(e.x + p[0]!, e.y + p[1]!, e.x + q[0]!, e.y + q[1]!, box)) return true;
  }
  return false;
}

/** Whitespace collapsed, read once per distinct text: drawings repeat their labels. */
const collapsed = memoByText((text: string) => text.replace(/\s+/g, " ").trim());

/** The text as a person wrote it: originalText, whitespace collapsed. */
export function textOf(e: SceneElement): string {
  return (e.label ??= collapsed(e.text ?? ""));
}
