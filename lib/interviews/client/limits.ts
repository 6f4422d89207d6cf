import { MAX_ELEMENTS, MAX_SCENE_BYTES } from "@/lib/grading/limits";

/** Share of a limit at which the page starts warning, so nobody meets the wall by surprise. */
const WARN_AT = 0.8;

/** UTF-8 length of a string without allocating an encoded copy (scenes can be 10 MB). */
export function utf8ByteLength(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}

export type LimitLevel = "ok" | "warn" | "over";

/** What is near or over a limit: the drawing's element count or its size in bytes, and the limit. */
export interface LimitMeasure {
  what: "elements" | "bytes";
  value: number;
  limit: number;
}

export interface LimitCheck {
  level: LimitLevel;
  /** For the person drawing (the page words it): what is near or over the limit. Null when ok. */
  measure: LimitMeasure | null;
}

/** Checks a drawing against the server's limits (lib/grading/limits.ts) before sending it. */
export function checkLimits({ bytes, elements }: { bytes?: number; elements: number }): LimitCheck {
  const elementsMeasure: LimitMeasure = { what: "elements", value: elements, limit: MAX_ELEMENTS };
  const bytesMeasure = (value: number): LimitMeasure => ({ what: "bytes", value, limit: MAX_SCENE_BYTES });
  if (elements > MAX_ELEMENTS) return { level: "over", measure: elementsMeasure };
  if (bytes !== undefined && bytes > MAX_SCENE_BYTES) return { level: "over", measure: bytesMeasure(bytes) };
  if (elements >= MAX_ELEMENTS * WARN_AT) return { level: "warn", measure: elementsMeasure };
  if (bytes !== undefined && bytes >= MAX_SCENE_BYTES * WARN_AT) return { level: "warn", measure: bytesMeasure(bytes) };
  return { level: "ok", measure: null };
}
