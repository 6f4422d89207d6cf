// Where the submitted drawing's elements are and what they say: for pins on the canvas, for
// picking elements to comment on, and for naming them in a thread.

export interface ElementBox {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
  /** The element's own text, or its bound label's; else its type. */
  label: string;
}

interface RawElement {
  id?: unknown;
  type?: unknown;
  x?: unknown;
  y?: unknown;
  width?: unknown;
  height?: unknown;
  text?: unknown;
  containerId?: unknown;
  isDeleted?: unknown;
}

const num = (value: unknown) => (typeof value === "number" && Number.isFinite(value) ? value : 0);

/** The live elements' boxes, a bound label folded into its container (the container is what one points at). */
export function elementBoxes(elements: readonly unknown[]): Map<string, ElementBox> {
  const raw = elements.filter(
    (e): e is RawElement => !!e && typeof e === "object" && typeof (e as RawElement).id === "string",
  );
  const live = raw.filter((e) => !e.isDeleted);
  const labels = new Map<string, string>();
  for (const e of live) {
    if (e.type === "text" && typeof e.containerId === "string" && typeof e.text === "string") {
      labels.set(e.containerId, e.text);
    }
  }
  const boxes = new Map<string, ElementBox>();
  for (const e of live) {
    if (e.type === "text" && typeof e.containerId === "string") continue;
    const id = e.id as string;
    const own = e.type === "text" && typeof e.text === "string" ? e.text : undefined;
    // Arrows and lines have signed sizes; a box is always drawn from its top-left corner.
    const width = num(e.width);
    const height = num(e.height);
    boxes.set(id, {
      id,
      x: Math.min(num(e.x), num(e.x) + width),
      y: Math.min(num(e.y), num(e.y) + height),
      width: Math.abs(width),
      height: Math.abs(height),
      label: (labels.get(id) ?? own ?? (typeof e.type === "string" ? e.type : "element")).replace(/\s+/g, " ").trim(),
    });
  }
  return boxes;
}

/** The topmost box containing the point (later elements are drawn over earlier ones). */
export function boxAt(boxes: Map<string, ElementBox>, x: number, y: number, slack = 4): ElementBox | null {
  let hit: ElementBox | null = null;
  for (const box of boxes.values()) {
    if (x >= box.x - slack && x <= box.x + box.width + slack && y >= box.y - slack && y <= box.y + box.height + slack) {
      // Prefer the smaller of nested boxes: a zone's member over the zone.
      if (!hit || box.width * box.height <= hit.width * hit.height) hit = box;
    }
  }
  return hit;
}
