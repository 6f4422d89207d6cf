/**
 * The grading engine's graph step, run in the browser on the live drawing: the same code the
 * server grades with, so the panel shows exactly what the grade will be based on. It asks for
 * the reading too (how each kind was read, how loose arrow ends were tied), which the panel
 * shows so a candidate can correct it.
 */
import { describeGraph, InvalidSceneError, type DescribedGraph } from "@/lib/grading";

export type Analysis = { ok: true; graph: DescribedGraph } | { ok: false; message: string };

export function analyseDrawing(elements: readonly unknown[]): Analysis {
  try {
    return { ok: true, graph: describeGraph({ type: "excalidraw", version: 2, elements }, { reading: true }) };
  } catch (error) {
    // The engine refuses what is not a scene with a message meant for people; anything else
    // is a fault of the engine, which must not take the board down with it.
    if (InvalidSceneError.is(error)) return { ok: false, message: error.message };
    return { ok: false, message: "The grader could not read this drawing right now; it will try again as you draw." };
  }
}
