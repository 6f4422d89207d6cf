// Geometry of the score-over-time chart, kept apart from the SVG so it can be tested.

export interface ChartBox {
  width: number;
  height: number;
  /** Room for the y-axis labels on the left and the dates below. */
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export interface PlottedPoint {
  x: number;
  y: number;
  score: number;
}

export const SCORE_TICKS = [0, 25, 50, 75, 100];

/** y of a 0..100 score inside the box (100 at the top). */
export function scoreY(score: number, box: ChartBox): number {
  const inner = box.height - box.top - box.bottom;
  return box.top + inner * (1 - Math.max(0, Math.min(100, score)) / 100);
}

/**
 * Points spread evenly from left to right in the order given (one per interview, so a busy
 * day does not bunch up), a single point in the middle.
 */
export function plotScores(scores: readonly number[], box: ChartBox): PlottedPoint[] {
  const inner = box.width - box.left - box.right;
  return scores.map((score, index) => ({
    x: scores.length === 1 ? box.left + inner / 2 : box.left + (inner * index) / (scores.length - 1),
    y: scoreY(score, box),
    score,
  }));
}

/** "M x y L x y ...", rounded to one decimal so the markup stays short. */
export function linePath(points: readonly PlottedPoint[]): string {
  return points
    .map((point, index) => `${index === 0 ? "M" : "L"}${point.x.toFixed(1)} ${point.y.toFixed(1)}`)
    .join(" ");
}

/** Which points get a date under the axis: all when few, else first, last and a few between. */
export function labelledIndexes(count: number, max = 6): number[] {
  if (count <= max) return Array.from({ length: count }, (_, index) => index);
  const step = (count - 1) / (max - 1);
  return [...new Set(Array.from({ length: max }, (_, index) => Math.round(index * step)))];
}
