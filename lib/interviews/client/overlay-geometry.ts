/**
 * Where elements sit on screen, for marks drawn over the whiteboard without touching the
 * drawing (nothing here is saved). Scene coordinates become the board's own pixel coordinates
 * the way Excalidraw maps them: (scene + scroll) × zoom.
 */

/** The parts of an element its bounds need. */
export interface PlacedElement {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
  angle?: number;
  isDeleted?: boolean;
  /** Lines and arrows: their points, relative to x and y. */
  points?: readonly (readonly [number, number])[];
}

export interface Bounds {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

export interface Viewport {
  scrollX: number;
  scrollY: number;
  zoom: number;
}

export interface ScreenBox {
  left: number;
  top: number;
  width: number;
  height: number;
}

function corners(element: PlacedElement): [number, number][] {
  if (element.points?.length) return element.points.map(([px, py]) => [element.x + px, element.y + py]);
  const { x, y, width, height } = element;
  const box: [number, number][] = [
    [x, y],
    [x + width, y],
    [x + width, y + height],
    [x, y + height],
  ];
  const angle = element.angle ?? 0;
  if (!angle) return box;
  // Excalidraw rotates a shape about its centre.
  const cx = x + width / 2;
  const cy = y + height / 2;
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  return box.map(([px, py]) => [cx + (px - cx) * cos - (py - cy) * sin, cy + (px - cx) * sin + (py - cy) * cos]);
}

/** The box around the live elements among `ids`, in scene coordinates; null when none is live. */
export function sceneBounds(
  elements: readonly PlacedElement[],
  ids: readonly string[] | ReadonlySet<string>,
): Bounds | null {
  const wanted = ids instanceof Set ? ids : new Set(ids as readonly string[]);
  let bounds: Bounds | null = null;
  for (const element of elements) {
    if (element.isDeleted || !wanted.has(element.id)) continue;
    for (const [px, py] of corners(element)) {
      if (!Number.isFinite(px) || !Number.isFinite(py)) continue;
      bounds = bounds
        ? {
            minX: Math.min(bounds.minX, px),
            minY: Math.min(bounds.minY, py),
            maxX: Math.max(bounds.maxX, px),
            maxY: Math.max(bounds.maxY, py),
          }
        : { minX: px, minY: py, maxX: px, maxY: py };
    }
  }
  return bounds;
}

/** A scene box on screen, `padding` pixels larger on every side (the mark sits around the element). */
export function toScreen(bounds: Bounds, viewport: Viewport, padding = 0): ScreenBox {
  const { scrollX, scrollY, zoom } = viewport;
  return {
    left: (bounds.minX + scrollX) * zoom - padding,
    top: (bounds.minY + scrollY) * zoom - padding,
    width: (bounds.maxX - bounds.minX) * zoom + padding * 2,
    height: (bounds.maxY - bounds.minY) * zoom + padding * 2,
  };
}
