/** Axis-aligned bounding box in scene units. */
export interface Box {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

export type Point = [number, number];

/** Box of points, each offset by (dx, dy) (linear elements store points relative to x, y). */
export function boxOfPoints(points: readonly (readonly number[])[], dx = 0, dy = 0): Box {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const p of points) {
    const x = p[0]! + dx;
    const y = p[1]! + dy;
    if (x < minX) minX = x;
    if (y < minY) minY = y;
    if (x > maxX) maxX = x;
    if (y > maxY) maxY = y;
  }
  return { minX, minY, maxX, maxY };
}

/** Box of a rectangle given as x, y, width, height (negative sizes allowed), turned by angle radians. */
export function boxOfRect(x: number, y: number, width: number, height: number, angle: number): Box {
  const minX = Math.min(x, x + width);
  const minY = Math.min(y, y + height);
  const maxX = Math.max(x, x + width);
  const maxY = Math.max(y, y + height);
  if (!angle) return { minX, minY, maxX, maxY };
  const cx = (minX + maxX) / 2;
  const cy = (minY + maxY) / 2;
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  const corners: Point[] = [
    [minX, minY],
    [maxX, minY],
    [maxX, maxY],
    [minX, maxY],
  ].map(([px, py]) => [cx + (px! - cx) * cos - (py! - cy) * sin, cy + (px! - cx) * sin + (py! - cy) * cos]);
  return boxOfPoints(corners);
}

export function union(a: Box, b: Box): Box {
  return {
    minX: Math.min(a.minX, b.minX),
    minY: Math.min(a.minY, b.minY),
    maxX: Math.max(a.maxX, b.maxX),
    maxY: Math.max(a.maxY, b.maxY),
  };
}

export function area(b: Box): number {
  return Math.max(0, b.maxX - b.minX) * Math.max(0, b.maxY - b.minY);
}

export function center(b: Box): Point {
  return [(b.minX + b.maxX) / 2, (b.minY + b.maxY) / 2];
}

export function expand(b: Box, by: number): Box {
  return { minX: b.minX - by, minY: b.minY - by, maxX: b.maxX + by, maxY: b.maxY + by };
}

export function containsPoint(b: Box, [x, y]: Point): boolean {
  return x >= b.minX && x <= b.maxX && y >= b.minY && y <= b.maxY;
}

/** Whether outer holds inner entirely, allowing `slack` units of sloppy drawing. */
export function containsBox(outer: Box, inner: Box, slack = 0): boolean {
  return (
    inner.minX >= outer.minX - slack &&
    inner.minY >= outer.minY - slack &&
    inner.maxX <= outer.maxX + slack &&
    inner.maxY <= outer.maxY + slack
  );
}

/** Gap between a point and a box; 0 when inside. */
export function pointDistance(b: Box, [x, y]: Point): number {
  const dx = Math.max(b.minX - x, 0, x - b.maxX);
  const dy = Math.max(b.minY - y, 0, y - b.maxY);
  return Math.hypot(dx, dy);
}

/** Gap between two boxes; 0 when they touch or overlap. */
export function boxDistance(a: Box, b: Box): number {
  const dx = Math.max(a.minX - b.maxX, 0, b.minX - a.maxX);
  const dy = Math.max(a.minY - b.maxY, 0, b.minY - a.maxY);
  return Math.hypot(dx, dy);
}

/** Whether the segment (px, py)-(qx, qy) crosses or touches the box (Liang-Barsky clipping). */
export function segmentHitsBox(px: number, py: number, qx: number, qy: number, b: Box): boolean {
  let t0 = 0;
  let t1 = 1;
  const dx = qx - px;
  const dy = qy - py;
  // Clip against each edge in turn (left, right, top, bottom): p·t <= q must hold for the
  // part of the segment kept. A loop, not a closure: this runs for every text near an arrow.
  for (let edge = 0; edge < 4; edge++) {
    const p = edge === 0 ? -dx : edge === 1 ? dx : edge === 2 ? -dy : dy;
    const q = edge === 0 ? px - b.minX : edge === 1 ? b.maxX - px : edge === 2 ? py - b.minY : b.maxY - py;
    if (p === 0) {
      if (q < 0) return false;
      continue;
    }
    const t = q / p;
    if (p < 0) {
      if (t > t1) return false;
      if (t > t0) t0 = t;
    } else {
      if (t < t0) return false;
      if (t < t1) t1 = t;
    }
  }
  return true;
}
