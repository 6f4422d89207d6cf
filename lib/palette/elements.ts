// Plain-object builders for the few Excalidraw element types the palette draws. Written by
// hand rather than with Excalidraw's own helpers so this module imports nothing at runtime
// (it runs in a client component and in Node unit tests); only the types come from the
// package. Every value is derived from the element id, so the library is byte-for-byte
// stable from one build to the next.
import type {
  ExcalidrawElement,
  ExcalidrawEllipseElement,
  ExcalidrawRectangleElement,
  ExcalidrawTextElement,
  FontFamilyValues,
  NonDeleted,
} from "@excalidraw/excalidraw/element/types";
import type { ComponentKind, DatabaseRole } from "@/lib/grading/contract";

/** A kind a palette item can stand for: every kind of the contract except "unknown". */
export type PaletteKind = Exclude<ComponentKind, "unknown">;

/** Database roles a palette item may carry ("standalone" is the absence of a role). */
export type PaletteRole = Exclude<DatabaseRole, "standalone">;

/** What every element of a palette item carries, read by the grader before any label. */
export interface PaletteCustomData {
  kind: PaletteKind;
  role?: PaletteRole;
  replicas?: number;
}

export type PaletteElement = NonDeleted<ExcalidrawElement>;
type Shape = NonDeleted<ExcalidrawRectangleElement | ExcalidrawEllipseElement>;
type Text = NonDeleted<ExcalidrawTextElement>;

/** Fixed timestamp (2025-01-01T00:00:00Z) for `updated` and `created`: no clock, no churn. */
export const PALETTE_TIMESTAMP = Date.UTC(2025, 0, 1);

/** Excalidraw's font ids: 5 is Excalifont, the hand-drawn default since 0.17. */
export const EXCALIFONT = 5 as FontFamilyValues;
/** Excalifont's unitless line height (Excalidraw's FONT_METADATA). */
const EXCALIFONT_LINE_HEIGHT = 1.25 as ExcalidrawTextElement["lineHeight"];
/** Excalidraw's BOUND_TEXT_PADDING. */
const BOUND_TEXT_PADDING = 5;
/** Average Excalifont advance per character, in ems, measured on drawings of the corpus. */
const AVERAGE_CHAR_EM = 0.56;

const FONT_SIZE = 20;

/** djb2 over the string, as a positive 31-bit integer (Excalidraw's seeds fit in 2^31). */
export function stableHash(text: string): number {
  let hash = 5381;
  for (let i = 0; i < text.length; i++) {
    hash = ((hash << 5) + hash + text.charCodeAt(i)) | 0;
  }
  // Never 0: Excalidraw treats a falsy seed or nonce as missing in places.
  return hash & 0x7fffffff || 1;
}

export interface Style {
  strokeColor: string;
  backgroundColor: string;
  fillStyle?: ExcalidrawElement["fillStyle"];
  strokeStyle?: ExcalidrawElement["strokeStyle"];
  strokeWidth?: number;
}

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

interface Common {
  id: string;
  groupIds: readonly string[];
  customData: PaletteCustomData;
}

function base(common: Common, box: Box, style: Style) {
  return {
    id: common.id,
    x: box.x,
    y: box.y,
    width: box.width,
    height: box.height,
    angle: 0,
    strokeColor: style.strokeColor,
    backgroundColor: style.backgroundColor,
    fillStyle: style.fillStyle ?? "solid",
    strokeWidth: style.strokeWidth ?? 2,
    strokeStyle: style.strokeStyle ?? "solid",
    roughness: 1,
    opacity: 100,
    groupIds: [...common.groupIds],
    frameId: null,
    index: null,
    seed: stableHash(`${common.id}#seed`),
    version: 1,
    versionNonce: stableHash(`${common.id}#nonce`),
    isDeleted: false as const,
    boundElements: [],
    updated: PALETTE_TIMESTAMP,
    link: null,
    locked: false,
    // A copy per element: Excalidraw mutates elements it owns.
    customData: { ...common.customData },
  };
}

export function rectangle(common: Common, box: Box, style: Style, rounded = true): Shape {
  return {
    ...base(common, box, style),
    type: "rectangle",
    // ROUNDNESS.ADAPTIVE_RADIUS: what Excalidraw's "round edges" gives a new rectangle.
    roundness: rounded ? { type: 3 } : null,
  };
}

export function ellipse(common: Common, box: Box, style: Style): Shape {
  // ROUNDNESS.PROPORTIONAL_RADIUS, as Excalidraw stamps on new ellipses.
  return { ...base(common, box, style), type: "ellipse", roundness: { type: 2 } };
}

/** Estimated width of one line; Excalidraw measures again with the real font on insertion. */
export function estimateTextWidth(line: string, fontSize: number): number {
  return Math.ceil([...line].length * AVERAGE_CHAR_EM * fontSize);
}

export interface LabelOptions {
  textAlign?: "left" | "center";
  verticalAlign?: "top" | "middle";
  strokeColor: string;
  fontSize?: number;
}

/**
 * A text element bound to `container`, placed where Excalidraw's computeBoundTextPosition
 * would put it, and the container with the text listed in its boundElements.
 */
export function boundLabel(
  common: Common,
  container: Shape,
  label: string,
  options: LabelOptions,
): { container: Shape; text: Text } {
  const fontSize = options.fontSize ?? FONT_SIZE;
  const textAlign = options.textAlign ?? "center";
  const verticalAlign = options.verticalAlign ?? "middle";
  const lines = label.split("\n");
  const width = Math.max(...lines.map((line) => estimateTextWidth(line, fontSize)));
  const height = lines.length * fontSize * EXCALIFONT_LINE_HEIGHT;

  // getContainerCoords, getBoundTextMaxWidth and getBoundTextMaxHeight of Excalidraw 0.18.
  let offsetX = BOUND_TEXT_PADDING;
  let offsetY = BOUND_TEXT_PADDING;
  let maxWidth = container.width - BOUND_TEXT_PADDING * 2;
  let maxHeight = container.height - BOUND_TEXT_PADDING * 2;
  if (container.type === "ellipse") {
    offsetX += (container.width / 2) * (1 - Math.SQRT2 / 2);
    offsetY += (container.height / 2) * (1 - Math.SQRT2 / 2);
    maxWidth = Math.round((container.width / 2) * Math.SQRT2) - BOUND_TEXT_PADDING * 2;
    maxHeight = Math.round((container.height / 2) * Math.SQRT2) - BOUND_TEXT_PADDING * 2;
  }
  const x = container.x + offsetX + (textAlign === "left" ? 0 : maxWidth / 2 - width / 2);
  const y = container.y + offsetY + (verticalAlign === "top" ? 0 : maxHeight / 2 - height / 2);

  const text: Text = {
    ...base(
      common,
      { x, y, width, height },
      {
        strokeColor: options.strokeColor,
        backgroundColor: "transparent",
        strokeWidth: 1,
      },
    ),
    type: "text",
    roundness: null,
    text: label,
    originalText: label,
    fontSize,
    fontFamily: EXCALIFONT,
    textAlign,
    verticalAlign,
    containerId: container.id,
    autoResize: true,
    lineHeight: EXCALIFONT_LINE_HEIGHT,
  };
  return {
    container: { ...container, boundElements: [{ id: text.id, type: "text" }] },
    text,
  };
}
