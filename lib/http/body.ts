// Request bodies are read here and nowhere else: streamed, with a byte limit checked as the
// bytes arrive (chunked bodies too), so an oversized upload is never held in memory whole.
import { AppError } from "@/lib/errors/app-error";
import { acceptsContentType, unsupportedMediaType } from "@/lib/http/request-checks";
import { stripNul } from "@/lib/http/text";

/**
 * How a route reads its body: JSON, raw text, (for a plain HTML form) form fields or JSON, or
 * "raw" bytes handed back untouched (a route that parses its own protocol, such as next-auth).
 */
export type BodyFormat = "json" | "text" | "json-or-form" | "raw";

/** Deeper JSON than any drawing has is refused before it reaches a service or Postgres. */
export const MAX_JSON_DEPTH = 64;

/** "100 KB", "10 MB": limits as people read them (decimal units, as the limits are written). */
function formatBytes(bytes: number): string {
  return bytes >= 1e6 ? `${Math.round(bytes / 1e6)} MB` : `${Math.round(bytes / 1e3)} KB`;
}

function tooLarge(maxBytes: number) {
  return new AppError("too_large", `The request is larger than ${formatBytes(maxBytes)}.`);
}

/** The body's bytes, whatever its framing; throws AppError "too_large" as soon as they pass `maxBytes`. */
export async function readBytesCapped(request: Request, maxBytes: number): Promise<Uint8Array<ArrayBuffer>> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > maxBytes) throw tooLarge(maxBytes);
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw tooLarge(maxBytes);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

export function isFormRequest(request: Request): boolean {
  const type = request.headers.get("content-type") ?? "";
  return type.startsWith("application/x-www-form-urlencoded") || type.startsWith("multipart/form-data");
}

/** How deeply arrays and objects nest in a JSON text (brackets inside strings do not count). */
export function jsonDepth(text: string, stopAbove = Infinity): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (inString) {
      if (code === 92 /* \ */) index++;
      else if (code === 34 /* " */) inString = false;
    } else if (code === 34) inString = true;
    else if (code === 123 /* { */ || code === 91 /* [ */) {
      if (++depth > deepest) deepest = depth;
      if (deepest > stopAbove) return deepest;
    } else if (code === 125 /* } */ || code === 93 /* ] */) depth--;
  }
  return deepest;
}

function parseJson(text: string): unknown {
  if (text === "") return undefined;
  if (jsonDepth(text, MAX_JSON_DEPTH) > MAX_JSON_DEPTH)
    throw new AppError("invalid_request", `The body nests deeper than ${MAX_JSON_DEPTH} levels.`);
  try {
    return JSON.parse(stripNul(text, "json")) as unknown;
  } catch {
    throw new AppError("invalid_request", "The body is not valid JSON.");
  }
}

/**
 * Reads the body in `format`, capped at `maxBytes`: JSON parsed (undefined when the body is
 * empty), text as it is, form fields as an object of strings, raw bytes untouched. NUL
 * characters, which Postgres cannot store in text, are dropped from JSON and form fields.
 * Throws AppError "too_large", "unsupported_media_type" (a non-empty JSON body sent as
 * anything but application/json) or "invalid_request" (not JSON, nested too deeply); the
 * route's zod schema validates what this returns.
 */
export async function readBody(request: Request, format: BodyFormat, maxBytes: number): Promise<unknown> {
  const accepted = acceptsContentType(request, format);
  if (!accepted && Number(request.headers.get("content-length") ?? "0") > 0) throw unsupportedMediaType(format);
  const bytes = await readBytesCapped(request, maxBytes);
  if (format === "raw") return bytes;
  if (!accepted && bytes.byteLength > 0) throw unsupportedMediaType(format);
  if (format === "json-or-form" && isFormRequest(request)) {
    const type = request.headers.get("content-type") ?? "";
    const form = await new Response(bytes, { headers: { "content-type": type } }).formData().catch(() => {
      throw new AppError("invalid_request", "The form could not be read.");
    });
    return stripNulFromFields(Object.fromEntries(form));
  }
  const text = new TextDecoder().decode(bytes);
  return format === "text" ? text : parseJson(text);
}

/** Form fields (or query values) with NUL characters dropped from every string. */
export function stripNulFromFields<T>(fields: Record<string, T>): Record<string, T> {
  const clean = (value: unknown): unknown =>
    typeof value === "string" ? stripNul(value) : Array.isArray(value) ? value.map(clean) : value;
  return Object.fromEntries(Object.entries(fields).map(([key, value]) => [stripNul(key), clean(value) as T]));
}
