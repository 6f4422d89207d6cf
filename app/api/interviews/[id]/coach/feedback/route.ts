import { partialSummary } from "@/lib/coach/answer";
import { prepareFeedback, writeFeedback } from "@/lib/coach/feedback";
import { loadCoachReport } from "@/lib/coach/report";
import { getEnv } from "@/lib/config/env";
import { route } from "@/lib/http/route";
import { json } from "@/lib/http/responses";
import { sseResponse } from "@/lib/http/sse";
import { routeLocale } from "@/lib/i18n/route-locale";
import { interviewParamsSchema } from "@/lib/interviews/schemas";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/**
 * The coach's part of a report, without calling the model: `{ enabled, feedback (the newest
 * stored, or null), sent (what a call would send), callsLeft, transcript }`. 404 for anyone else's.
 */
export const GET = route({ auth: "user", params: interviewParamsSchema }, async ({ db, user, params }) =>
  json(await loadCoachReport(db, user.id, params.id, getEnv().openai)),
);

/**
 * Writes (or rewrites) the feedback, in the reader's language: server-sent events `summary` `{ text }` as it is written,
 * then `done` `{ feedback }`, or `error` `{ code, error }`. Before the stream: 503
 * coach_not_configured, 429 budget_exhausted, 404.
 */
export const POST = route({ auth: "user", params: interviewParamsSchema }, async ({ db, user, params, request }) => {
  const language = await routeLocale(db, user.id, request);
  const prepared = await prepareFeedback(db, user.id, params.id, getEnv().openai, language);
  return sseResponse(request, async (send, signal) => {
    let written = "";
    let shown = "";
    const feedback = await writeFeedback(
      db,
      prepared,
      (text) => {
        written += text;
        const summary = partialSummary(written);
        if (summary !== shown) send("summary", { text: (shown = summary) });
      },
      signal,
    );
    send("done", { feedback });
  });
});
