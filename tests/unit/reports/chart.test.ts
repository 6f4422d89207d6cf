import { describe, expect, it } from "vitest";
import { labelledIndexes, linePath, plotScores, scoreY, type ChartBox } from "@/lib/reports/chart";

const BOX: ChartBox = { width: 500, height: 200, left: 40, right: 10, top: 10, bottom: 30 };

describe("score chart geometry", () => {
  it("maps 100 to the top and 0 to the bottom of the plot area, clamping outliers", () => {
    expect(scoreY(100, BOX)).toBe(10);
    expect(scoreY(0, BOX)).toBe(170);
    expect(scoreY(50, BOX)).toBe(90);
    expect(scoreY(140, BOX)).toBe(10);
  });

  it("spreads points evenly and centres a single one", () => {
    expect(plotScores([0, 50, 100], BOX).map((p) => [p.x, p.y])).toEqual([
      [40, 170],
      [265, 90],
      [490, 10],
    ]);
    expect(plotScores([67], BOX)[0]!.x).toBe(265);
    expect(linePath(plotScores([0, 100], BOX))).toBe("M40.0 170.0 L490.0 10.0");
  });

  it("labels every point when few, a spread of them when many", () => {
    expect(labelledIndexes(3)).toEqual([0, 1, 2]);
    expect(labelledIndexes(11, 6)).toEqual([0, 2, 4, 6, 8, 10]);
    expect(labelledIndexes(0)).toEqual([]);
  });
});
