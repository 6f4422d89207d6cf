// The drawing as an interview stores it, shared by the server and the page: one type, one
// empty scene and one tolerant reader. No dependencies, so the browser bundle can import it.
import type { Prisma } from "@/lib/db/generated/client";

/** An Excalidraw scene as saved: elements kept as Excalidraw wrote them (the grader reads them defensively). */
export interface StoredScene {
  type: "excalidraw";
  version: number;
  elements: unknown[];
  appState: Record<string, unknown>;
  files: Record<string, unknown>;
}

export const EMPTY_SCENE: StoredScene = { type: "excalidraw", version: 2, elements: [], appState: {}, files: {} };

export const MAX_NOTES_LENGTH = 20_000;

/** Reads whatever is stored or sent as a scene, tolerating the empty and the malformed. */
export function normaliseScene(value: unknown): StoredScene {
  if (!value || typeof value !== "object") return EMPTY_SCENE;
  const scene = value as Partial<StoredScene>;
  return {
    type: "excalidraw",
    version: 2,
    elements: Array.isArray(scene.elements) ? scene.elements : [],
    appState: scene.appState && typeof scene.appState === "object" ? scene.appState : {},
    files: scene.files && typeof scene.files === "object" ? scene.files : {},
  };
}

/** A validated scene is plain JSON; this tells Prisma's JSON column type so. */
export function sceneJson(scene: unknown): Prisma.InputJsonValue {
  return scene ?? EMPTY_SCENE;
}
