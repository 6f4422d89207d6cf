/**
 * The grading engine's graph step, run in the browser on the live drawing: the same code the
 * server grades with, so the panel shows exactly what the grade will be based on. It asks for
 * the reading too (how each kind was read, how loose arrow ends were tied), which the panel
 * shows so a candidate can correct it.
 */
import { describeGraph, InvalidSceneError, type DescribedGraph, type InvalidSceneReason } from "@/lib/grading";

/**
 * Why the drawing cannot be read: the engine's reason for refusing it, or `engine` for a fault
 * of the engine itself. The panel words it in the reader's language; `message` is the engine's
 * English sentence, for developers.
 */
export type AnalysisFailure = InvalidSceneReason | "engine";

export type Analysis = { ok: true; graph: DescribedGraph } | { ok: false; reason: AnalysisFailure; message: string };

export function analyseDrawing(elements: readonly unknown[]): Analysis {
  try {
    return { ok: true, graph: describeGraph({ type: "excalidraw", version: 2, elements }, { reading: true }) };
  } catch (error) {
    // The engine refuses what is not a scene with a message meant for people; anything else
    // is a fault of the engine, which must not take the board down with it.
    if (InvalidSceneError.is(error)) return { ok: false, reason: error.reason, message: error.message };
    return { ok: false, reason: "engine", message: error instanceof Error ? error.message : String(error) };
  }
}
