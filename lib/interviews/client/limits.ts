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

export interface LimitCheck {
  level: LimitLevel;
  /** For the person drawing: what is near or over the limit and what to do. Null when ok. */
  message: string | null;
}

const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;

/** Checks a drawing against the server's limits (lib/grading/limits.ts) before sending it. */
export function checkLimits({ bytes, elements }: { bytes?: number; elements: number }): LimitCheck {
  const overElements = elements > MAX_ELEMENTS;
  const overBytes = bytes !== undefined && bytes > MAX_SCENE_BYTES;
  if (overElements || overBytes) {
    const what = overElements
      ? `${elements.toLocaleString("en")} elements; the limit is ${MAX_ELEMENTS.toLocaleString("en")}`
      : `${mb(bytes!)}; the limit is ${mb(MAX_SCENE_BYTES)}`;
    return {
      level: "over",
      message: `This drawing is too large to save (${what}). It is kept on this device; remove large images or elements to save again.`,
    };
  }
  const nearElements = elements >= MAX_ELEMENTS * WARN_AT;
  const nearBytes = bytes !== undefined && bytes >= MAX_SCENE_BYTES * WARN_AT;
  if (nearElements || nearBytes) {
    const what = nearElements
      ? `${elements.toLocaleString("en")} of ${MAX_ELEMENTS.toLocaleString("en")} elements`
      : `${mb(bytes!)} of ${mb(MAX_SCENE_BYTES)}`;
    return {
      level: "warn",
      message: `This drawing is close to the size limit (${what}). Large images use the most room.`,
    };
  }
  return { level: "ok", message: null };
}
