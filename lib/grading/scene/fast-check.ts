// A hand-written twin of liveElementSchema for the common case, which also reads the element
// for grading. Grading a large scene must cost about as much as parsing its JSON, and a zod
// parse per element alone costs most of that budget. Elements that pass here are exactly
// those the schema accepts (a property test holds the two together); anything else goes
// through zod, which words the error.
import { MAX_COORDINATE } from "../limits";
import type { SceneElement } from "./types";

/** Group nesting deeper than any drawing needs is cut (outermost groups kept) to bound recursion. */
const MAX_GROUP_DEPTH = 64;

function coordinate(v: unknown): boolean {
  return typeof v === "number" && Number.isFinite(v) && v >= -MAX_COORDINATE && v <= MAX_COORDINATE;
}
function optionalCoordinate(v: unknown): boolean {
  return v === undefined || coordinate(v);
}
function nullishString(v: unknown): boolean {
  return v === undefined || v === null || typeof v === "string";
}
function nullishNumber(v: unknown): boolean {
  return v === undefined || v === null || (typeof v === "number" && Number.isFinite(v));
}
function binding(v: unknown): boolean {
  if (v === undefined || v === null) return true;
  if (typeof v !== "object" || Array.isArray(v)) return false;
  return nullishString((v as { elementId?: unknown }).elementId);
}
// Indexed loops, not for…of: an iterator per array would cost more than the check itself.
function stringList(v: unknown): boolean {
  if (v === undefined || v === null) return true;
  if (!Array.isArray(v)) return false;
  for (let i = 0; i < v.length; i++) if (typeof v[i] !== "string") return false;
  return true;
}
function pointList(v: unknown): boolean {
  if (v === undefined || v === null) return true;
  if (!Array.isArray(v)) return false;
  for (let i = 0; i < v.length; i++) {
    const p: unknown = v[i];
    if (!Array.isArray(p) || p.length < 2) return false;
    for (let k = 0; k < p.length; k++) if (!coordinate(p[k])) return false;
  }
  return true;
}
function record(v: unknown): boolean {
  return v === undefined || v === null || (typeof v === "object" && !Array.isArray(v));
}

/** True when liveElementSchema would accept the element as is. */
export function isValidLiveElement(e: Record<string, unknown>): boolean {
  return readLiveElement(e, 0, 0, 0) !== null;
}

/**
 * The element as grading reads it, shifted by (dx, dy), or null when liveElementSchema would
 * not accept it as is. `trusted` skips the checks, for input the schema itself has just passed.
 * Each field is read once, for the check and for the element alike.
 */
export function readLiveElement(
  e: Record<string, unknown>,
  order: number,
  dx: number,
  dy: number,
  trusted = false,
): SceneElement | null {
  const id = e.id;
  const type = e.type;
  const x = e.x;
  const y = e.y;
  const width = e.width;
  const height = e.height;
  const angle = e.angle;
  const text = e.text;
  const originalText = e.originalText;
  const containerId = e.containerId;
  const groupIds = e.groupIds;
  const frameId = e.frameId;
  const startBinding = e.startBinding;
  const endBinding = e.endBinding;
  const points = e.points;
  const customData = e.customData;
  const name = e.name;
  const fontSize = e.fontSize;
  if (
    !trusted &&
    !(
      typeof id === "string" &&
      id.length > 0 &&
      typeof type === "string" &&
      type.length > 0 &&
      coordinate(x) &&
      coordinate(y) &&
      optionalCoordinate(width) &&
      optionalCoordinate(height) &&
      (angle === undefined || (typeof angle === "number" && Number.isFinite(angle))) &&
      (e.isDeleted === undefined || typeof e.isDeleted === "boolean") &&
      nullishString(text) &&
      nullishString(originalText) &&
      nullishString(containerId) &&
      stringList(groupIds) &&
      nullishString(frameId) &&
      binding(startBinding) &&
      binding(endBinding) &&
      pointList(points) &&
      record(customData) &&
      nullishString(name) &&
      nullishNumber(fontSize)
    )
  )
    return null;
  // Past the check (or the schema), every field has the type the schema gives it.
  const custom = (customData ?? null) as Record<string, unknown> | null;
  const replicas = custom?.replicas;
  const groups = groupIds as string[] | null | undefined;
  const pointArray = points as readonly (readonly number[])[] | null | undefined;
  return {
    id: id as string,
    type: type as string,
    order,
    x: (x as number) + dx,
    y: (y as number) + dy,
    width: (width as number | undefined) ?? 0,
    height: (height as number | undefined) ?? 0,
    angle: (angle as number | undefined) ?? 0,
    text: (originalText as string | null | undefined) ?? (text as string | null | undefined) ?? null,
    containerId: (containerId as string | null | undefined) ?? null,
    groupIds: !groups ? [] : groups.length > MAX_GROUP_DEPTH ? groups.slice(-MAX_GROUP_DEPTH) : groups,
    frameId: (frameId as string | null | undefined) ?? null,
    startBindingId: (startBinding as { elementId?: string | null } | null | undefined)?.elementId ?? null,
    endBindingId: (endBinding as { elementId?: string | null } | null | undefined)?.elementId ?? null,
    points: pointArray?.length ? pointArray : null,
    customKind: typeof custom?.kind === "string" ? custom.kind : null,
    customReplicas:
      typeof replicas === "number" && Number.isInteger(replicas) && replicas >= 1 && replicas <= 10_000
        ? replicas
        : null,
    customRole: typeof custom?.role === "string" ? custom.role : null,
    name: (name as string | null | undefined) ?? null,
    fontSize: (fontSize as number | null | undefined) ?? null,
    // Caches filled later, declared now so every element keeps one shape (faster property access).
    label: undefined,
    minX: NaN,
    minY: NaN,
    maxX: NaN,
    maxY: NaN,
    owner: undefined,
    ownerBuild: 0,
  };
}
