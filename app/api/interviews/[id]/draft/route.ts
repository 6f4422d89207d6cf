import { z } from "zod";
import { readJsonBody } from "@/lib/http/body";
import { jsonError } from "@/lib/http/responses";
import { saveDraft } from "@/lib/interviews/draft";
import { interviewRoute, noStore } from "@/lib/interviews/http";
import { MAX_NOTES_LENGTH, storedSceneSchema } from "@/lib/interviews/scene";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export const draftSchema = z.object({
  baseVersion: z.number().int().min(0),
  scene: storedSceneSchema,
  notes: z
    .string()
    .max(MAX_NOTES_LENGTH, `Notes can be at most ${MAX_NOTES_LENGTH.toLocaleString("en")} characters.`)
    .default(""),
});

/**
 * Autosave. 200 `{ version, savedAt }`; 409 `{ code: "version_conflict", current }` when another
 * tab saved first; 409 `deadline_passed` / `already_submitted` once the interview is over;
 * 413 over 10 MB; 400 for anything malformed.
 */
export const PUT = interviewRoute(async ({ request, db, user, interviewId }) => {
  const body = await readJsonBody(request, draftSchema);
  if (!body.ok)
    return jsonError(body.status, body.error, {
      code: body.status === 413 ? "too_large" : "invalid_request",
      issues: body.issues,
    });
  const saved = await saveDraft(db, user.id, interviewId, body.data);
  return noStore(saved);
});
