// The committed labelled drawings (tests/fixtures/reading, tests/fixtures/corpus/labels) are
// read at least as well as issue 12 asks: a correctness floor, not a timing test.
import { describe, expect, it } from "vitest";
import { COMMITTED_DIRS, labelledDrawings, scoreDrawing, TARGET, totals } from "@/scripts/bench-reading";

describe("reading the labelled drawings", () => {
  const drawings = COMMITTED_DIRS.flatMap((d) => labelledDrawings(d));

  it("has a labelled drawing for each corpus diagram and each pattern of issue 12", () => {
    expect(drawings.length).toBeGreaterThanOrEqual(15);
  });

  it("stays above 95% component recall and precision and 90% connection recall", () => {
    const scores = drawings.map((d) => scoreDrawing(d.name, d.scene, d.labels));
    const t = totals(scores);
    const misses = scores.flatMap((s) => s.misses.map((m) => `${s.name}: ${m}`)).join("\n");
    expect(t.recall, misses).toBeGreaterThanOrEqual(TARGET.recall);
    expect(t.precision, misses).toBeGreaterThanOrEqual(TARGET.precision);
    expect(t.connections, misses).toBeGreaterThanOrEqual(TARGET.connections);
  });

  it("scores a drawing against its labels: a wrong kind is a miss and an extra", () => {
    const scene = {
      elements: [
        { id: "a", type: "rectangle", x: 0, y: 0, width: 100, height: 60 },
        { id: "at", type: "text", x: 10, y: 10, width: 60, height: 20, text: "Redis", containerId: "a" },
        { id: "b", type: "rectangle", x: 300, y: 0, width: 100, height: 60 },
        { id: "bt", type: "text", x: 310, y: 10, width: 60, height: 20, text: "Web server", containerId: "b" },
      ],
    };
    const s = scoreDrawing("tiny", scene, {
      components: [
        { id: "r", kind: "database", elementIds: ["a"] },
        { id: "w", kind: "web_server", elementIds: ["b"] },
      ],
      connections: [["r", "w"]],
    });
    expect([s.found, s.components, s.right, s.reported, s.linked, s.connections]).toEqual([1, 2, 1, 2, 0, 1]);
  });
});
