import type { z } from "zod";
import { MAX_SCENE_BYTES } from "@/lib/grading/limits";

export type BodyResult<T> = { ok: true; data: T; bytes: number } | { ok: false; status: 400 | 413; error: string; issues?: unknown };

// A scene may be up to 10 MB; the envelope around it (version, notes) gets a little room.
const ENVELOPE_ALLOWANCE = 64 * 1024;

/** Reads a JSON body with a size cap, then validates it: 413 when too big, 400 when malformed. */
export async function readJsonBody<S extends z.ZodType>(
  request: Request,
  schema: S,
  maxBytes = MAX_SCENE_BYTES + ENVELOPE_ALLOWANCE,
): Promise<BodyResult<z.output<S>>> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  const tooLarge = (): BodyResult<never> => ({
    ok: false,
    status: 413,
    error: `The request is larger than ${(maxBytes / 1e6).toFixed(0)} MB.`,
  });
  if (declared > maxBytes) return tooLarge();
  const text = await request.text();
  const bytes = Buffer.byteLength(text, "utf8");
  if (bytes > maxBytes) return tooLarge();
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
    return { ok: false, status: 400, error: `Invalid request: ${first.path ? `${first.path}: ` : ""}${first.message}`, issues };
  }
  return { ok: true, data: parsed.data, bytes };
}
