import { describe, expect, it } from "vitest";
import { sceneBounds, toScreen } from "@/lib/interviews/client/overlay-geometry";

describe("sceneBounds", () => {
  const elements = [
    { id: "box", x: 10, y: 20, width: 100, height: 50 },
    { id: "label", x: 30, y: 35, width: 40, height: 20 },
    { id: "arrow", x: 200, y: 100, width: 80, height: 40, points: [[0, 0] as const, [80, -40] as const] },
    { id: "gone", x: -500, y: -500, width: 10, height: 10, isDeleted: true },
  ];

  it("spans the live elements asked for", () => {
    expect(sceneBounds(elements, ["box", "label"])).toEqual({ minX: 10, minY: 20, maxX: 110, maxY: 70 });
    expect(sceneBounds(elements, new Set(["box", "arrow", "gone"]))).toEqual({
      minX: 10,
      minY: 20,
      maxX: 280,
      maxY: 100,
    });
    expect(sceneBounds(elements, ["gone", "missing"])).toBeNull();
  });

  it("turns a rotated shape about its centre", () => {
    const bounds = sceneBounds([{ id: "r", x: 0, y: 0, width: 100, height: 20, angle: Math.PI / 2 }], ["r"])!;
    expect(bounds.minX).toBeCloseTo(40);
    expect(bounds.maxX).toBeCloseTo(60);
    expect(bounds.minY).toBeCloseTo(-40);
    expect(bounds.maxY).toBeCloseTo(60);
  });
});

describe("toScreen", () => {
  it("maps scene coordinates as Excalidraw does: (scene + scroll) × zoom, padded", () => {
    expect(toScreen({ minX: 10, minY: 20, maxX: 110, maxY: 70 }, { scrollX: 5, scrollY: -10, zoom: 2 }, 4)).toEqual({
      left: 26,
      top: 16,
      width: 208,
      height: 108,
    });
  });
});
