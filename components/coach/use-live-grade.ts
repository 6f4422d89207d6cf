"use client";

import { useEffect, useState } from "react";
import type { ExcalidrawImperativeAPI } from "@excalidraw/excalidraw/types";
import { gradeScene, type GradeResult, type Rubric } from "@/lib/grading";

const DEBOUNCE_MS = 600;

/**
 * The engine's findings on the live drawing, in the browser (the engine is pure), recomputed
 * a moment after the drawing stops changing. Null until the board is ready or when the
 * drawing cannot be read (the grader panel says why).
 */
export function useLiveGrade(api: ExcalidrawImperativeAPI | null, rubric: Rubric): GradeResult | null {
  const [grade, setGrade] = useState<GradeResult | null>(null);
  useEffect(() => {
    if (!api) return;
    let timer: ReturnType<typeof setTimeout> | null = null;
    let lastCount = -1;
    let lastVersion = -1;
    const compute = () => {
      timer = null;
      try {
        setGrade(gradeScene({ type: "excalidraw", version: 2, elements: api.getSceneElements() }, rubric));
      } catch {
        setGrade(null);
      }
    };
    compute();
    const unsubscribe = api.onChange((elements) => {
      // Excalidraw calls onChange for every pointer move; only a changed drawing matters.
      let version = 0;
      for (const element of elements) version += element.version;
      if (elements.length === lastCount && version === lastVersion) return;
      lastCount = elements.length;
      lastVersion = version;
      if (timer !== null) clearTimeout(timer);
      timer = setTimeout(compute, DEBOUNCE_MS);
    });
    return () => {
      unsubscribe();
      if (timer !== null) clearTimeout(timer);
    };
  }, [api, rubric]);
  return grade;
}
