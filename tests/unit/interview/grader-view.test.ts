import { describe, expect, it } from "vitest";
import { analyseDrawing } from "@/lib/interviews/client/analyse";
import { summariseGraph, unrecognisedHint } from "@/lib/interviews/client/grader-view";
import type { GraphJson } from "@/lib/grading/types";

const graph: GraphJson = {
  components: [
    { id: "c1", kind: "database", label: "MySQL primary", role: "primary", replicas: 1, zone: "z1", elementIds: ["a"] },
    { id: "c2", kind: "web_server", label: "Web x3", role: null, replicas: 3, zone: null, elementIds: ["b", "b2"] },
    { id: "c3", kind: "database", label: "read replica", role: "replica", replicas: 1, zone: null, elementIds: ["c"] },
    { id: "c4", kind: "unknown", label: "Blorp", role: null, replicas: 1, zone: null, elementIds: ["d"] },
    { id: "c5", kind: "client", label: "Users", role: null, replicas: 1, zone: null, elementIds: ["e"] },
  ],
  connections: [{ from: "c5", to: "c2", label: null, elementIds: ["f"] }],
  zones: [{ id: "z1", label: "DC1", elementIds: ["g"] }],
  unrecognised: [{ label: "Blorp", elementIds: ["d"] }],
};

describe("summariseGraph", () => {
  it("groups components by kind in the contract's order, with counts and instances", () => {
    const summary = summariseGraph(graph);
    expect(summary.groups.map((group) => [group.kind, group.count, group.instances])).toEqual([
      ["client", 1, 1],
      ["web_server", 1, 3],
      ["database", 2, 2],
    ]);
    expect(summary.groups.find((group) => group.kind === "web_server")?.elementIds).toEqual(["b", "b2"]);
    expect(summary).toMatchObject({ componentCount: 4, connectionCount: 1, zoneCount: 1, zoneLabels: { z1: "DC1" } });
  });

  it("lists each unrecognised label once, with a hint", () => {
    const summary = summariseGraph(graph);
    expect(summary.unrecognised).toEqual([
      {
        label: "Blorp",
        elementIds: ["d"],
        hint: "unknownWords",
        component: graph.components[3],
      },
    ]);
  });

  it("carries the hand-tagged components and the connections made from loose ends", () => {
    const loose: GraphJson = {
      ...graph,
      connections: [
        { from: "c5", to: "c2", label: null, elementIds: ["f"], ends: { from: "bound", to: "near" } },
        { from: "c2", to: "c1", label: null, elementIds: ["h"], ends: { from: "bound", to: "bound" } },
        { from: "c2", to: "c3", label: null, elementIds: ["i"] },
      ],
    };
    const summary = summariseGraph(loose, ["c2"]);
    expect(summary.handTagged.has("c2")).toBe(true);
    expect(summary.handTagged.has("c1")).toBe(false);
    expect(summary.loose).toEqual([
      {
        key: "f:c5:c2",
        from: { label: "Users" },
        to: { label: "Web x3" },
        ends: { from: "bound", to: "near" },
        elementIds: ["f", "e", "b", "b2"],
      },
    ]);
  });

  it("tailors the hint to empty and number-only labels", () => {
    expect(unrecognisedHint("")).toBe("unlabelled");
    expect(unrecognisedHint("  ")).toBe("unlabelled");
    expect(unrecognisedHint("x3")).toBe("numbers");
    expect(unrecognisedHint("Blorp")).toBe("unknownWords");
  });
});

describe("analyseDrawing (the engine, in the browser)", () => {
  it("reads a drawing's components and unrecognised labels without grading it", () => {
    const box = (id: string, x: number, label: string) => [
      {
        id,
        type: "rectangle",
        x,
        y: 0,
        width: 160,
        height: 70,
        version: 1,
        boundElements: [{ id: `${id}-t`, type: "text" }],
      },
      {
        id: `${id}-t`,
        type: "text",
        x: x + 10,
        y: 20,
        width: 140,
        height: 25,
        version: 1,
        text: label,
        originalText: label,
        containerId: id,
      },
    ];
    const result = analyseDrawing([
      ...box("a", 0, "Redis cache"),
      ...box("b", 300, "MySQL"),
      ...box("c", 600, "Blorp"),
    ]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const summary = summariseGraph(result.graph);
    expect(summary.groups.map((group) => group.kind)).toEqual(["cache", "database"]);
    expect(summary.unrecognised.map((entry) => entry.label)).toEqual(["Blorp"]);
    expect(result.graph).not.toHaveProperty("score");
  });

  it("turns a drawing the engine refuses into a reason instead of an exception", () => {
    const result = analyseDrawing([{ id: "x", type: "rectangle", x: "nope" }]);
    expect(result).toMatchObject({ ok: false, reason: "invalid_element", message: expect.any(String) });
  });
});

/** A library item's elements with ids made unique per copy and moved right by `dx`. */
function placed(elements: readonly Record<string, unknown>[], copy: number, dx: number) {
  const id = (value: unknown) => (typeof value === "string" ? `${copy}-${value}` : value);
  return elements.map((element) => ({
    ...element,
    id: id(element.id),
    x: (element.x as number) + dx,
    containerId: element.containerId ? id(element.containerId) : null,
    groupIds: ((element.groupIds as string[] | undefined) ?? []).map(id),
    boundElements: ((element.boundElements as { id: string; type: string }[] | null | undefined) ?? []).map(
      (bound) => ({ ...bound, id: id(bound.id) }),
    ),
  }));
}

describe("palette items on the board", () => {
  it("are recognised by their kind, in the panel the candidate sees", async () => {
    const { buildPaletteLibraryItems, PALETTE_ITEMS } = await import("@/lib/palette");
    // Every item side by side, as a candidate dragging them all onto the board would: apart,
    // since a box mostly inside the 560-wide data-center zone belongs to that zone.
    const elements = buildPaletteLibraryItems().flatMap((item, index) =>
      placed(item.elements as unknown as Record<string, unknown>[], index, index * 700),
    );
    const result = analyseDrawing(elements);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const summary = summariseGraph(result.graph);
    expect(new Set(summary.groups.map((group) => group.kind))).toEqual(new Set(PALETTE_ITEMS.map((item) => item.kind)));
    expect(summary.unrecognised).toEqual([]);
  });
});
