import { route } from "@/lib/http/route";
import { json } from "@/lib/http/responses";
import { saveDraft } from "@/lib/interviews/draft";
import {
  interviewParamsSchema,
  SAVE_BODY_MAX_BYTES,
  SAVE_RATE_LIMIT,
  saveDraftBodySchema,
} from "@/lib/interviews/schemas";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/**
 * Autosave. 200 `{ version, savedAt }`; 409 `{ code: "version_conflict", current }` when another
 * tab saved first; 409 `deadline_passed` / `already_submitted` once the interview is over;
 * 413 over 10 MB; 429 past SAVE_RATE_LIMIT; 400 for anything malformed. A save carrying the
 * `saveKey` of a save that committed already (its answer lost) goes on top of it, no 409.
 */
export const PUT = route(
  {
    auth: "user",
    params: interviewParamsSchema,
    body: saveDraftBodySchema,
    maxBodyBytes: SAVE_BODY_MAX_BYTES,
    rateLimit: { ...SAVE_RATE_LIMIT, per: (_request, params, user) => `${user.id}:${params.id}` },
  },
  async ({ db, user, params, body }) => json(await saveDraft(db, user.id, params.id, body)),
);
