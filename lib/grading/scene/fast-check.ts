// A hand-written twin of liveElementSchema for the common case. Grading a large scene must
// cost about as much as parsing its JSON, and a zod parse per element alone costs most of
// that budget. Elements that pass here are exactly those the schema accepts (a property test
// holds the two together); anything else goes through zod, which words the error.
import { MAX_COORDINATE } from "../limits";

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
function stringList(v: unknown): boolean {
  if (v === undefined || v === null) return true;
  if (!Array.isArray(v)) return false;
  for (const item of v) if (typeof item !== "string") return false;
  return true;
}
function pointList(v: unknown): boolean {
  if (v === undefined || v === null) return true;
  if (!Array.isArray(v)) return false;
  for (const p of v) {
    if (!Array.isArray(p) || p.length < 2) return false;
    for (const c of p) if (!coordinate(c)) return false;
  }
  return true;
}
function record(v: unknown): boolean {
  return v === undefined || v === null || (typeof v === "object" && !Array.isArray(v));
}

/** True when liveElementSchema would accept the element as is. */
export function isValidLiveElement(e: Record<string, unknown>): boolean {
  return (
    typeof e.id === "string" &&
    e.id.length > 0 &&
    typeof e.type === "string" &&
    e.type.length > 0 &&
    coordinate(e.x) &&
    coordinate(e.y) &&
    optionalCoordinate(e.width) &&
    optionalCoordinate(e.height) &&
    (e.angle === undefined || (typeof e.angle === "number" && Number.isFinite(e.angle))) &&
    (e.isDeleted === undefined || typeof e.isDeleted === "boolean") &&
    nullishString(e.text) &&
    nullishString(e.originalText) &&
    nullishString(e.containerId) &&
    stringList(e.groupIds) &&
    nullishString(e.frameId) &&
    binding(e.startBinding) &&
    binding(e.endBinding) &&
    pointList(e.points) &&
    record(e.customData) &&
    nullishString(e.name) &&
    nullishNumber(e.fontSize)
  );
}
