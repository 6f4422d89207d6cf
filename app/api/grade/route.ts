// POST /api/grade[?prompt=SLUG] — grades an Excalidraw scene sent as the body. No account
// needed: this is the "CI check for architecture diagrams" of the product brief. Answers the
// JSON of docs/grading.md §5; errors are { "error": "..." }: 400 bad JSON or not a scene, 404 unknown
// prompt, 413 body over 10 MB.
import { NextResponse } from "next/server";
import { z } from "zod";
import { gradeScene, InvalidSceneError, MAX_SCENE_BYTES } from "@/lib/grading";
import { readTextCapped } from "@/lib/http/body";
import { jsonError } from "@/lib/http/responses";
import { findPromptBySlug } from "@/lib/prompts/catalog";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

const promptParam = z
  .array(
    z
      .string()
      .regex(/^[a-z0-9][a-z0-9-]{0,99}$/, { message: "prompt must be a prompt slug such as scale-to-millions" }),
  )
  .max(1, { message: "give at most one prompt" });

const TOO_LARGE = `The scene is larger than ${MAX_SCENE_BYTES / 1_000_000} MB.`;

export async function POST(request: Request) {
  const query = promptParam.safeParse(new URL(request.url).searchParams.getAll("prompt"));
  if (!query.success) return jsonError(400, `Invalid query: ${query.error.issues[0]?.message ?? "bad prompt"}`);
  const slug = query.data[0] ?? null;
  const prompt = slug === null ? null : findPromptBySlug(slug);
  if (slug !== null && !prompt) return jsonError(404, `Unknown prompt "${slug}".`);

  const body = await readTextCapped(request, MAX_SCENE_BYTES);
  if (body === null) return jsonError(413, TOO_LARGE);
  if (body.trim() === "") return jsonError(400, "The body is empty: send an Excalidraw scene as JSON.");
  try {
    const result = gradeScene(body, prompt?.rubric, { prompt: slug });
    return NextResponse.json(result, { headers: { "cache-control": "no-store" } });
  } catch (error) {
    if (error instanceof InvalidSceneError) return jsonError(error.reason === "too_large" ? 413 : 400, error.message);
    throw error;
  }
}
