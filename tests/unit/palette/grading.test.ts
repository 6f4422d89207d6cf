// The palette and the grader agree: every item dropped on a board is read as its kind.
import { describe, expect, it } from "vitest";
import { gradeScene, type ComponentJson } from "@/lib/grading";
import { buildPaletteLibraryItems, PALETTE_ITEMS, type PaletteItemMeta } from "@/lib/palette";

type El = Record<string, unknown> & { id: string; x: number; y: number; groupIds: string[] };

const items = buildPaletteLibraryItems();
const metaOf = (id: string): PaletteItemMeta => PALETTE_ITEMS.find((m) => `scaleboard-${m.id}` === id)!;

/** A copy of an item's elements moved by (dx, dy), as Excalidraw inserts a library item. */
function place(item: (typeof items)[number], dx: number, dy: number): El[] {
  return (item.elements as unknown as El[]).map((e) => ({ ...structuredClone(e), x: e.x + dx, y: e.y + dy }));
}

/** Every item on one board, on a grid wide enough that nothing overlaps or sits close. */
function boardOfEveryItem(): { elements: El[]; idsOf: Map<string, string[]> } {
  const elements: El[] = [];
  const idsOf = new Map<string, string[]>();
  items.forEach((item, i) => {
    const placed = place(item, (i % 5) * 900, Math.floor(i / 5) * 700);
    elements.push(...placed);
    idsOf.set(
      item.id,
      placed.map((e) => e.id),
    );
  });
  return { elements, idsOf };
}

const scene = (elements: El[]) => ({
  type: "excalidraw",
  version: 2,
  source: "test",
  elements,
  appState: {},
  files: {},
});

describe("the grader reads the palette", () => {
  const { elements, idsOf } = boardOfEveryItem();
  const result = gradeScene(scene(elements));

  function componentsOf(itemId: string): ComponentJson[] {
    const ids = new Set(idsOf.get(itemId));
    return result.components.filter((c) => c.elementIds.some((id) => ids.has(id)));
  }

  it("recognises every element of the board, and invents no link between items", () => {
    expect(result.unrecognised).toEqual([]);
    expect(result.components.every((c) => c.kind !== "unknown")).toBe(true);
    expect(result.connections).toEqual([]);
    const covered = new Set([...result.components, ...result.zones].flatMap((c) => c.elementIds));
    expect(elements.filter((e) => !covered.has(e.id)).map((e) => e.id)).toEqual([]);
  });

  it.each(items.map((item) => [item.name!, item.id]))("reads %s as its kind, role and replicas", (_name, itemId) => {
    const meta = metaOf(itemId);
    const found = componentsOf(itemId);
    const zones = result.zones.filter((z) => z.elementIds.some((id) => idsOf.get(itemId)!.includes(id)));
    if (meta.kind === "data_center" && zones.length > 0) {
      // Read as a zone: just as right for a data center.
      expect(found).toEqual([]);
      expect(zones).toHaveLength(1);
      expect(zones[0]!.label).toBe(meta.label);
      return;
    }
    expect(found.length, "components made of the item's elements").toBeGreaterThan(0);
    for (const c of found) {
      expect(c.kind).toBe(meta.kind);
      expect(c.role).toBe(meta.kind === "database" ? (meta.role ?? "standalone") : null);
      expect(c.replicas).toBe(meta.replicas ?? 1);
      expect(c.zone).toBeNull();
    }
    // Exactly the item's elements, none of a neighbour's.
    expect(found.flatMap((c) => c.elementIds).sort()).toEqual([...idsOf.get(itemId)!].sort());
    expect(found.map((c) => c.label)).toContain(meta.label);
  });

  // A multi-shape item (a cylinder, three stacked servers) is one component, as drawn.
  it.each(items.filter((item) => metaOf(item.id).kind !== "data_center").map((item) => [item.name!, item.id]))(
    "reads %s as one component",
    (_name, itemId) => {
      expect(componentsOf(itemId)).toHaveLength(1);
    },
  );
});

describe("the data-center item", () => {
  it("holds what is drawn inside it as a zone", () => {
    const zone = items.find((i) => i.id === "scaleboard-data-center")!;
    const web = items.find((i) => i.id === "scaleboard-web-server")!;
    const elements = [...place(zone, 0, 0), ...place(web, 80, 80)];
    const result = gradeScene(scene(elements));
    expect(result.zones).toEqual([expect.objectContaining({ label: "Data center" })]);
    const server = result.components.find((c) => c.kind === "web_server");
    expect(server?.zone).toBe(result.zones[0]?.id);
  });
});
