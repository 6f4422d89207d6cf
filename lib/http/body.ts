// Request bodies are read here and nowhere else: streamed, with a byte limit checked as the
// bytes arrive (chunked bodies too), so an oversized upload is never held in memory whole.
import { AppError } from "@/lib/errors/app-error";

/** How a route reads its body: JSON, raw text, or (for a plain HTML form) form fields or JSON. */
export type BodyFormat = "json" | "text" | "json-or-form";

/** "100 KB", "10 MB": limits as people read them (decimal units, as the limits are written). */
function formatBytes(bytes: number): string {
  return bytes >= 1e6 ? `${Math.round(bytes / 1e6)} MB` : `${Math.round(bytes / 1e3)} KB`;
}

function tooLarge(maxBytes: number) {
  return new AppError("too_large", `The request is larger than ${formatBytes(maxBytes)}.`);
}

/** The body's bytes; throws AppError "too_large" as soon as they pass `maxBytes`. */
async function readBytesCapped(request: Request, maxBytes: number): Promise<Uint8Array<ArrayBuffer>> {
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

/**
 * Reads the body in `format`, capped at `maxBytes`: JSON parsed (undefined when the body is
 * empty), text as it is, form fields as an object of strings. Throws AppError "too_large" or
 * "invalid_request" (not JSON); the route's zod schema validates what this returns.
 */
export async function readBody(request: Request, format: BodyFormat, maxBytes: number): Promise<unknown> {
  const bytes = await readBytesCapped(request, maxBytes);
  if (format === "json-or-form" && isFormRequest(request)) {
    const type = request.headers.get("content-type") ?? "";
    const form = await new Response(bytes, { headers: { "content-type": type } }).formData().catch(() => {
      throw new AppError("invalid_request", "The form could not be read.");
    });
    return Object.fromEntries(form);
  }
  const text = new TextDecoder().decode(bytes);
  if (format === "text") return text;
  if (text === "") return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new AppError("invalid_request", "The body is not valid JSON.");
  }
}
