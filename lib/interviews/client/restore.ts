import type { LocalDraft } from "./draft-store";
import { normaliseScene, type StoredScene } from "@/lib/interviews/scene";
import { contentKey } from "./scene";

export type RestoreDecision =
  /** No copy on this device, or one with nothing the server lacks: open the server's drawing. */
  | { kind: "server"; discardLocal: boolean }
  /** The device has unsaved work on top of the server's version: open it and save it. */
  | { kind: "local"; scene: StoredScene; notes: string }
  /**
   * The device has unsaved work, but the server has moved on since (another tab saved):
   * open the device's copy and let the person choose, as in a live conflict.
   */
  | { kind: "conflict"; scene: StoredScene; notes: string };

/**
 * What to open after a reload, given the server's drawing and the copy kept on this device
 * (written before every save and removed once the server confirmed it).
 */
export function decideRestore(
  server: { version: number; scene: StoredScene; notes: string },
  local: LocalDraft | null,
): RestoreDecision {
  if (!local) return { kind: "server", discardLocal: false };
  let scene: StoredScene;
  try {
    scene = normaliseScene(JSON.parse(local.sceneJson));
  } catch {
    return { kind: "server", discardLocal: true };
  }
  // A copy identical to the server's (its save landed but the page closed before the copy
  // was removed) holds nothing new.
  if (contentKey(scene.elements, local.notes) === contentKey(server.scene.elements, server.notes)) {
    return { kind: "server", discardLocal: true };
  }
  if (local.baseVersion === server.version) return { kind: "local", scene, notes: local.notes };
  if (local.baseVersion < server.version) return { kind: "conflict", scene, notes: local.notes };
  // Newer than the server cannot happen on one database; trust the server.
  return { kind: "server", discardLocal: true };
}
