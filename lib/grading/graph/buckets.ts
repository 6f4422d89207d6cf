// A bucket: a flat lid over a body that narrows toward its foot, drawn as one stroke (the
// S3 icon of the AWS libraries, often set on a square tile). It is object storage whatever
// its caption says of what it holds ("ingredients-frontend", "terraform-state"). A body with
// straight sides is a cylinder, a store of another kind; a small funnel in a bigger icon (the
// SNS icon's) is a detail, not a bucket.
import type { SceneElement } from "../scene/types";
import { boxOf } from "./elements";
import type { Unit } from "./units";

/** The foot's width as a share of the lid's: a bucket narrows, a funnel ends in a spout. */
const NARROWED = 0.88;
const SPOUT = 0.6;
/** The body reaches at least this share of the lid's width below the lid. */
const DEPTH = 0.6;

/** The body's width at a share of its depth (0 at the lid, 1 at the foot), from its points. */
function widthAt(line: SceneElement, share: number): number {
  const points = line.points ?? [];
  const top = Math.min(...points.map((p) => p[1]!));
  const depth = Math.max(...points.map((p) => p[1]!)) - top;
  const y = top + share * depth;
  const xs: number[] = [];
  for (let i = 1; i < points.length; i++) {
    const [ax, ay] = points[i - 1]!;
    const [bx, by] = points[i]!;
    if ((ay! - y) * (by! - y) > 0 || ay === by) continue;
    xs.push(ax! + ((y - ay!) * (bx! - ax!)) / (by! - ay!));
  }
  return xs.length >= 2 ? Math.max(...xs) - Math.min(...xs) : 0;
}

/** Whether a lid this wide spans most of the icon (a square tile behind it left out), not a detail of it. */
function isMainDrawing(lidWidth: number, u: Unit): boolean {
  const strokes = u.members.filter((m) => m.type === "ellipse" || m.type === "line");
  const minX = Math.min(...strokes.map((m) => boxOf(m).minX));
  const maxX = Math.max(...strokes.map((m) => boxOf(m).maxX));
  return lidWidth >= 0.5 * (maxX - minX);
}

/** Whether the unit's strokes draw a bucket: a flat lid with a narrowing body hanging from it. */
export function isBucket(u: Unit): boolean {
  if (u.source !== "group") return false;
  const lids = u.members.filter((m) => m.type === "ellipse");
  const bodies = u.members.filter((m) => m.type === "line" && (m.points?.length ?? 0) >= 4);
  for (const lid of lids) {
    const l = boxOf(lid);
    const lw = l.maxX - l.minX;
    if (lw <= 0 || l.maxY - l.minY > 0.45 * lw) continue;
    for (const body of bodies) {
      const b = boxOf(body);
      const bw = b.maxX - b.minX;
      const hangs = b.minY >= l.minY && b.minY <= l.maxY && Math.abs(b.minX - l.minX) <= 0.15 * lw;
      if (!hangs || bw < 0.8 * lw || bw > 1.2 * lw || b.maxY - (l.minY + l.maxY) / 2 < DEPTH * lw) continue;
      const top = widthAt(body, 0.05);
      const foot = widthAt(body, 0.8);
      if (top > 0 && foot <= NARROWED * top && foot >= SPOUT * top && isMainDrawing(lw, u)) return true;
    }
  }
  return false;
}
