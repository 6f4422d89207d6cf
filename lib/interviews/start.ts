import type { Database } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { EMPTY_SCENE, sceneJson } from "@/lib/interviews/scene";

/** Starts a timed interview on a published prompt; the deadline is the server's clock + duration. */
export async function startInterview(db: Database, userId: string, promptSlug: string, now = new Date()) {
  const prompt = await db.prompt.findUnique({
    where: { slug: promptSlug },
    select: { id: true, published: true, durationMinutes: true },
  });
  if (!prompt?.published) throw new AppError("unknown_prompt", `No prompt named "${promptSlug}".`);
  return db.interview.create({
    data: {
      userId,
      promptId: prompt.id,
      startedAt: now,
      deadline: new Date(now.getTime() + prompt.durationMinutes * 60_000),
      scene: sceneJson(EMPTY_SCENE),
    },
    select: { id: true, deadline: true, version: true },
  });
}
