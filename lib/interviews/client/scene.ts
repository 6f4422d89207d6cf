/**
 * The drawing as the server stores it, built from what Excalidraw hands the page, plus the
 * cheap checks the page runs on every change.
 */
import type { StoredScene } from "@/lib/interviews/scene";

/** The parts of an Excalidraw element this module reads. */
export interface ElementLike {
  id: string;
  type: string;
  version: number;
  isDeleted?: boolean;
  fileId?: string | null;
}

/**
 * A fingerprint that changes whenever the drawing does: Excalidraw bumps an element's
 * version on every edit (deleting included), so the count and the sum of versions move on
 * any real change but stay put on pointer moves, selection and scrolling. O(n) additions, no
 * serialisation, cheap enough for every onChange call.
 */
export function sceneFingerprint(
  elements: readonly ElementLike[],
  files?: Readonly<Record<string, unknown>> | null,
): string {
  let sum = 0;
  for (const element of elements) sum += element.version;
  const fileCount = files ? Object.keys(files).length : 0;
  return `${elements.length}:${sum}:${fileCount}`;
}

function liveElements<T extends ElementLike>(elements: readonly T[]): T[] {
  return elements.filter((element) => !element.isDeleted);
}

/** The view settings worth keeping with a drawing; the rest (scroll, tool, selection) is per tab. */
const KEPT_APP_STATE = ["viewBackgroundColor", "gridModeEnabled", "gridSize", "gridStep"] as const;

/**
 * The scene to save: live elements only (deleted ones are history the server does not need),
 * a few view settings, and only the image files still in use.
 */
export function buildStoredScene(
  elements: readonly ElementLike[],
  appState: Readonly<Record<string, unknown>>,
  files: Readonly<Record<string, unknown>>,
): StoredScene {
  const live = liveElements(elements);
  const used = new Set(live.map((element) => element.fileId).filter((id): id is string => typeof id === "string"));
  const keptFiles: Record<string, unknown> = {};
  for (const id of used) if (files[id] !== undefined) keptFiles[id] = files[id];
  const keptState: Record<string, unknown> = {};
  for (const key of KEPT_APP_STATE) if (appState[key] !== undefined) keptState[key] = appState[key];
  return { type: "excalidraw", version: 2, elements: live, appState: keptState, files: keptFiles };
}

/**
 * A key that is equal for two copies of the same drawing and notes, whatever order their
 * JSON keys came back in (Postgres jsonb reorders them). Used once at load, to tell whether a
 * copy kept on this device holds anything the server lacks.
 */
export function contentKey(elements: readonly unknown[], notes: string): string {
  const parts: string[] = [];
  for (const raw of elements) {
    if (!raw || typeof raw !== "object") continue;
    const element = raw as Partial<ElementLike>;
    if (element.isDeleted) continue;
    parts.push(`${String(element.id)}@${String(element.version)}`);
  }
  parts.sort();
  return `${parts.join(",")}|${notes}`;
}
