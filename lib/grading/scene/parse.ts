// Turns whatever a caller hands over (text, bytes, a parsed scene, a bare element array, a
// library) into checked live elements, or refuses it with a message a person can act on.
import { z } from "zod";
import { InvalidSceneError } from "../errors";
import { MAX_ELEMENTS, MAX_SCENE_BYTES } from "../limits";
import { isValidLiveElement, readLiveElement } from "./fast-check";
import { liveElementSchema, type LiveElementInput } from "./schema";
import type { ParsedScene, SceneElement } from "./types";

const MB = (MAX_SCENE_BYTES / 1_000_000).toString();

/** Parses JSON text, refusing it above the size limit before parsing. */
export function parseSceneText(text: string): unknown {
  if (utf8Length(text) > MAX_SCENE_BYTES) {
    throw new InvalidSceneError(
      "too_large",
      `The scene is larger than ${MB} MB; split the drawing or remove embedded images.`,
    );
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new InvalidSceneError("not_json", `The scene is not valid JSON (${detail}).`);
  }
}

function utf8Length(text: string): number {
  // Cheap bounds first: UTF-8 takes 1 to 3 bytes per UTF-16 unit.
  if (text.length > MAX_SCENE_BYTES) return text.length;
  if (text.length * 3 <= MAX_SCENE_BYTES) return text.length;
  return new TextEncoder().encode(text).length;
}

function decodeBytes(bytes: Uint8Array): string {
  if (bytes.byteLength > MAX_SCENE_BYTES) {
    throw new InvalidSceneError(
      "too_large",
      `The scene is larger than ${MB} MB; split the drawing or remove embedded images.`,
    );
  }
  return new TextDecoder("utf-8").decode(bytes);
}

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "string") return value.length > 40 ? "a string" : `the string ${JSON.stringify(value)}`;
  return typeof value === "object" ? "an object" : `${typeof value} ${JSON.stringify(value)}`;
}

const NOT_A_SCENE =
  'expected an Excalidraw scene: an object with an "elements" array (as Excalidraw saves it), a bare array of elements, or an .excalidrawlib library';

/** Finds the element lists of a scene or a library; each list is laid out on its own. */
function elementLists(input: unknown): { lists: unknown[][]; library: boolean } {
  if (Array.isArray(input)) return { lists: [input], library: false };
  if (typeof input !== "object" || input === null) {
    throw new InvalidSceneError("not_a_scene", `The input is ${describe(input)}; ${NOT_A_SCENE}.`);
  }
  const record = input as Record<string, unknown>;
  if ("elements" in record) {
    if (!Array.isArray(record.elements)) {
      throw new InvalidSceneError(
        "not_a_scene",
        `"elements" is ${describe(record.elements)}; it must be an array of elements.`,
      );
    }
    return { lists: [record.elements], library: false };
  }
  if (Array.isArray(record.libraryItems)) {
    const lists = record.libraryItems.map((item, i) => {
      const elements = (item as { elements?: unknown } | null)?.elements;
      if (!Array.isArray(elements)) {
        throw new InvalidSceneError("not_a_scene", `libraryItems[${i}] has no "elements" array.`);
      }
      return elements as unknown[];
    });
    return { lists, library: true };
  }
  if (Array.isArray(record.library)) {
    const lists = record.library.map((item, i) => {
      if (!Array.isArray(item))
        throw new InvalidSceneError(
          "not_a_scene",
          `library[${i}] is ${describe(item)}; it must be an array of elements.`,
        );
      return item as unknown[];
    });
    return { lists, library: true };
  }
  throw new InvalidSceneError("not_a_scene", `The input has no "elements" array; ${NOT_A_SCENE}.`);
}

function valueAt(root: unknown, path: PropertyKey[]): unknown {
  let value = root;
  for (const key of path) {
    if (typeof value !== "object" || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function issueMessage(raw: unknown, where: string, issue: z.core.$ZodIssue): string {
  const path = issue.path.map((key) => (typeof key === "number" ? `[${key}]` : `.${String(key)}`)).join("");
  const got = valueAt(raw, issue.path);
  if (issue.code === "invalid_type") {
    const expected =
      issue.expected === "tuple"
        ? "an [x, y] pair"
        : `${/^[aeiou]/.test(issue.expected) ? "an" : "a"} ${issue.expected}`;
    return `${where}${path} must be ${expected}, got ${got === undefined ? "nothing" : describe(got)}.`;
  }
  return `${where}${path} ${issue.message}${typeof got === "number" ? ` (got ${got})` : ""}.`;
}

/** An element of the list that Excalidraw deleted: it does not exist (docs/grading.md §1) and is skipped unread. */
function isDeleted(raw: unknown): boolean {
  return typeof raw === "object" && raw !== null && (raw as { isDeleted?: unknown }).isDeleted === true;
}

/**
 * The slow path, for an element the fast check refused: what the schema makes of it, or an
 * error saying exactly what is wrong.
 */
function schemaChecked(raw: unknown, i: number, listLabel: string): LiveElementInput {
  const where = `${listLabel}[${i}]`;
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
    throw new InvalidSceneError("invalid_element", `${where} is ${describe(raw)}; every element must be an object.`);
  }
  const result = liveElementSchema.safeParse(raw);
  if (!result.success) {
    const id = (raw as { id?: unknown }).id;
    const named = typeof id === "string" && id ? `${where} (id ${JSON.stringify(id.slice(0, 40))})` : where;
    const issue = result.error.issues[0];
    throw new InvalidSceneError(
      "invalid_element",
      issue ? issueMessage(raw, named, issue) : `${named} is not a valid element.`,
    );
  }
  return result.data;
}

/** Live elements of a list, checked. */
function validateList(list: unknown[], listLabel: string): LiveElementInput[] {
  const live: LiveElementInput[] = [];
  for (let i = 0; i < list.length; i++) {
    // A hole in a sparse array (never in parsed JSON) is no element, as forEach has always read it.
    if (list[i] === undefined && !(i in list)) continue;
    const raw = list[i];
    if (isDeleted(raw)) continue;
    const fast = typeof raw === "object" && raw !== null && !Array.isArray(raw);
    live.push(
      fast && isValidLiveElement(raw as Record<string, unknown>)
        ? (raw as LiveElementInput)
        : schemaChecked(raw, i, listLabel),
    );
  }
  return live;
}

/** Library items overlap in place; laying them side by side keeps one item's text off another's shapes. */
function layoutOffsets(items: LiveElementInput[][]): [number, number][] {
  let cursor = 0;
  return items.map((elements) => {
    if (elements.length === 0) return [0, 0];
    let minX = Infinity;
    let minY = Infinity;
    let maxX = -Infinity;
    for (const e of elements) {
      minX = Math.min(minX, e.x);
      minY = Math.min(minY, e.y);
      maxX = Math.max(maxX, e.x + Math.abs(e.width ?? 0));
    }
    const offset: [number, number] = [cursor - minX, -minY];
    cursor += maxX - minX + 1000;
    return offset;
  });
}

/**
 * Reads a scene into checked live elements. Accepts JSON text or bytes (size-checked), a
 * parsed scene object, a bare element array, or a library (both file formats).
 */
export function parseScene(input: unknown): ParsedScene {
  let value = input;
  if (value instanceof Uint8Array) value = decodeBytes(value);
  else if (value instanceof ArrayBuffer) value = decodeBytes(new Uint8Array(value));
  if (typeof value === "string") value = parseSceneText(value);

  const { lists, library } = elementLists(value);
  const elementCount = lists.reduce((sum, list) => sum + list.length, 0);
  if (elementCount > MAX_ELEMENTS) {
    throw new InvalidSceneError(
      "too_many_elements",
      `The scene has ${elementCount} elements; at most ${MAX_ELEMENTS} can be graded.`,
    );
  }
  const byId = new Map<string, SceneElement>();
  const elements: SceneElement[] = [];
  // Ids are unique in a sound file; a repeat (copy-pasted libraries) keeps the first.
  const add = (element: SceneElement) => {
    if (byId.has(element.id)) return;
    byId.set(element.id, element);
    elements.push(element);
  };
  if (!library) {
    // A scene is checked and read in one pass: no list of checked inputs in between.
    const list = lists[0]!;
    for (let i = 0; i < list.length; i++) {
      const raw = list[i];
      if (raw === undefined && !(i in list)) continue;
      if (isDeleted(raw)) continue;
      const fast =
        typeof raw === "object" && raw !== null && !Array.isArray(raw)
          ? readLiveElement(raw as Record<string, unknown>, elements.length, 0, 0)
          : null;
      add(fast ?? readLiveElement(schemaChecked(raw, i, "elements"), elements.length, 0, 0, true)!);
    }
    return { elements, byId, elementCount, library };
  }
  // A library's items are all checked before any is placed: the layout needs every item's extent.
  const validated = lists.map((list, i) => validateList(list, `library item ${i} elements`));
  const offsets = layoutOffsets(validated);
  validated.forEach((list, i) => {
    const [dx, dy] = offsets[i] ?? [0, 0];
    for (const e of list) add(readLiveElement(e, elements.length, dx, dy, true)!);
  });
  return { elements, byId, elementCount, library };
}
