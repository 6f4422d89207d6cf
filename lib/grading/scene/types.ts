import type { Box } from "../geometry/box";

/**
 * A live element, reduced to what grading reads and with every field already checked. It is
 * its own bounding box (minX…maxY, filled on first use by graph/elements.ts), which spares an
 * object per element.
 */
export interface SceneElement extends Box {
  id: string;
  type: string;
  /** Position in the file; the tie-breaker that keeps every output order deterministic. */
  order: number;
  x: number;
  y: number;
  width: number;
  height: number;
  angle: number;
  /** originalText when present (it lacks the wrap line breaks of `text`), else text. */
  text: string | null;
  containerId: string | null;
  /** Innermost group first, as Excalidraw stores them. */
  groupIds: string[];
  frameId: string | null;
  startBindingId: string | null;
  endBindingId: string | null;
  /**
   * A linear element's points (arrow, line, freedraw) as stored: relative to x, y, each
   * [x, y, ...]. Kept as read (a freehand stroke has hundreds); graph/elements.ts turns the
   * few it needs into scene coordinates.
   */
  points: readonly (readonly number[])[] | null;
  customKind: string | null;
  customReplicas: number | null;
  customRole: string | null;
  /** A frame's title. */
  name: string | null;
  fontSize: number | null;
  /** The text with whitespace collapsed, computed on first use by graph/elements.ts. */
  label?: string;
  /** The graph unit this element belongs to, valid only for the build numbered ownerBuild. */
  owner?: unknown;
  ownerBuild?: number;
}

export interface ParsedScene {
  elements: SceneElement[];
  /** The same elements by id. */
  byId: Map<string, SceneElement>;
  /** Every element in the input, deleted ones included. */
  elementCount: number;
  /** The input was an .excalidrawlib; its items were laid side by side. */
  library: boolean;
}
