import { describe, expect, it } from "vitest";
import { describeGraph, type ComponentJson } from "@/lib/grading";
import { buildPaletteLibraryItems } from "@/lib/palette";
import {
  elementsToTag,
  handTaggedComponentIds,
  isHandTagged,
  tagElements,
  withCustomData,
  TAG_KINDS,
  type TaggableElement,
} from "@/lib/interviews/client/tag-element";
import { SceneBuilder } from "../grading/scene-builder";

type Element = TaggableElement & Record<string, unknown>;

const fixed = { now: 1234, nonce: () => 42 };
const read = (elements: readonly unknown[]) => describeGraph(elements, { reading: true });
const componentWith = (elements: readonly unknown[], id: string): ComponentJson =>
  read(elements).components.find((c) => c.elementIds.includes(id))!;

describe("tagElements", () => {
  it("tags an unrecognised box and its label, and the engine reads the tag (English and Korean)", () => {
    for (const label of ["Flux capacitor", "플럭스 축전기"]) {
      const b = new SceneBuilder();
      b.box("odd", label);
      b.box("web", "Web server");
      const elements = b.elements as Element[];
      const before = componentWith(elements, "odd");
      expect(before.kind).toBe("unknown");

      const tagged = tagElements(elements, before.elementIds, "cache", fixed);
      const after = componentWith(tagged, "odd");
      expect(after).toMatchObject({ kind: "cache", label, reading: { source: "tag" } });
      expect(read(tagged).unrecognised).toEqual([]);
      expect(handTaggedComponentIds(read(tagged).components, tagged)).toEqual([after.id]);
    }
  });

  it("corrects a misreading: the tag wins over the words", () => {
    const b = new SceneBuilder();
    b.box("kafka", "Kafak cluster");
    const elements = b.elements as Element[];
    const before = componentWith(elements, "kafka");
    expect(before.kind).toBe("message_queue");
    expect(before.reading?.corrected).toEqual([{ from: "Kafak", to: expect.any(String) }]);
    const after = componentWith(tagElements(elements, before.elementIds, "database", fixed), "kafka");
    expect(after.kind).toBe("database");
  });

  it("bumps version and nonce of the tagged elements only, so Excalidraw sees, saves and undoes the edit", () => {
    const b = new SceneBuilder();
    b.box("odd", "Flux capacitor");
    b.box("web", "Web server");
    const elements = b.elements as Element[];
    const tagged = tagElements(elements, ["odd", "odd-text"], "cache", fixed);
    const odd = tagged.find((e) => e.id === "odd")!;
    expect(odd).toMatchObject({
      customData: { kind: "cache", taggedBy: "hand" },
      version: 2,
      versionNonce: 42,
      updated: 1234,
    });
    expect(isHandTagged(odd)).toBe(true);
    expect(tagged.find((e) => e.id === "odd-text")).toMatchObject({ customData: { kind: "cache" }, version: 2 });
    // Untouched elements are the same objects; the input is not mutated.
    expect(tagged.find((e) => e.id === "web")).toBe(elements.find((e) => e.id === "web"));
    expect(elements.find((e) => e.id === "odd")!.customData).toBeUndefined();
  });

  it("first gives a bare element an empty customData, so undo has a value to put back", () => {
    const b = new SceneBuilder();
    b.box("odd", "Flux capacitor");
    b.box("web", "Web server", { customData: { kind: "web_server" } });
    const elements = b.elements as Element[];
    const prepared = withCustomData(elements, ["odd", "odd-text"], fixed)!;
    expect(prepared.find((e) => e.id === "odd")).toMatchObject({ customData: {}, version: 2, versionNonce: 42 });
    expect(prepared.find((e) => e.id === "odd-text")).toMatchObject({ customData: {}, version: 2 });
    expect(prepared.find((e) => e.id === "web")).toBe(elements.find((e) => e.id === "web"));
    // An empty customData says nothing to the engine.
    expect(componentWith(prepared, "odd").kind).toBe("unknown");
    // Elements that have one already need no step.
    expect(withCustomData(elements, ["web", "web-text"])).toBeNull();
    expect(withCustomData(prepared, ["odd", "odd-text"])).toBeNull();
  });

  it("changes nothing when the tag is already there (no empty undo step)", () => {
    const b = new SceneBuilder();
    b.box("odd", "Flux capacitor");
    const once = tagElements(b.elements as Element[], ["odd", "odd-text"], "cache", fixed);
    const twice = tagElements(once, ["odd", "odd-text"], "cache", fixed);
    expect(twice).toEqual(once);
    expect(twice.every((e, i) => e === once[i])).toBe(true);
  });

  it("retags a palette item as a whole group, keeping its other marks", () => {
    const cache = buildPaletteLibraryItems().find((item) =>
      item.elements.some((e) => (e.customData as { kind?: string } | undefined)?.kind === "cache"),
    )!;
    const elements = cache.elements as unknown as Element[];
    const before = read(elements).components;
    expect(before.map((c) => c.kind)).toEqual(["cache"]);
    const tagged = tagElements(elements, before[0]!.elementIds, "session_store", fixed);
    expect(read(tagged).components.map((c) => c.kind)).toEqual(["session_store"]);
    for (const e of tagged.filter((e) => e.customData)) expect(e.customData).toMatchObject({ kind: "session_store" });
    // The palette's own mark is not a hand tag; the retagged item is.
    expect(handTaggedComponentIds(before, elements)).toEqual([]);
    expect(handTaggedComponentIds(read(tagged).components, tagged)).toEqual([read(tagged).components[0]!.id]);
  });

  it("leaves deleted elements and unknown ids alone", () => {
    const b = new SceneBuilder();
    b.box("odd", "Flux capacitor");
    const elements = (b.elements as Element[]).map((e) => (e.id === "odd" ? { ...e, isDeleted: true } : e));
    expect(elementsToTag(elements, ["odd"])).toEqual([]);
    expect(tagElements(elements, ["nope"], "cache")).toEqual(elements);
  });

  it("tags a service container, not the endpoint boxes folded into it", () => {
    const b = new SceneBuilder();
    b.box("e1", "POST /login", { x: 20, y: 60, w: 140, h: 40 });
    b.box("e2", "GET /me API", { x: 20, y: 120, w: 140, h: 40 });
    b.elements.unshift({ id: "s", type: "rectangle", x: 0, y: 0, width: 180, height: 180 });
    b.text("st", 10, 10, "Auth service");
    const elements = b.elements as Element[];
    const service = componentWith(elements, "s");
    expect(service.elementIds).toEqual(expect.arrayContaining(["s", "e1", "e2"]));
    expect(elementsToTag(elements, service.elementIds)).toEqual(["s"]);
    // Told it is a data center, the box holds the endpoints as a zone.
    const graph = read(tagElements(elements, service.elementIds, "data_center", fixed));
    expect(graph.zones.map((z) => z.elementIds[0])).toEqual(["s"]);
  });
});

describe("handTaggedComponentIds", () => {
  const component = (id: string, kind: string, elementIds: string[]) => ({ id, kind, elementIds });

  it("names components whose kind is a hand tag on one of their elements", () => {
    const elements = [
      { id: "a", customData: { kind: "cache", taggedBy: "hand" } },
      { id: "b", customData: { kind: "cache" } },
      { id: "c", customData: { kind: "database", taggedBy: "hand" } },
      { id: "d", customData: { kind: "cache", taggedBy: "hand" }, isDeleted: true },
      null,
      "junk",
    ];
    expect(
      handTaggedComponentIds(
        [
          component("c1", "cache", ["a"]),
          component("c2", "cache", ["b"]),
          // A tag the engine did not follow (the kind differs) did not make the kind.
          component("c3", "cache", ["c"]),
          component("c4", "cache", ["d"]),
        ],
        elements,
      ),
    ).toEqual(["c1"]);
  });

  it("offers every kind but unknown", () => {
    expect(TAG_KINDS).not.toContain("unknown");
    expect(TAG_KINDS).toContain("message_queue");
  });
});
