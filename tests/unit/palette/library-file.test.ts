import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { LibraryFileError, MAX_LIBRARY_BYTES, parseLibraryFile } from "@/lib/palette";

// The shared corpus sits next to the repository: <workspace>/shared and <workspace>/main.
const CORPUS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../fixtures/corpus/libraries");
const corpusFiles = existsSync(CORPUS)
  ? readdirSync(CORPUS)
      .filter((f) => f.endsWith(".excalidrawlib"))
      .sort()
  : [];
const PREFIX = "This file is not an Excalidraw library: ";

if (corpusFiles.length === 0) {
  console.warn(`[palette] skipping the corpus tests: no .excalidrawlib files in ${CORPUS}`);
}

type Raw = { library?: unknown[][]; libraryItems?: { name?: string; id?: string; elements: unknown[] }[] };
const rawItems = (raw: Raw) => (raw.libraryItems ? raw.libraryItems.map((i) => i.elements) : (raw.library ?? []));
const live = (elements: unknown[]) => elements.filter((e) => (e as { isDeleted?: boolean }).isDeleted !== true);

function refusal(input: unknown): string {
  try {
    parseLibraryFile(input);
  } catch (error) {
    expect(error).toBeInstanceOf(LibraryFileError);
    expect(error).toBeInstanceOf(Error);
    const message = (error as Error).message;
    expect(message.startsWith(PREFIX), message).toBe(true);
    return message.slice(PREFIX.length);
  }
  throw new Error(`accepted ${JSON.stringify(input)?.slice(0, 80)}`);
}

const rect = (over: Record<string, unknown> = {}) => ({
  id: "r1",
  type: "rectangle",
  x: 0,
  y: 0,
  width: 10,
  height: 10,
  ...over,
});

describe.skipIf(corpusFiles.length === 0)(`parseLibraryFile on the shared corpus (${CORPUS})`, () => {
  it("finds the five libraries of the corpus, in both formats", () => {
    expect(corpusFiles).toHaveLength(5);
    const formats = corpusFiles.map((f) =>
      "libraryItems" in JSON.parse(readFileSync(path.join(CORPUS, f), "utf8")) ? 2 : 1,
    );
    expect(new Set(formats)).toEqual(new Set([1, 2]));
  });

  it.each(corpusFiles)("accepts %s", (file) => {
    const text = readFileSync(path.join(CORPUS, file), "utf8");
    const raw = JSON.parse(text) as Raw;
    const items = parseLibraryFile(text);

    // Every item with a live element comes through, with all of those elements.
    const expected = rawItems(raw)
      .map(live)
      .filter((els) => els.length > 0);
    expect(items).toHaveLength(expected.length);
    items.forEach((item, i) => {
      expect(item.elements.map((e) => e.id)).toEqual(expected[i]!.map((e) => (e as { id: string }).id));
      expect(["published", "unpublished"]).toContain(item.status);
      expect(item.created).toBeGreaterThan(0);
      for (const element of item.elements) {
        expect(element.isDeleted).toBe(false);
        expect(Array.isArray(element.groupIds)).toBe(true);
        expect(Array.isArray(element.boundElements)).toBe(true);
        expect(typeof element.seed).toBe("number");
        expect(["rectangle", "diamond", "ellipse", "text", "line", "arrow", "freedraw", "image", "frame"]).toContain(
          element.type,
        );
        expect("boundElementIds" in element).toBe(false);
        expect("strokeSharpness" in element).toBe(false);
      }
    });
    const ids = items.map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);

    if (raw.libraryItems) {
      // v2 keeps its ids and names.
      expect(items.map((i) => i.id)).toEqual(raw.libraryItems.filter((i) => live(i.elements).length).map((i) => i.id));
      expect(items.map((i) => i.name)).toEqual(
        raw.libraryItems.filter((i) => live(i.elements).length).map((i) => i.name),
      );
    } else {
      // v1 items get ids derived from their content: the same file gives the same ids.
      expect(parseLibraryFile(text).map((i) => i.id)).toEqual(ids);
      expect(ids.every((id) => id.startsWith("imported-"))).toBe(true);
    }
    // The parsed object works as well as the text.
    expect(parseLibraryFile(raw).map((i) => i.id)).toEqual(ids);
  });

  it("gives different v1 libraries different item ids", () => {
    const v1 = corpusFiles.filter((f) => !("libraryItems" in JSON.parse(readFileSync(path.join(CORPUS, f), "utf8"))));
    const ids = v1.flatMap((f) => parseLibraryFile(readFileSync(path.join(CORPUS, f), "utf8")).map((i) => i.id));
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe("parseLibraryFile", () => {
  it("reads a minimal v1 and v2 library", () => {
    const v1 = parseLibraryFile({ type: "excalidrawlib", version: 1, library: [[rect()]] });
    expect(v1).toHaveLength(1);
    expect(v1[0]).toMatchObject({ status: "unpublished", elements: [{ id: "r1", type: "rectangle" }] });

    const v2 = parseLibraryFile({
      libraryItems: [{ id: "item", status: "published", created: 5, name: "Box", elements: [rect()] }],
    });
    expect(v2).toEqual([expect.objectContaining({ id: "item", status: "published", created: 5, name: "Box" })]);
    expect(parseLibraryFile({ type: "excalidrawlib", version: 2, libraryItems: [] })).toEqual([]);
  });

  it("fills what old files lack and renames legacy fields, keeping unknown ones", () => {
    const [item] = parseLibraryFile({
      library: [
        [
          rect({ strokeSharpness: "round", boundElementIds: ["a1"], futureField: 7 }),
          {
            id: "d1",
            type: "draw",
            x: 1,
            y: 2,
            width: 5,
            height: 5,
            points: [
              [0, 0],
              [5, 5],
            ],
          },
          { id: "t1", type: "text", x: 0, y: 0, width: 40, height: 50, fontSize: 20, text: "two\nlines" },
        ],
      ],
    });
    const [r, d, t] = item!.elements as unknown as Record<string, unknown>[];
    expect(r).toMatchObject({ roundness: { type: 1 }, boundElements: [{ id: "a1", type: "arrow" }], futureField: 7 });
    expect(r).toMatchObject({
      isDeleted: false,
      groupIds: [],
      frameId: null,
      angle: 0,
      opacity: 100,
      locked: false,
      link: null,
    });
    expect(d).toMatchObject({
      type: "line",
      points: [
        [0, 0],
        [5, 5],
      ],
      startBinding: null,
      endBinding: null,
    });
    expect(t).toMatchObject({ originalText: "two\nlines", containerId: null, lineHeight: 1.25, textAlign: "left" });
  });

  it("leaves out deleted elements and items with nothing left", () => {
    const items = parseLibraryFile({
      libraryItems: [
        { id: "gone", elements: [rect({ isDeleted: true })] },
        { id: "kept", elements: [rect({ isDeleted: true }), rect({ id: "r2" })] },
      ],
    });
    expect(items.map((i) => i.id)).toEqual(["kept"]);
    expect(items[0]!.elements.map((e) => e.id)).toEqual(["r2"]);
  });

  it.each([
    ["null", null, /got null/],
    ["a number", 42, /got number 42/],
    ["an array", [], /got an array/],
    ["text that is not JSON", "{ nope", /not valid JSON/],
    ["an empty object", {}, /neither a "libraryItems" array .* nor a "library" array/],
    ["an Excalidraw drawing", { type: "excalidraw", version: 2, elements: [] }, /an Excalidraw drawing, not a library/],
    ["another kind of JSON", { type: "tldraw", library: [] }, /of type "tldraw"/],
    ["a newer version", { type: "excalidrawlib", version: 3, libraryItems: [] }, /version 3/],
    ["library that is not an array", { library: "x" }, /library must be an array, got the string "x"/],
    ["a v1 item that is not an array", { library: [{}] }, /library\[0\] must be an array of elements/],
    [
      "a v2 item without elements",
      { libraryItems: [{ name: "x" }] },
      /libraryItems\[0\]\.elements must be an array, got nothing/,
    ],
    ["an element that is not an object", { library: [[1]] }, /library\[0\]\[0\] must be an element object/],
    [
      "an element without a type",
      { libraryItems: [{ elements: [{ id: "a", x: 0, y: 0 }] }] },
      /libraryItems\[0\]\.elements\[0\]\.type must be a string, got nothing/,
    ],
    [
      "a coordinate that is not a number",
      { library: [[rect({ x: "0" })]] },
      /library\[0\]\[0\]\.x must be a number, got the string "0"/,
    ],
    ["a coordinate that is not finite", { library: [[rect({ y: Infinity })]] }, /\.y /],
    ["elements of no drawable type", { library: [[rect({ type: "banana" })]] }, /none of its 1 items/],
  ])("rejects %s", (_name, input, message) => {
    expect(refusal(input)).toMatch(message);
  });

  it.each([
    ["text that is not JSON", "{ nope", { code: "not_json" }],
    ["an empty object", {}, { code: "no_items" }],
    ["an Excalidraw drawing", { type: "excalidraw", version: 2, elements: [] }, { code: "drawing" }],
    ["another kind of JSON", { type: "tldraw", library: [] }, { code: "wrong_type", type: "tldraw" }],
    ["a newer version", { type: "excalidrawlib", version: 3, libraryItems: [] }, { code: "wrong_version", version: 3 }],
    ["a v1 item that is not an array", { library: [{}] }, { code: "malformed", where: "library[0]" }],
    [
      "a coordinate that is not a number",
      { library: [[rect({ x: "0" })]] },
      { code: "malformed", where: "library[0][0].x" },
    ],
    ["elements of no drawable type", { library: [[rect({ type: "banana" })]] }, { code: "nothing_drawable", count: 1 }],
  ])("says what is wrong with %s as a code the page words in any language", (_name, input, problem) => {
    try {
      parseLibraryFile(input);
    } catch (error) {
      expect((error as LibraryFileError).problem).toEqual(problem);
      return;
    }
    throw new Error("accepted");
  });

  it("rejects text above the size limit before parsing it", () => {
    expect(refusal(" ".repeat(MAX_LIBRARY_BYTES + 1))).toMatch(/larger than 20 MB/);
  });
});
