import { prepareChat, writeChatReply } from "@/lib/coach/chat";
import { chatBodySchema } from "@/lib/coach/schemas";
import { loadTranscript } from "@/lib/coach/transcript";
import { getEnv } from "@/lib/config/env";
import { route } from "@/lib/http/route";
import { json } from "@/lib/http/responses";
import { sseResponse } from "@/lib/http/sse";
import { routeLocale } from "@/lib/i18n/route-locale";
import { interviewParamsSchema, SAVE_BODY_MAX_BYTES } from "@/lib/interviews/schemas";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** The interview's chat transcript, oldest first: `{ messages }`. 404 for anyone else's. */
export const GET = route({ auth: "user", params: interviewParamsSchema }, async ({ db, user, params }) =>
  json({ messages: await loadTranscript(db, user.id, params.id) }),
);

/**
 * A message to the interviewer with the board's elements; the interviewer replies in the
 * candidate's interface language. Server-sent events: `saved`
 * `{ message }` (the candidate's, now in the transcript), `delta` `{ text }` as the reply is
 * written, `done` `{ message }`, or `error` `{ code, error }`. Before the stream: 503
 * coach_not_configured, 429 budget_exhausted, 409 already_submitted, 400, 404.
 */
export const POST = route(
  { auth: "user", params: interviewParamsSchema, body: chatBodySchema, maxBodyBytes: SAVE_BODY_MAX_BYTES },
  async ({ db, user, params, body, request }) => {
    const language = await routeLocale(db, user.id, request);
    const prepared = await prepareChat(db, user.id, params.id, body, getEnv().openai, { language });
    return sseResponse(request, async (send, signal) => {
      send("saved", { message: prepared.history.at(-1) });
      const message = await writeChatReply(db, prepared, (text) => send("delta", { text }), signal);
      send("done", { message });
    });
  },
);
