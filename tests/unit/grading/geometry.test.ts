import { describe, expect, it } from "vitest";
import { boxDistance, boxOfRect, containsBox, pointDistance, segmentHitsBox } from "@/lib/grading/geometry/box";
import { SpatialGrid } from "@/lib/grading/geometry/grid";

const box = { minX: 0, minY: 0, maxX: 10, maxY: 10 };

describe("geometry", () => {
  it("segment against box", () => {
    expect(segmentHitsBox(-5, 5, 15, 5, box)).toBe(true); // straight through
    expect(segmentHitsBox(-5, -5, -1, 20, box)).toBe(false); // passes by on the left
    expect(segmentHitsBox(2, 2, 3, 3, box)).toBe(true); // inside
    expect(segmentHitsBox(-5, 15, 15, 15, box)).toBe(false); // above, parallel
    expect(segmentHitsBox(-10, 0, 0, 10, { minX: 0, minY: 0, maxX: 10, maxY: 10 })).toBe(true); // touches a corner
  });

  it("distances and containment", () => {
    expect(pointDistance(box, [13, 14])).toBe(5);
    expect(pointDistance(box, [5, 5])).toBe(0);
    expect(boxDistance(box, { minX: 20, minY: 0, maxX: 30, maxY: 10 })).toBe(10);
    expect(containsBox(box, { minX: 1, minY: 1, maxX: 11, maxY: 9 })).toBe(false);
    expect(containsBox(box, { minX: 1, minY: 1, maxX: 11, maxY: 9 }, 2)).toBe(true);
  });

  it("a rotated rectangle's box grows", () => {
    const b = boxOfRect(0, 0, 10, 10, Math.PI / 4);
    expect(b.maxX - b.minX).toBeCloseTo(Math.SQRT2 * 10);
  });

  it("the grid finds what overlaps a query, small and huge items alike, each once", () => {
    const grid = new SpatialGrid<string>(50);
    grid.insert({ minX: 0, minY: 0, maxX: 40, maxY: 40 }, "small");
    grid.insert({ minX: -1e6, minY: -1e6, maxX: 1e6, maxY: 1e6 }, "huge");
    grid.insert({ minX: 90, minY: 0, maxX: 160, maxY: 40 }, "wide");
    expect(grid.query({ minX: 10, minY: 10, maxX: 100, maxY: 20 }).sort()).toEqual(["huge", "small", "wide"]);
    expect(grid.query({ minX: 500, minY: 500, maxX: 510, maxY: 510 })).toEqual(["huge"]);
    expect(grid.query({ minX: -1e7, minY: -1e7, maxX: 1e7, maxY: 1e7 }).sort()).toEqual(["huge", "small", "wide"]);
  });
});
