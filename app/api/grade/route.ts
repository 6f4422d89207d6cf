// POST /api/grade[?prompt=SLUG][&lang=en|ko] — grades an Excalidraw scene sent as the body. No account
// needed: this is the "CI check for architecture diagrams" of the product brief. Answers the
// JSON of docs/grading.md §5; errors are { "error": "...", "code": "..." }: 400 bad JSON or not
// a scene, 404 unknown prompt, 413 body over 10 MB, 429 past GRADE_RATE_LIMIT from one address.
// Messages are in `lang`, else in the language Accept-Language prefers (English unless it asks
// for Korean); ids and data are the same in both.
import { gradingLanguageFor, InvalidSceneError, MAX_SCENE_BYTES } from "@/lib/grading";
import { gradeSceneToJson } from "@/lib/grading-worker/pool";
import { AppError } from "@/lib/errors/app-error";
import { jsonText } from "@/lib/http/responses";
import { route } from "@/lib/http/route";
import { findPromptBySlug } from "@/lib/prompts/catalog";
import { GRADE_RATE_LIMIT, gradeSceneBodySchema, gradeSceneQuerySchema } from "@/lib/prompts/schemas";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export const POST = route(
  {
    auth: "public",
    query: gradeSceneQuerySchema,
    body: gradeSceneBodySchema,
    bodyFormat: "text",
    maxBodyBytes: MAX_SCENE_BYTES,
    rateLimit: { ...GRADE_RATE_LIMIT, per: "address" },
  },
  async ({ request, query, body }) => {
    const slug = query.prompt ?? null;
    const prompt = slug === null ? null : findPromptBySlug(slug);
    if (slug !== null && !prompt) throw new AppError("unknown_prompt", `Unknown prompt "${slug}".`);
    if (body.trim() === "") throw new AppError("invalid_scene", "The body is empty: send an Excalidraw scene as JSON.");
    try {
      const language = query.lang ?? gradingLanguageFor(request.headers.get("accept-language"));
      // A large scene is graded in a worker thread, so the process keeps answering meanwhile.
      return jsonText(await gradeSceneToJson(body, prompt?.rubric, { prompt: slug, language }));
    } catch (error) {
      if (error instanceof InvalidSceneError)
        throw new AppError(error.reason === "too_large" ? "too_large" : "invalid_scene", error.message);
      throw error;
    }
  },
);
