import type { z } from "zod";
import { MAX_SCENE_BYTES } from "@/lib/grading/limits";

export type BodyResult<T> =
  { ok: true; data: T; bytes: number } | { ok: false; status: 400 | 413; error: string; issues?: unknown };

// A scene may be up to 10 MB; the envelope around it (version, notes) gets a little room.
const ENVELOPE_ALLOWANCE = 64 * 1024;

/**
 * Reads a body as text, refusing it as soon as it passes `maxBytes` (chunked bodies too, so
 * an oversized upload is never held in memory whole). Null means too large.
 */
export async function readTextCapped(request: Request, maxBytes: number): Promise<string | null> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > maxBytes) return null;
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new TextDecoder().decode(bytes);
}

/** Reads a JSON body with a size cap, then validates it: 413 when too big, 400 when malformed. */
export async function readJsonBody<S extends z.ZodType>(
  request: Request,
  schema: S,
  maxBytes = MAX_SCENE_BYTES + ENVELOPE_ALLOWANCE,
): Promise<BodyResult<z.output<S>>> {
  const text = await readTextCapped(request, maxBytes);
  if (text === null)
    return { ok: false, status: 413, error: `The request is larger than ${(maxBytes / 1e6).toFixed(0)} MB.` };
  const bytes = Buffer.byteLength(text, "utf8");
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, status: 400, error: "The body is not valid JSON." };
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => ({ path: issue.path.join("."), message: issue.message }));
    const first = issues[0]!;
    return {
      ok: false,
      status: 400,
      error: `Invalid request: ${first.path ? `${first.path}: ` : ""}${first.message}`,
      issues,
    };
  }
  return { ok: true, data: parsed.data, bytes };
}
