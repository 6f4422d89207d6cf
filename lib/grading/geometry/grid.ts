// A uniform grid over scene space. Label and arrow-end matching ask "what lies near this
// point/box"; a grid answers in time proportional to the neighbourhood, keeping the whole
// engine near-linear instead of comparing every text with every shape.
import type { Box } from "./box";

/** Items covering more cells than this go to a short list scanned on every query. */
const MAX_CELLS_PER_ITEM = 64;

export class SpatialGrid<T> {
  private readonly cells = new Map<number, T[]>();
  private readonly big: { box: Box; item: T }[] = [];
  private readonly boxes = new Map<T, Box>();
  private stamp = 0;
  private readonly seen = new Map<T, number>();

  constructor(private readonly cellSize: number) {}

  /** A cell size fitted to the typical item so each query touches few cells. */
  static forBoxes<T>(boxes: Box[]): SpatialGrid<T> {
    const sizes = boxes
      .map((b) => Math.max(b.maxX - b.minX, b.maxY - b.minY))
      .filter((s) => s > 0)
      .sort((a, b) => a - b);
    const median = sizes[Math.floor(sizes.length / 2)] ?? 100;
    return new SpatialGrid<T>(Math.min(4096, Math.max(32, median * 2)));
  }

  private key(cx: number, cy: number): number {
    // Coordinates are bounded (limits.ts), so cell indices stay far below 2^26.
    return (cx + 33_554_432) * 67_108_864 + (cy + 33_554_432);
  }

  insert(box: Box, item: T): void {
    this.boxes.set(item, box);
    const x0 = Math.floor(box.minX / this.cellSize);
    const x1 = Math.floor(box.maxX / this.cellSize);
    const y0 = Math.floor(box.minY / this.cellSize);
    const y1 = Math.floor(box.maxY / this.cellSize);
    if ((x1 - x0 + 1) * (y1 - y0 + 1) > MAX_CELLS_PER_ITEM) {
      this.big.push({ box, item });
      return;
    }
    for (let cx = x0; cx <= x1; cx++) {
      for (let cy = y0; cy <= y1; cy++) {
        const k = this.key(cx, cy);
        const list = this.cells.get(k);
        if (list) list.push(item);
        else this.cells.set(k, [item]);
      }
    }
  }

  boxOf(item: T): Box | undefined {
    return this.boxes.get(item);
  }

  /** Items whose box overlaps the query box (each once). */
  query(box: Box): T[] {
    const out: T[] = [];
    const stamp = ++this.stamp;
    const x0 = Math.floor(box.minX / this.cellSize);
    const x1 = Math.floor(box.maxX / this.cellSize);
    const y0 = Math.floor(box.minY / this.cellSize);
    const y1 = Math.floor(box.maxY / this.cellSize);
    const visit = (item: T) => {
      if (this.seen.get(item) === stamp) return;
      this.seen.set(item, stamp);
      const b = this.boxes.get(item)!;
      if (b.minX <= box.maxX && b.maxX >= box.minX && b.minY <= box.maxY && b.maxY >= box.minY) out.push(item);
    };
    if ((x1 - x0 + 1) * (y1 - y0 + 1) <= 4 * MAX_CELLS_PER_ITEM) {
      for (let cx = x0; cx <= x1; cx++) {
        for (let cy = y0; cy <= y1; cy++) {
          const list = this.cells.get(this.key(cx, cy));
          if (list) for (const item of list) visit(item);
        }
      }
    } else {
      // A huge query box: scanning the occupied cells is cheaper than enumerating empty ones.
      for (const list of this.cells.values()) for (const item of list) visit(item);
    }
    for (const { item } of this.big) visit(item);
    return out;
  }
}
