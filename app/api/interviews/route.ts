import { isFormRequest } from "@/lib/http/body";
import { signInUrl } from "@/lib/http/request-path";
import { json, seeOther } from "@/lib/http/responses";
import { route } from "@/lib/http/route";
import { startInterviewBodySchema } from "@/lib/interviews/schemas";
import { startInterview } from "@/lib/interviews/start";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/**
 * Starts an interview. Accepts JSON (`{ "promptSlug": "url-shortener" }`, answers 201 with the
 * id) or the prompt page's plain HTML form (answers with a redirect to the whiteboard), so
 * "Start interview" works before any JavaScript has loaded.
 */
export const POST = route(
  {
    auth: "user",
    body: startInterviewBodySchema,
    bodyFormat: "json-or-form",
    // A signed-out visitor's form goes to sign-in, not to a JSON 401.
    onError: (error, request) =>
      error.code === "unauthenticated" && isFormRequest(request) ? seeOther(signInUrl("/prompts")) : undefined,
  },
  async ({ db, user, body, request }) => {
    const interview = await startInterview(db, user.id, body.promptSlug);
    const url = `/interviews/${interview.id}`;
    if (isFormRequest(request)) return seeOther(url);
    return json({ id: interview.id, deadline: interview.deadline, version: interview.version, url }, { status: 201 });
  },
);
