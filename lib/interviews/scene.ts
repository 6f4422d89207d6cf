import { z } from "zod";
import type { Prisma } from "@/lib/db/generated/client";
import { MAX_ELEMENTS, MAX_SCENE_BYTES } from "@/lib/grading/limits";
import { InterviewError } from "@/lib/interviews/errors";

/**
 * What a save carries: an Excalidraw scene. Elements are kept as Excalidraw wrote them (the
 * grader reads them defensively); only the envelope is checked here.
 */
export const storedSceneSchema = z.object({
  type: z.literal("excalidraw").default("excalidraw"),
  version: z.number().int().default(2),
  elements: z
    .array(z.looseObject({ id: z.string().min(1).max(200), type: z.string().min(1).max(50) }))
    .max(MAX_ELEMENTS, `A drawing can have at most ${MAX_ELEMENTS.toLocaleString("en")} elements.`),
  appState: z.record(z.string(), z.unknown()).default({}),
  files: z.record(z.string(), z.unknown()).default({}),
});
export type StoredScene = z.output<typeof storedSceneSchema>;

export const EMPTY_SCENE: StoredScene = { type: "excalidraw", version: 2, elements: [], appState: {}, files: {} };

export const MAX_NOTES_LENGTH = 20_000;

export function assertSceneSize(bytes: number) {
  if (bytes > MAX_SCENE_BYTES) {
    throw new InterviewError(
      "too_large",
      `This drawing is ${(bytes / 1e6).toFixed(1)} MB; the limit is ${MAX_SCENE_BYTES / 1e6} MB. Remove large images or split the drawing.`,
    );
  }
}

/** A validated scene is plain JSON; this tells Prisma's JSON column type so. */
export function sceneJson(scene: unknown): Prisma.InputJsonValue {
  return scene ?? EMPTY_SCENE;
}
