import { prepareLabelSuggestions, suggestKinds } from "@/lib/coach/labels";
import { labelSuggestionsBodySchema } from "@/lib/coach/schemas";
import { getEnv } from "@/lib/config/env";
import { route } from "@/lib/http/route";
import { json } from "@/lib/http/responses";
import { interviewParamsSchema } from "@/lib/interviews/schemas";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/**
 * Kinds the model suggests for labels the engine did not recognise, e.g. `{ "labels":
 * [{ "elementId": "box1", "text": "Kakfa" }] }` answers `{ suggestions: [{ elementId, kind,
 * confidence }] }`, only for ids sent and kinds the engine knows. One coach call. 503
 * coach_not_configured, 429 budget_exhausted, 409 already_submitted, 502 model_failed, 400, 404.
 */
export const POST = route(
  { auth: "user", params: interviewParamsSchema, body: labelSuggestionsBodySchema },
  async ({ db, user, params, body }) => {
    const prepared = await prepareLabelSuggestions(db, user.id, params.id, body, getEnv().openai);
    return json({ suggestions: await suggestKinds(db, prepared) });
  },
);
