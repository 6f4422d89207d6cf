// The benches' one percentile: nearest rank, so p50 of an even count is the lower middle and
// p100 the maximum, whatever order the times were recorded in.
import { describe, expect, it } from "vitest";
import { percentile } from "../../../scripts/bench-stats";

describe("percentile", () => {
  const times = [9, 1, 5, 3, 7, 2, 8, 4, 10, 6];

  it("takes the nearest rank of the sorted values", () => {
    expect(percentile(times, 50)).toBe(5);
    expect(percentile(times, 95)).toBe(10);
    expect(percentile(times, 90)).toBe(9);
    expect(percentile(times, 100)).toBe(10);
    expect(percentile(times, 0)).toBe(1);
  });

  it("leaves the values as they were, and answers NaN for none", () => {
    percentile(times, 50);
    expect(times[0]).toBe(9);
    expect(percentile([], 95)).toBeNaN();
  });
});
