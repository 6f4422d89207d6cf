// .excalidrawlib files: the palette serialized as one, and reading the ones users bring.
//
// Two formats occur in the wild (see tests/fixtures/corpus/libraries):
//   v1  { "type": "excalidrawlib", "version": 1, "library": [[...elements], ...] }
//   v2  { "type": "excalidrawlib", "version": 2, "libraryItems": [{ id, status, created, name, elements }] }
// parseLibraryFile reads both into v2 LibraryItems. It checks the structure and fills the
// fields old files lack (as Excalidraw's own restore does), without importing Excalidraw, so
// a bad file is refused with a message before it reaches the editor. Excalidraw still
// restores the items again when they are handed to it (initialData or updateLibrary).
import type { ExportedLibraryData } from "@excalidraw/excalidraw/data/types";
import type { ExcalidrawElement, NonDeleted } from "@excalidraw/excalidraw/element/types";
import type { LibraryItem } from "@excalidraw/excalidraw/types";
import { z } from "zod";
import { PALETTE_TIMESTAMP, stableHash } from "./elements";
import { buildPaletteLibraryItems } from "./items";

/** `source` of the library file the palette exports. */
const PALETTE_LIBRARY_SOURCE = "https://scaleboard.app";

/** The palette as an .excalidrawlib document (serialize with JSON.stringify). */
export function paletteLibraryFile(): ExportedLibraryData & { type: "excalidrawlib"; version: 2 } {
  return {
    type: "excalidrawlib",
    version: 2,
    source: PALETTE_LIBRARY_SOURCE,
    libraryItems: buildPaletteLibraryItems(),
  };
}

/**
 * What is wrong with a library file, for the page to word in the reader's language: a code and
 * its numbers, or (`malformed`) where the structure breaks, as a path such as `libraryItems[0].x`.
 */
export type LibraryProblem =
  | { code: "too_large"; max: number }
  | { code: "not_json" }
  | { code: "drawing" }
  | { code: "wrong_type"; type: string }
  | { code: "wrong_version"; version: number }
  | { code: "no_items" }
  | { code: "too_many_items"; count: number; max: number }
  | { code: "too_many_elements"; max: number }
  | { code: "nothing_drawable"; count: number }
  | { code: "malformed"; where: string };

/** Refusal of a file that is not a library Scaleboard can load; the message is the English one. */
export class LibraryFileError extends Error {
  override name = "LibraryFileError";
  constructor(
    reason: string,
    readonly problem: LibraryProblem,
  ) {
    super(`This file is not an Excalidraw library: ${reason}`);
  }
}

/** The path part of a firstIssue sentence: "libraryItems[0].elements[2].x". */
function issuePath(sentence: string): string {
  return sentence.split(" ")[0] || "(file)";
}

/** Larger than any real library (the biggest in the corpus, 249 AWS icons, is 3.9 MB). */
export const MAX_LIBRARY_BYTES = 20_000_000;
const MAX_LIBRARY_ITEMS = 5_000;
const MAX_LIBRARY_ELEMENTS = 100_000;

/** Element types Excalidraw 0.18 restores; "draw" is the old name of "line". */
const ELEMENT_TYPES = [
  "rectangle",
  "diamond",
  "ellipse",
  "text",
  "line",
  "draw",
  "arrow",
  "freedraw",
  "image",
  "frame",
  "magicframe",
  "iframe",
  "embeddable",
] as const;

const finite = z.number().refine(Number.isFinite, "must be a finite number");
// [x, y]; some old files carry a third value per point, which Excalidraw ignores.
const point = z.array(finite).min(2, "must be an [x, y] pair");

// Only what must hold for the element to be drawn; everything else is optional, and unknown
// fields are kept (Excalidraw keeps them too, for forward compatibility).
const elementSchema = z.looseObject({
  id: z.string().min(1, "must be a non-empty string"),
  type: z.string(),
  x: finite,
  y: finite,
  width: finite.optional(),
  height: finite.optional(),
  angle: finite.optional(),
  isDeleted: z.boolean().optional(),
  groupIds: z.array(z.string()).optional(),
  boundElements: z.array(z.looseObject({ id: z.string(), type: z.string() })).nullish(),
  boundElementIds: z.array(z.string()).nullish(),
  text: z.string().optional(),
  originalText: z.string().nullish(),
  fontSize: finite.optional(),
  containerId: z.string().nullish(),
  points: z.array(point).optional(),
  customData: z.record(z.string(), z.unknown()).nullish(),
});
type ElementInput = z.infer<typeof elementSchema>;

const elementsSchema = z.array(z.unknown());

const itemV2Schema = z.looseObject({
  id: z.string().optional(),
  status: z.string().optional(),
  created: finite.optional(),
  name: z.string().nullish(),
  elements: elementsSchema,
});

const fileSchema = z.looseObject({
  type: z.string().optional(),
  version: z.number().optional(),
  source: z.unknown().optional(),
  libraryItems: z.array(z.unknown()).optional(),
  library: z.array(z.unknown()).optional(),
});

function describe(value: unknown): string {
  if (value === null) return "null";
  if (value === undefined) return "nothing";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "string") return value.length > 40 ? "a string" : `the string ${JSON.stringify(value)}`;
  return typeof value === "object" ? "an object" : `${typeof value} ${JSON.stringify(value)}`;
}

/** "elements[3].x must be a number, got the string \"a\"" from the first issue of a parse. */
function firstIssue(where: string, raw: unknown, error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return `${where} is invalid`;
  let got: unknown = raw;
  for (const key of issue.path) {
    got = typeof got === "object" && got !== null ? (got as Record<PropertyKey, unknown>)[key] : undefined;
  }
  const path = issue.path.map((key) => (typeof key === "number" ? `[${key}]` : `.${String(key)}`)).join("");
  if (issue.code === "invalid_type") return `${where}${path} must be ${article(issue.expected)}, got ${describe(got)}`;
  return `${where}${path} ${issue.message}`;
}

function article(expected: string): string {
  return /^[aeiou]/.test(expected) ? `an ${expected}` : `a ${expected}`;
}

function utf8Length(text: string): number {
  if (text.length > MAX_LIBRARY_BYTES) return text.length;
  if (text.length * 3 <= MAX_LIBRARY_BYTES) return text.length;
  return new TextEncoder().encode(text).length;
}

/**
 * Reads an .excalidrawlib (its text, or the parsed JSON) into library items: v1 and v2
 * files, deleted elements left out, items with nothing left dropped (as Excalidraw does).
 * Throws a LibraryFileError ("This file is not an Excalidraw library: …") for anything else.
 */
export function parseLibraryFile(json: unknown): LibraryItem[] {
  let input = json;
  if (typeof input === "string") {
    if (utf8Length(input) > MAX_LIBRARY_BYTES) {
      throw new LibraryFileError(`it is larger than ${MAX_LIBRARY_BYTES / 1_000_000} MB.`, {
        code: "too_large",
        max: MAX_LIBRARY_BYTES,
      });
    }
    try {
      input = JSON.parse(input) as unknown;
    } catch (error) {
      throw new LibraryFileError(`it is not valid JSON (${error instanceof Error ? error.message : String(error)}).`, {
        code: "not_json",
      });
    }
  }
  if (typeof input !== "object" || input === null || Array.isArray(input)) {
    throw new LibraryFileError(`expected an object with a "libraryItems" or "library" array, got ${describe(input)}.`, {
      code: "no_items",
    });
  }
  const file = fileSchema.safeParse(input);
  if (!file.success) {
    const issue = firstIssue("", input, file.error).replace(/^\./, "");
    throw new LibraryFileError(`${issue}.`, { code: "malformed", where: issuePath(issue) });
  }
  const { type, version, libraryItems, library } = file.data;

  if (type !== undefined && type !== "excalidrawlib") {
    const what =
      type === "excalidraw" ? "an Excalidraw drawing, not a library" : `of type ${JSON.stringify(type.slice(0, 40))}`;
    throw new LibraryFileError(
      `it is ${what}; a library has "type": "excalidrawlib".`,
      type === "excalidraw" ? { code: "drawing" } : { code: "wrong_type", type: type.slice(0, 40) },
    );
  }
  if (version !== undefined && version !== 1 && version !== 2) {
    throw new LibraryFileError(`its version ${version} is not one this app reads (1 or 2).`, {
      code: "wrong_version",
      version,
    });
  }

  let rawItems: { raw: unknown; where: string; v1: boolean }[];
  if (libraryItems) {
    rawItems = libraryItems.map((raw, i) => ({ raw, where: `libraryItems[${i}]`, v1: false }));
  } else if (library) {
    rawItems = library.map((raw, i) => ({ raw, where: `library[${i}]`, v1: true }));
  } else {
    throw new LibraryFileError('it has neither a "libraryItems" array (version 2) nor a "library" array (version 1).', {
      code: "no_items",
    });
  }
  if (rawItems.length > MAX_LIBRARY_ITEMS) {
    throw new LibraryFileError(`it has ${rawItems.length} items; at most ${MAX_LIBRARY_ITEMS} can be imported.`, {
      code: "too_many_items",
      count: rawItems.length,
      max: MAX_LIBRARY_ITEMS,
    });
  }

  const now = Date.now();
  const seenIds = new Set<string>();
  const items: LibraryItem[] = [];
  let elementCount = 0;
  for (const { raw, where, v1 } of rawItems) {
    let rawElements: unknown[];
    let meta: z.infer<typeof itemV2Schema> | null = null;
    if (v1) {
      if (!Array.isArray(raw))
        throw new LibraryFileError(`${where} must be an array of elements, got ${describe(raw)}.`, {
          code: "malformed",
          where,
        });
      rawElements = raw;
    } else {
      const parsed = itemV2Schema.safeParse(raw);
      if (!parsed.success) {
        const issue = firstIssue(where, raw, parsed.error);
        throw new LibraryFileError(`${issue}.`, { code: "malformed", where: issuePath(issue) });
      }
      meta = parsed.data;
      rawElements = meta.elements;
    }
    elementCount += rawElements.length;
    if (elementCount > MAX_LIBRARY_ELEMENTS) {
      throw new LibraryFileError(`it has more than ${MAX_LIBRARY_ELEMENTS} elements.`, {
        code: "too_many_elements",
        max: MAX_LIBRARY_ELEMENTS,
      });
    }

    const elements: NonDeleted<ExcalidrawElement>[] = [];
    rawElements.forEach((rawElement, j) => {
      const at = `${where}${v1 ? "" : ".elements"}[${j}]`;
      if (typeof rawElement !== "object" || rawElement === null || Array.isArray(rawElement)) {
        throw new LibraryFileError(`${at} must be an element object, got ${describe(rawElement)}.`, {
          code: "malformed",
          where: at,
        });
      }
      const parsed = elementSchema.safeParse(rawElement);
      if (!parsed.success) {
        const issue = firstIssue(at, rawElement, parsed.error);
        throw new LibraryFileError(`${issue}.`, { code: "malformed", where: issuePath(issue) });
      }
      const element = normalizeElement(parsed.data);
      if (element) elements.push(element);
    });
    if (elements.length === 0) continue;

    // An item needs an id unique in the library; old files have none. Derive one from the
    // content so importing the same file twice yields the same ids (Excalidraw then skips
    // the duplicates instead of doubling the library).
    let id = meta?.id || `imported-${stableHash(elements.map((e) => e.id).join("\u0000")).toString(36)}`;
    while (seenIds.has(id)) id = `${id}-${items.length}`;
    seenIds.add(id);

    const item: LibraryItem = {
      id,
      status: meta?.status === "published" ? "published" : "unpublished",
      created: meta?.created || now,
      elements,
    };
    if (meta?.name) item.name = meta.name;
    items.push(item);
  }

  if (items.length === 0 && rawItems.length > 0) {
    throw new LibraryFileError(`none of its ${rawItems.length} items has an element that can be drawn.`, {
      code: "nothing_drawable",
      count: rawItems.length,
    });
  }
  return items;
}

function detectLineHeight(text: string, height: number | undefined, fontSize: number): number {
  const lines = text.split(/\r\n?|\n/).length;
  return height && fontSize > 0 ? height / lines / fontSize : 1.25;
}

const ADAPTIVE_RADIUS_TYPES = new Set(["rectangle", "image", "iframe", "embeddable"]);

const DEFAULTS = {
  strokeColor: "#1e1e1e",
  backgroundColor: "transparent",
  fillStyle: "solid",
  strokeWidth: 2,
  strokeStyle: "solid",
  roughness: 1,
  opacity: 100,
} as const;

/**
 * One element as Excalidraw 0.18 expects it, or null for one it would not draw (deleted,
 * of an unknown type, or a text without text). Follows Excalidraw's restoreElement for the
 * fields old files lack or name differently; geometry is kept as given.
 */
function normalizeElement(input: ElementInput): NonDeleted<ExcalidrawElement> | null {
  if (input.isDeleted === true) return null;
  if (!(ELEMENT_TYPES as readonly string[]).includes(input.type)) return null;
  const { boundElementIds, strokeSharpness, ...rest } = input as ElementInput & { strokeSharpness?: unknown };
  const type = input.type === "draw" ? "line" : input.type;
  const record = rest as Record<string, unknown>;
  const pick = <T>(key: string, fallback: T, valid: (v: unknown) => boolean): T =>
    valid(record[key]) ? (record[key] as T) : fallback;
  const isString = (v: unknown) => typeof v === "string" && v !== "";
  const isNumber = (v: unknown) => typeof v === "number" && Number.isFinite(v);

  const element: Record<string, unknown> = {
    ...rest,
    type,
    version: pick("version", 1, (v) => isNumber(v) && (v as number) > 0),
    versionNonce: pick("versionNonce", 0, isNumber),
    index: pick("index", null, (v) => typeof v === "string"),
    isDeleted: false,
    fillStyle: pick("fillStyle", DEFAULTS.fillStyle, isString),
    strokeWidth: pick("strokeWidth", DEFAULTS.strokeWidth, (v) => isNumber(v) && (v as number) > 0),
    strokeStyle: pick("strokeStyle", DEFAULTS.strokeStyle, isString),
    roughness: pick("roughness", DEFAULTS.roughness, isNumber),
    opacity: pick("opacity", DEFAULTS.opacity, isNumber),
    angle: input.angle ?? 0,
    strokeColor: pick("strokeColor", DEFAULTS.strokeColor, isString),
    backgroundColor: pick("backgroundColor", DEFAULTS.backgroundColor, isString),
    width: input.width ?? 0,
    height: input.height ?? 0,
    seed: pick("seed", 1, isNumber),
    groupIds: input.groupIds ?? [],
    frameId: pick("frameId", null, (v) => typeof v === "string"),
    roundness: pick(
      "roundness",
      // Before `roundness`, "round" edges were `strokeSharpness: "round"`.
      // ROUNDNESS.LEGACY for the types that now use the adaptive radius, as Excalidraw does.
      strokeSharpness === "round" ? { type: ADAPTIVE_RADIUS_TYPES.has(type) ? 1 : 2 } : null,
      (v) => typeof v === "object" && v !== null && isNumber((v as { type?: unknown }).type),
    ),
    boundElements: boundElementIds ? boundElementIds.map((id) => ({ id, type: "arrow" })) : (input.boundElements ?? []),
    updated: pick("updated", PALETTE_TIMESTAMP, isNumber),
    link: pick("link", null, (v) => typeof v === "string"),
    locked: pick("locked", false, (v) => typeof v === "boolean"),
  };

  if (element.customData === null) delete element.customData;

  switch (type) {
    case "text": {
      const text = input.text ?? "";
      if (!text) return null;
      Object.assign(element, {
        text,
        originalText: input.originalText || text,
        fontSize: input.fontSize ?? 20,
        fontFamily: pick("fontFamily", 1, isNumber),
        textAlign: pick("textAlign", "left", isString),
        verticalAlign: pick("verticalAlign", "top", isString),
        containerId: input.containerId ?? null,
        autoResize: pick("autoResize", true, (v) => typeof v === "boolean"),
        // Files from before lineHeight: Excalidraw derives it from the stored height.
        lineHeight: pick(
          "lineHeight",
          detectLineHeight(text, input.height, input.fontSize ?? 20),
          (v) => isNumber(v) && (v as number) > 0,
        ),
      });
      break;
    }
    case "line":
    case "arrow": {
      const points =
        input.points && input.points.length >= 2
          ? input.points
          : [
              [0, 0],
              [input.width ?? 0, input.height ?? 0],
            ];
      Object.assign(element, {
        points,
        lastCommittedPoint: null,
        startBinding: pick("startBinding", null, (v) => typeof v === "object"),
        endBinding: pick("endBinding", null, (v) => typeof v === "object"),
        startArrowhead: pick("startArrowhead", null, (v) => typeof v === "string"),
        endArrowhead: pick(
          "endArrowhead",
          type === "arrow" ? "arrow" : null,
          (v) => v === null || typeof v === "string",
        ),
      });
      if (type === "arrow") element.elbowed = record.elbowed === true;
      break;
    }
    case "freedraw": {
      Object.assign(element, {
        points: input.points ?? [],
        pressures: pick("pressures", [], Array.isArray),
        simulatePressure: pick("simulatePressure", true, (v) => typeof v === "boolean"),
        lastCommittedPoint: null,
      });
      break;
    }
    case "image": {
      Object.assign(element, {
        status: pick("status", "pending", isString),
        fileId: pick("fileId", null, isString),
        scale: pick("scale", [1, 1], Array.isArray),
        crop: pick("crop", null, (v) => typeof v === "object"),
      });
      break;
    }
    case "frame":
    case "magicframe": {
      element.name = pick("name", null, (v) => typeof v === "string");
      break;
    }
  }
  return element as unknown as NonDeleted<ExcalidrawElement>;
}
