import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { COMPONENT_KINDS } from "@/lib/grading/contract";
import {
  buildPaletteLibraryItems,
  PALETTE_ITEMS,
  paletteLibraryFile,
  parseLibraryFile,
  type PaletteItemMeta,
} from "@/lib/palette";

const items = buildPaletteLibraryItems();
const KNOWN_KINDS = new Set<string>(COMPONENT_KINDS.filter((k) => k !== "unknown"));

/** The kinds the palette must offer: every kind of docs/grading.md (lib/grading/contract) but "unknown". */
const REQUIRED_KINDS = KNOWN_KINDS;

type AnyElement = Record<string, unknown> & { id: string; type: string };
const elementsOf = (item: (typeof items)[number]) => item.elements as unknown as AnyElement[];
const metaOf = (id: string): PaletteItemMeta => {
  const meta = PALETTE_ITEMS.find((m) => `scaleboard-${m.id}` === id);
  if (!meta) throw new Error(`no metadata for ${id}`);
  return meta;
};

/** Colours of Excalidraw 0.18's element picker (open-color shades 0, 2, 4, 6, 8) plus its black. */
const EXCALIDRAW_PICKER = new Set([
  "transparent",
  "#1e1e1e",
  ...["#f8f9fa", "#e9ecef", "#ced4da", "#868e96", "#343a40"], // gray
  ...["#fff5f5", "#ffc9c9", "#ff8787", "#fa5252", "#e03131"], // red
  ...["#f3f0ff", "#d0bfff", "#9775fa", "#7950f2", "#6741d9"], // violet
  ...["#f8f0fc", "#eebefa", "#da77f2", "#be4bdb", "#9c36b5"], // grape
  ...["#e7f5ff", "#a5d8ff", "#4dabf7", "#228be6", "#1971c2"], // blue
  ...["#e3fafc", "#99e9f2", "#3bc9db", "#15aabf", "#0c8599"], // cyan
  ...["#ebfbee", "#b2f2bb", "#69db7c", "#40c057", "#2f9e44"], // green
  ...["#fff9db", "#ffec99", "#ffd43b", "#fab005", "#f08c00"], // yellow
  ...["#fff4e6", "#ffd8a8", "#ffa94d", "#fd7e14", "#e8590c"], // orange
]);

describe("PALETTE_ITEMS", () => {
  it("describes every library item, in the same order", () => {
    expect(items.map((i) => i.id)).toEqual(PALETTE_ITEMS.map((m) => `scaleboard-${m.id}`));
    expect(items).toHaveLength(19);
  });

  it("gives each item an English and a Korean name, a label and a description", () => {
    for (const meta of PALETTE_ITEMS) {
      expect(meta.nameEn, meta.id).toMatch(/^[\x20-\x7e×]+$/);
      expect(meta.nameKo, meta.id).toMatch(/[\uac00-\ud7a3]/);
      expect(meta.label.length, meta.id).toBeGreaterThan(0);
      expect(meta.label.length, meta.id).toBeLessThanOrEqual(16);
      expect(meta.description.length, meta.id).toBeGreaterThan(10);
      expect(KNOWN_KINDS.has(meta.kind), meta.id).toBe(true);
    }
  });

  it("offers every kind of the list, and the variants the brief names", () => {
    expect(new Set(PALETTE_ITEMS.map((m) => m.kind))).toEqual(new Set(REQUIRED_KINDS));
    const byId = new Map(PALETTE_ITEMS.map((m) => [m.id, m]));
    expect(byId.get("mobile-client")?.kind).toBe("client");
    expect(byId.get("web-servers-x3")).toMatchObject({ kind: "web_server", replicas: 3 });
    expect(byId.get("database-primary")).toMatchObject({ kind: "database", role: "primary" });
    expect(byId.get("database-replica")).toMatchObject({ kind: "database", role: "replica" });
    expect(byId.get("database-shard")).toMatchObject({ kind: "database", role: "shard" });
  });
});

describe("buildPaletteLibraryItems", () => {
  it("returns published v2 library items named in both languages", () => {
    for (const item of items) {
      const meta = metaOf(item.id);
      expect(item.status).toBe("published");
      expect(Number.isInteger(item.created)).toBe(true);
      expect(item.name).toBe(`${meta.nameEn} / ${meta.nameKo}`);
      expect(item.elements.length).toBeGreaterThan(0);
    }
  });

  it("names items in the reader's language first, with the same ids and drawings", () => {
    const korean = buildPaletteLibraryItems("ko");
    expect(korean.map((item) => item.id)).toEqual(items.map((item) => item.id));
    expect(korean.map((item) => item.elements)).toEqual(items.map((item) => item.elements));
    for (const item of korean) {
      const meta = metaOf(item.id);
      expect(item.name).toBe(`${meta.nameKo} / ${meta.nameEn}`);
    }
  });

  it("marks every element with a known kind, and the item's role and replicas", () => {
    for (const item of items) {
      const meta = metaOf(item.id);
      for (const element of elementsOf(item)) {
        const custom = element.customData as Record<string, unknown> | undefined;
        expect(custom, element.id).toBeDefined();
        expect(KNOWN_KINDS.has(String(custom?.kind)), element.id).toBe(true);
        expect(custom?.kind, element.id).toBe(meta.kind);
        expect(custom?.role, element.id).toBe(meta.role);
        expect(custom?.replicas, element.id).toBe(meta.replicas);
        expect(
          Object.keys(custom ?? {}).every((k) => ["kind", "role", "replicas"].includes(k)),
          element.id,
        ).toBe(true);
      }
    }
  });

  it("uses ids unique across the whole library", () => {
    const itemIds = items.map((i) => i.id);
    const elementIds = items.flatMap((i) => elementsOf(i).map((e) => e.id));
    expect(new Set(itemIds).size).toBe(itemIds.length);
    expect(new Set(elementIds).size).toBe(elementIds.length);
    expect(elementIds.some((id) => itemIds.includes(id))).toBe(false);
    // Group ids are per item too, so two items never merge into one group.
    const groupOwners = new Map<string, string>();
    for (const item of items) {
      for (const g of elementsOf(item).flatMap((e) => e.groupIds as string[])) {
        expect(groupOwners.get(g) ?? item.id).toBe(item.id);
        groupOwners.set(g, item.id);
      }
    }
  });

  it("binds each label to its shape both ways (containerId and boundElements)", () => {
    for (const item of items) {
      const elements = elementsOf(item);
      const byId = new Map(elements.map((e) => [e.id, e]));
      const texts = elements.filter((e) => e.type === "text");
      expect(texts, item.id).toHaveLength(1);
      const text = texts[0]!;
      expect(text.text).toBe(metaOf(item.id).label);
      expect(text.originalText).toBe(text.text);

      const container = byId.get(String(text.containerId));
      expect(container, `${item.id}: containerId`).toBeDefined();
      expect(["rectangle", "ellipse", "diamond"]).toContain(container?.type);
      expect(container?.boundElements).toEqual([{ id: text.id, type: "text" }]);
      // The container comes first, so the label is drawn over it.
      expect(elements.indexOf(container!)).toBeLessThan(elements.indexOf(text));

      for (const element of elements) {
        const bound = (element.boundElements ?? []) as { id: string; type: string }[];
        for (const b of bound) {
          expect(b.type).toBe("text");
          expect(byId.get(b.id)?.containerId, `${element.id} → ${b.id}`).toBe(element.id);
        }
        if (element !== container) expect(bound, element.id).toEqual([]);
      }
    }
  });

  it("builds complete Excalidraw elements", () => {
    const base: Record<string, (v: unknown) => boolean> = {
      id: (v) => typeof v === "string" && v.length > 0,
      x: Number.isFinite,
      y: Number.isFinite,
      width: (v) => typeof v === "number" && v > 0,
      height: (v) => typeof v === "number" && v > 0,
      angle: (v) => v === 0,
      strokeColor: (v) => typeof v === "string",
      backgroundColor: (v) => typeof v === "string",
      fillStyle: (v) => ["hachure", "cross-hatch", "solid", "zigzag"].includes(v as string),
      strokeWidth: (v) => typeof v === "number" && v > 0,
      strokeStyle: (v) => ["solid", "dashed", "dotted"].includes(v as string),
      roughness: (v) => [0, 1, 2].includes(v as number),
      opacity: (v) => v === 100,
      groupIds: Array.isArray,
      frameId: (v) => v === null,
      roundness: (v) => v === null || (typeof v === "object" && [1, 2, 3].includes((v as { type: number }).type)),
      seed: (v) => Number.isInteger(v) && (v as number) > 0 && (v as number) < 2 ** 31,
      version: (v) => Number.isInteger(v) && (v as number) >= 1,
      versionNonce: (v) => Number.isInteger(v),
      index: (v) => typeof v === "string" && /^a[0-9A-Za-z]$/.test(v),
      isDeleted: (v) => v === false,
      boundElements: Array.isArray,
      updated: Number.isInteger,
      link: (v) => v === null,
      locked: (v) => v === false,
      customData: (v) => typeof v === "object" && v !== null,
    };
    const text: Record<string, (v: unknown) => boolean> = {
      text: (v) => typeof v === "string" && v.length > 0,
      originalText: (v) => typeof v === "string",
      fontSize: (v) => v === 20,
      fontFamily: (v) => v === 5,
      textAlign: (v) => ["left", "center"].includes(v as string),
      verticalAlign: (v) => ["top", "middle"].includes(v as string),
      containerId: (v) => typeof v === "string",
      autoResize: (v) => v === true,
      lineHeight: (v) => v === 1.25,
    };
    for (const item of items) {
      const elements = elementsOf(item);
      // Fractional indices ascend in drawing order.
      const indices = elements.map((e) => String(e.index));
      expect([...indices].sort()).toEqual(indices);
      for (const element of elements) {
        const checks = element.type === "text" ? { ...base, ...text } : base;
        for (const [field, valid] of Object.entries(checks)) {
          expect(field in element, `${element.id} has ${field}`).toBe(true);
          expect(valid(element[field]), `${element.id}.${field} = ${JSON.stringify(element[field])}`).toBe(true);
        }
        expect(["rectangle", "ellipse", "text"]).toContain(element.type);
      }
    }
  });

  it("looks consistent: Excalidraw colours, standard sizes, round corners, centred labels", () => {
    for (const item of items) {
      const meta = metaOf(item.id);
      for (const element of elementsOf(item)) {
        expect(EXCALIDRAW_PICKER.has(String(element.strokeColor)), `${element.id} stroke`).toBe(true);
        expect(EXCALIDRAW_PICKER.has(String(element.backgroundColor)), `${element.id} fill`).toBe(true);
        if (element.type === "text") {
          const zone = meta.shape === "zone";
          expect(element.textAlign, element.id).toBe(zone ? "left" : "center");
          expect(element.verticalAlign, element.id).toBe(zone ? "top" : "middle");
        }
      }
      const shape = elementsOf(item).find((e) => e.id === `sb-${meta.id}-shape`)!;
      expect(shape, meta.id).toBeDefined();
      if (meta.shape === "box" || meta.shape === "ellipse" || meta.shape === "stack" || meta.shape === "cylinder") {
        expect([shape.width, shape.height], meta.id).toEqual([180, 80]);
      }
      if (meta.shape === "ellipse") expect(shape.type).toBe("ellipse");
      if (meta.shape === "box" || meta.shape === "phone" || meta.shape === "wide" || meta.shape === "stack") {
        expect(shape.type).toBe("rectangle");
        expect(shape.roundness, meta.id).toEqual({ type: 3 });
      }
      if (meta.shape === "wide") expect(Number(shape.width) / Number(shape.height)).toBeGreaterThanOrEqual(3);
    }
  });

  it("draws the zone large and dashed, with a transparent fill and its title top-left", () => {
    const zone = items.find((i) => i.id === "scaleboard-data-center")!;
    const [frame, title] = elementsOf(zone);
    expect(frame).toMatchObject({ type: "rectangle", strokeStyle: "dashed", backgroundColor: "transparent" });
    expect(Number(frame!.width)).toBeGreaterThanOrEqual(400);
    expect(Number(frame!.height)).toBeGreaterThanOrEqual(300);
    expect(title).toMatchObject({ type: "text", textAlign: "left", verticalAlign: "top", x: 5, y: 5 });
  });

  it("groups multi-shape items and leaves single shapes ungrouped", () => {
    for (const item of items) {
      const elements = elementsOf(item);
      const shapes = elements.filter((e) => e.type !== "text");
      if (shapes.length === 1) {
        for (const e of elements) expect(e.groupIds, e.id).toEqual([]);
      } else {
        const group = (shapes[0]!.groupIds as string[])[0];
        expect(group, item.id).toBeDefined();
        for (const e of elements) expect(e.groupIds, e.id).toEqual([group]);
      }
    }
    const stack = items.find((i) => i.id === "scaleboard-web-servers-x3")!;
    expect(elementsOf(stack).filter((e) => e.type === "rectangle")).toHaveLength(3);
  });

  it("keeps each label inside its shape", () => {
    for (const item of items) {
      const elements = elementsOf(item);
      const text = elements.find((e) => e.type === "text")!;
      const shape = elements.find((e) => e.id === text.containerId)!;
      const [tx, ty, tw, th] = [text.x, text.y, text.width, text.height].map(Number) as [
        number,
        number,
        number,
        number,
      ];
      const [sx, sy, sw, sh] = [shape.x, shape.y, shape.width, shape.height].map(Number) as [
        number,
        number,
        number,
        number,
      ];
      expect(tx, item.id).toBeGreaterThanOrEqual(sx);
      expect(ty, item.id).toBeGreaterThanOrEqual(sy);
      expect(tx + tw, item.id).toBeLessThanOrEqual(sx + sw);
      expect(ty + th, item.id).toBeLessThanOrEqual(sy + sh);
    }
  });

  it("is deterministic: two builds are identical, and callers cannot corrupt the next", () => {
    const again = buildPaletteLibraryItems();
    expect(again).toEqual(items);
    (again[0]!.elements[0]!.customData as Record<string, unknown>).kind = "cache";
    expect(buildPaletteLibraryItems()).toEqual(items);
    expect(JSON.stringify(buildPaletteLibraryItems())).toBe(JSON.stringify(items));
  });
});

describe("paletteLibraryFile", () => {
  it("is a version-2 .excalidrawlib document holding the palette", () => {
    const file = paletteLibraryFile();
    expect(file.type).toBe("excalidrawlib");
    expect(file.version).toBe(2);
    expect(typeof file.source).toBe("string");
    expect(file.libraryItems).toEqual(items);
  });

  it("reads back through parseLibraryFile unchanged", () => {
    const text = JSON.stringify(paletteLibraryFile());
    expect(parseLibraryFile(text)).toEqual(items);
    expect(parseLibraryFile(JSON.parse(text))).toEqual(items);
  });
});

describe("lib/palette runtime imports", () => {
  it("imports nothing at runtime but zod and its own files (types only from Excalidraw)", () => {
    for (const file of ["index.ts", "items.ts", "elements.ts", "library-file.ts"]) {
      const source = readFileSync(new URL(`../../../lib/palette/${file}`, import.meta.url), "utf8");
      const runtime = [...source.matchAll(/^(?:import|export)\s+(?!type\b)[^;]*?from\s+"([^"]+)"/gm)].map((m) => m[1]);
      for (const specifier of runtime) {
        expect(specifier === "zod" || specifier?.startsWith("./"), `${file} imports ${specifier}`).toBe(true);
      }
    }
  });
});
