import { describe, expect, it } from "vitest";
import { buildStoredScene, contentKey, sceneFingerprint } from "@/lib/interviews/client/scene";
import { normaliseScene } from "@/lib/interviews/scene";
import { checkLimits, utf8ByteLength } from "@/lib/interviews/client/limits";
import { retryDelay } from "@/lib/interviews/client/backoff";

const element = (id: string, version: number, extra: Record<string, unknown> = {}) => ({
  id,
  type: "rectangle",
  version,
  ...extra,
});

describe("sceneFingerprint", () => {
  it("stays the same when nothing was edited (pointer moves, selection)", () => {
    const elements = [element("a", 3), element("b", 7)];
    expect(sceneFingerprint(elements)).toBe(sceneFingerprint([element("a", 3), element("b", 7)]));
  });

  it("changes on an edit, an added element, a deletion and an added file", () => {
    const base = sceneFingerprint([element("a", 3), element("b", 7)]);
    expect(sceneFingerprint([element("a", 4), element("b", 7)])).not.toBe(base);
    expect(sceneFingerprint([element("a", 3), element("b", 7), element("c", 1)])).not.toBe(base);
    // Excalidraw deletes by flagging and bumping the version.
    expect(sceneFingerprint([element("a", 3), element("b", 8, { isDeleted: true })])).not.toBe(base);
    expect(sceneFingerprint([element("a", 3), element("b", 7)], { f1: {} })).not.toBe(base);
  });
});

describe("buildStoredScene", () => {
  it("keeps live elements, a few view settings and only the files still in use", () => {
    const scene = buildStoredScene(
      [element("a", 1), element("gone", 2, { isDeleted: true }), element("img", 1, { type: "image", fileId: "f1" })],
      { viewBackgroundColor: "#fff", scrollX: 120, selectedElementIds: { a: true } },
      { f1: { id: "f1" }, f2: { id: "f2" } },
    );
    expect(scene.elements.map((e) => (e as { id: string }).id)).toEqual(["a", "img"]);
    expect(scene.appState).toEqual({ viewBackgroundColor: "#fff" });
    expect(Object.keys(scene.files)).toEqual(["f1"]);
  });
});

describe("normaliseScene and contentKey", () => {
  it("reads anything the server sends as a scene", () => {
    expect(normaliseScene(null).elements).toEqual([]);
    expect(normaliseScene({ elements: "nope" }).elements).toEqual([]);
    expect(normaliseScene({ elements: [element("a", 1)] }).elements).toHaveLength(1);
  });

  it("ignores element order and key order, but not versions or notes", () => {
    const one = contentKey([element("a", 1), element("b", 2)], "n");
    expect(contentKey([{ version: 2, id: "b", type: "rectangle" }, element("a", 1)], "n")).toBe(one);
    expect(contentKey([element("a", 1), element("b", 3)], "n")).not.toBe(one);
    expect(contentKey([element("a", 1), element("b", 2)], "other")).not.toBe(one);
  });
});

describe("limits", () => {
  it("counts UTF-8 bytes like the server does", () => {
    for (const text of ["abc", "로드밸런서", "é", "😀 ok", ""]) {
      expect(utf8ByteLength(text)).toBe(Buffer.byteLength(text, "utf8"));
    }
  });

  it("warns from 80 % and refuses over the limit, for bytes and for elements", () => {
    expect(checkLimits({ bytes: 1_000, elements: 10 }).level).toBe("ok");
    expect(checkLimits({ bytes: 8_000_000, elements: 10 })).toMatchObject({ level: "warn" });
    expect(checkLimits({ bytes: 1_000, elements: 16_000 })).toEqual({
      level: "warn",
      measure: { what: "elements", value: 16_000, limit: 20_000 },
    });
    expect(checkLimits({ bytes: 10_000_001, elements: 10 })).toEqual({
      level: "over",
      measure: { what: "bytes", value: 10_000_001, limit: 10_000_000 },
    });
    expect(checkLimits({ elements: 20_001 })).toMatchObject({ level: "over", measure: { what: "elements" } });
  });
});

describe("retryDelay", () => {
  it("doubles from 1 s up to 30 s, with ±20 % spread", () => {
    const mid = () => 0.5;
    expect([1, 2, 3, 4, 5, 6, 7, 10].map((attempt) => retryDelay(attempt, mid))).toEqual([
      1000, 2000, 4000, 8000, 16000, 30000, 30000, 30000,
    ]);
    expect(retryDelay(1, () => 0)).toBe(800);
    expect(retryDelay(1, () => 1)).toBe(1200);
  });
});
