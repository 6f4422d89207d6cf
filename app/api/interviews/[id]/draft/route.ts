import { route } from "@/lib/http/route";
import { json } from "@/lib/http/responses";
import { saveDraft } from "@/lib/interviews/draft";
import { interviewParamsSchema, SAVE_BODY_MAX_BYTES, saveDraftBodySchema } from "@/lib/interviews/schemas";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/**
 * Autosave. 200 `{ version, savedAt }`; 409 `{ code: "version_conflict", current }` when another
 * tab saved first; 409 `deadline_passed` / `already_submitted` once the interview is over;
 * 413 over 10 MB; 400 for anything malformed.
 */
export const PUT = route(
  { auth: "user", params: interviewParamsSchema, body: saveDraftBodySchema, maxBodyBytes: SAVE_BODY_MAX_BYTES },
  async ({ db, user, params, body }) => json(await saveDraft(db, user.id, params.id, body)),
);
