import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { getDb } from "@/lib/db";
import { authorizeRequest } from "@/lib/http/guard";
import { jsonError, validationError } from "@/lib/http/responses";
import { InterviewError } from "@/lib/interviews/errors";
import { startInterview } from "@/lib/interviews/start";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

const startSchema = z.object({ promptSlug: z.string().trim().min(1, "promptSlug is required").max(100) });

// A relative Location: behind a proxy, or on 127.0.0.1 vs localhost, request.url may name
// another host than the browser used, and the session cookie would not follow there.
function seeOther(location: string) {
  return new Response(null, { status: 303, headers: { location, "cache-control": "no-store" } });
}

function isForm(request: NextRequest) {
  const type = request.headers.get("content-type") ?? "";
  return type.startsWith("application/x-www-form-urlencoded") || type.startsWith("multipart/form-data");
}

/**
 * Starts an interview. Accepts JSON (`{ "promptSlug": "url-shortener" }`, answers 201 with the
 * id) or the prompt page's plain HTML form (answers with a redirect to the whiteboard), so
 * "Start interview" works before any JavaScript has loaded.
 */
export async function POST(request: NextRequest) {
  const form = isForm(request);
  const auth = await authorizeRequest(request);
  if (!auth.ok) {
    if (!form) return auth.response;
    return seeOther(`/sign-in?callbackUrl=${encodeURIComponent("/prompts")}`);
  }
  let input: unknown;
  try {
    input = form ? Object.fromEntries(await request.formData()) : await request.json();
  } catch {
    return jsonError(400, 'The body must be JSON like {"promptSlug":"url-shortener"} or a form.');
  }
  const parsed = startSchema.safeParse(input);
  if (!parsed.success) return validationError(parsed.error, "start request");
  try {
    const interview = await startInterview(await getDb(), auth.user.id, parsed.data.promptSlug);
    const url = `/interviews/${interview.id}`;
    if (form) return seeOther(url);
    return NextResponse.json(
      { id: interview.id, deadline: interview.deadline, version: interview.version, url },
      { status: 201 },
    );
  } catch (error) {
    if (error instanceof InterviewError) return jsonError(error.status, error.message, { code: error.code });
    throw error;
  }
}
