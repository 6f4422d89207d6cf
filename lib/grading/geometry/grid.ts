// A uniform grid over scene space. Label and arrow-end matching ask "what lies near this
// point/box"; a grid answers in time proportional to the neighbourhood, keeping the whole
// engine near-linear instead of comparing every text with every shape.
import type { Box } from "./box";

/** Items covering more cells than this go to a short list scanned on every query. */
const MAX_CELLS_PER_ITEM = 64;
/**
 * A query returns at most this many items. Real drawings never pile hundreds of shapes on
 * one spot; a hostile file that does must not make every query cost the whole scene.
 */
export const QUERY_LIMIT = 256;

interface Entry<T> {
  box: Box;
  item: T;
  /** Last query that returned this entry; avoids a seen-set per query. */
  stamp: number;
}

/** The block of cells kept in a flat array (fast, cache-friendly); cells outside go to a map. */
interface Dense<T> {
  x0: number;
  y0: number;
  nx: number;
  ny: number;
  cells: (Entry<T>[] | undefined)[];
}

export class SpatialGrid<T> {
  private readonly sparse = new Map<number, Entry<T>[]>();
  private readonly big: Entry<T>[] = [];
  private stamp = 0;

  constructor(
    private readonly cellSize: number,
    private readonly dense: Dense<T> | null = null,
  ) {}

  /**
   * A grid for these boxes: cells sized to the typical item (median of a sample) so a query
   * touches few cells, stored densely when the drawing's extent allows.
   */
  static forBoxes<T>(boxes: Box[]): SpatialGrid<T> {
    const step = Math.max(1, Math.floor(boxes.length / 64));
    const sizes: number[] = [];
    for (let i = 0; i < boxes.length; i += step) {
      const b = boxes[i]!;
      const s = Math.max(b.maxX - b.minX, b.maxY - b.minY);
      if (s > 0) sizes.push(s);
    }
    sizes.sort((a, b) => a - b);
    const median = sizes[Math.floor(sizes.length / 2)] ?? 100;
    const cellSize = Math.min(4096, Math.max(32, median * 2));
    let minX = Infinity;
    let minY = Infinity;
    let maxX = -Infinity;
    let maxY = -Infinity;
    for (const b of boxes) {
      // Huge items go to the big list anyway; they must not stretch the dense block.
      if ((b.maxX - b.minX) * (b.maxY - b.minY) > MAX_CELLS_PER_ITEM * cellSize * cellSize) continue;
      if (b.minX < minX) minX = b.minX;
      if (b.minY < minY) minY = b.minY;
      if (b.maxX > maxX) maxX = b.maxX;
      if (b.maxY > maxY) maxY = b.maxY;
    }
    if (!(minX <= maxX)) return new SpatialGrid<T>(cellSize);
    const x0 = Math.floor(minX / cellSize);
    const y0 = Math.floor(minY / cellSize);
    const nx = Math.floor(maxX / cellSize) - x0 + 1;
    const ny = Math.floor(maxY / cellSize) - y0 + 1;
    // A sparse drawing (a few boxes far apart) keeps its cells in the map instead.
    if (nx * ny > Math.max(4096, 16 * boxes.length)) return new SpatialGrid<T>(cellSize);
    return new SpatialGrid<T>(cellSize, { x0, y0, nx, ny, cells: new Array<Entry<T>[] | undefined>(nx * ny) });
  }

  private key(cx: number, cy: number): number {
    // Coordinates are bounded (limits.ts), so cell indices stay far below 2^26.
    return (cx + 33_554_432) * 67_108_864 + (cy + 33_554_432);
  }

  private cell(cx: number, cy: number): Entry<T>[] | undefined {
    const d = this.dense;
    if (d) {
      const ix = cx - d.x0;
      const iy = cy - d.y0;
      if (ix >= 0 && iy >= 0 && ix < d.nx && iy < d.ny) return d.cells[ix * d.ny + iy];
    }
    return this.sparse.get(this.key(cx, cy));
  }

  private add(cx: number, cy: number, entry: Entry<T>): void {
    const d = this.dense;
    if (d) {
      const ix = cx - d.x0;
      const iy = cy - d.y0;
      if (ix >= 0 && iy >= 0 && ix < d.nx && iy < d.ny) {
        const i = ix * d.ny + iy;
        const list = d.cells[i];
        if (list) list.push(entry);
        else d.cells[i] = [entry];
        return;
      }
    }
    const k = this.key(cx, cy);
    const list = this.sparse.get(k);
    if (list) list.push(entry);
    else this.sparse.set(k, [entry]);
  }

  insert(box: Box, item: T): void {
    const entry: Entry<T> = { box, item, stamp: 0 };
    const x0 = Math.floor(box.minX / this.cellSize);
    const x1 = Math.floor(box.maxX / this.cellSize);
    const y0 = Math.floor(box.minY / this.cellSize);
    const y1 = Math.floor(box.maxY / this.cellSize);
    if ((x1 - x0 + 1) * (y1 - y0 + 1) > MAX_CELLS_PER_ITEM) {
      this.big.push(entry);
      return;
    }
    for (let cx = x0; cx <= x1; cx++) for (let cy = y0; cy <= y1; cy++) this.add(cx, cy, entry);
  }

  private take(list: Entry<T>[], box: Box, stamp: number, out: T[]): void {
    for (const e of list) {
      if (out.length >= QUERY_LIMIT) return;
      if (e.stamp === stamp) continue;
      e.stamp = stamp;
      const b = e.box;
      if (b.minX <= box.maxX && b.maxX >= box.minX && b.minY <= box.maxY && b.maxY >= box.minY) out.push(e.item);
    }
  }

  /** Items whose box overlaps the query box (each once, at most QUERY_LIMIT of them). */
  query(box: Box): T[] {
    const out: T[] = [];
    const stamp = ++this.stamp;
    const x0 = Math.floor(box.minX / this.cellSize);
    const x1 = Math.floor(box.maxX / this.cellSize);
    const y0 = Math.floor(box.minY / this.cellSize);
    const y1 = Math.floor(box.maxY / this.cellSize);
    if ((x1 - x0 + 1) * (y1 - y0 + 1) <= 4 * MAX_CELLS_PER_ITEM) {
      for (let cx = x0; cx <= x1; cx++) {
        for (let cy = y0; cy <= y1; cy++) {
          const list = this.cell(cx, cy);
          if (list) this.take(list, box, stamp, out);
        }
      }
    } else {
      // A huge query box: scanning the occupied cells is cheaper than enumerating empty ones.
      for (const list of this.dense?.cells ?? []) if (list) this.take(list, box, stamp, out);
      for (const list of this.sparse.values()) this.take(list, box, stamp, out);
    }
    this.take(this.big, box, stamp, out);
    return out;
  }
}
