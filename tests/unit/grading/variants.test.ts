// One architecture (the seeds' final design, tests/fixtures/drawings/bound-text.excalidraw)
// redrawn in every style people use: the grader must read the same thing from each.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { gradeScene } from "@/lib/grading";

type El = Record<string, unknown> & { id: string; type: string; x: number; y: number; width: number; height: number };
const BASE = (JSON.parse(readFileSync("tests/fixtures/drawings/bound-text.excalidraw", "utf8")) as { elements: El[] })
  .elements;

const isLabel = (e: El) =>
  e.type === "text" &&
  typeof e.containerId === "string" &&
  !BASE.find((x) => x.id === e.containerId && x.type === "arrow");
const shapeOf = (els: El[], text: El) => els.find((x) => x.id === text.containerId)!;
const free = (els: El[], place: (text: El, shape: El) => Partial<El>) =>
  els.map((e) => (isLabel(e) ? { ...e, containerId: null, ...place(e, shapeOf(els, e)) } : e));

const VARIANTS: Record<string, (els: El[]) => El[]> = {
  "bound labels and bound arrows": (els) => els,
  "labels floating on their shapes": (els) => free(els, () => ({})),
  "labels just above their shapes": (els) => free(els, (t, s) => ({ y: s.y - t.height - 6 })),
  "labels just below their shapes": (els) => free(els, (_t, s) => ({ y: s.y + s.height + 6 })),
  "each shape grouped with its label": (els) =>
    free(els, (t) => ({ groupIds: [`g-${String(t.containerId)}`] })).map((e) =>
      e.type !== "text" && e.type !== "arrow" && e.type !== "frame" ? { ...e, groupIds: [`g-${e.id}`] } : e,
    ),
  "the whole drawing grouped": (els) =>
    els.map((e) => ({ ...e, groupIds: [...((e.groupIds as string[]) ?? []), "everything"] })),
  "arrows with loose ends": (els) =>
    els.map((e) => (e.type === "arrow" ? { ...e, startBinding: null, endBinding: null } : e)),
  "plain lines instead of arrows": (els) =>
    els.map((e) => (e.type === "arrow" ? { ...e, type: "line", startBinding: null, endBinding: null } : e)),
  "arrows bound to the label texts": (els) =>
    els.map((e) => {
      if (e.type !== "arrow") return e;
      const label = (b: unknown) => (b ? { elementId: `${(b as { elementId: string }).elementId}-text` } : null);
      return { ...e, startBinding: label(e.startBinding), endBinding: label(e.endBinding) };
    }),
  "stale boundElements everywhere": (els) =>
    els.map((e) => ({ ...e, boundElements: [{ id: "ghost", type: "arrow" }] })),
  "deleted leftovers on top": (els) => [
    ...els,
    ...els.map((e) => ({ ...e, id: `${e.id}-old`, isDeleted: true, x: e.x + 3, text: "Rate limiter" })),
  ],
  "inside one big frame": (els) => [
    { id: "page", type: "frame", x: -5000, y: -5000, width: 12000, height: 12000, name: "Final design" },
    ...els,
  ],
  "moved far away and rotated a little": (els) =>
    els.map((e) => ({ ...e, x: e.x + 50_000, y: e.y - 70_000, angle: e.type === "rectangle" ? 0.05 : e.angle })),
};

function fingerprint(elements: El[]) {
  const result = gradeScene({ type: "excalidraw", elements });
  return {
    score: result.score,
    kinds: result.components.map((c) => `${c.kind}/${c.role ?? ""}/${c.replicas}`).sort(),
    labels: result.components.map((c) => c.label).sort(),
    links: result.connections.length,
    dataCenters: result.zones.filter((z) => /^DC/.test(z.label ?? "")).length,
  };
}

describe("the same architecture in every drawing style", () => {
  const expected = fingerprint(BASE);

  it("the original passes every rule", () => {
    expect(expected.score).toBe(100);
    expect(expected.links).toBe(28);
  });

  it.each(Object.keys(VARIANTS))("%s", (name) => {
    expect(fingerprint(VARIANTS[name]!(structuredClone(BASE)))).toEqual(expected);
  });
});
