import { z } from "zod";
import { readJsonBody } from "@/lib/http/body";
import { jsonError } from "@/lib/http/responses";
import { interviewRoute, noStore } from "@/lib/interviews/http";
import { MAX_NOTES_LENGTH, storedSceneSchema } from "@/lib/interviews/scene";
import { submitInterview } from "@/lib/interviews/submit";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

// The last save may ride along with the submit, so nothing drawn after the last autosave is lost.
const submitSchema = z
  .object({
    baseVersion: z.number().int().min(0),
    scene: storedSceneSchema,
    notes: z.string().max(MAX_NOTES_LENGTH).default(""),
  })
  .partial()
  .refine(
    (body) => (body.scene === undefined) === (body.baseVersion === undefined),
    "scene and baseVersion go together",
  );

/** Submits and grades (idempotent: a second submit answers the stored grade). */
export const POST = interviewRoute(async ({ request, db, user, interviewId }) => {
  const hasBody = (request.headers.get("content-length") ?? "0") !== "0";
  let finalSave;
  if (hasBody) {
    const body = await readJsonBody(request, submitSchema);
    if (!body.ok)
      return jsonError(body.status, body.error, {
        code: body.status === 413 ? "too_large" : "invalid_request",
        issues: body.issues,
      });
    if (body.data.scene && body.data.baseVersion !== undefined) {
      finalSave = { baseVersion: body.data.baseVersion, scene: body.data.scene, notes: body.data.notes ?? "" };
    }
  }
  const result = await submitInterview(db, user.id, interviewId, finalSave);
  return noStore({
    id: result.id,
    status: result.status,
    submittedAt: result.submittedAt,
    grade: result.grade && {
      score: result.grade.score,
      engineVersion: result.grade.engineVersion,
      result: result.grade.result,
    },
    reportUrl: `/interviews/${result.id}/report`,
  });
});
