"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { ExcalidrawImperativeAPI } from "@excalidraw/excalidraw/types";
import { analyseDrawing, type AnalysisFailure } from "@/lib/interviews/client/analyse";
import { summariseGraph, type GraderSummary } from "@/lib/interviews/client/grader-view";
import { handTaggedComponentIds } from "@/lib/interviews/client/tag-element";

export type GraderView =
  | { kind: "waiting" }
  | { kind: "ready"; summary: GraderSummary; stale: boolean }
  | { kind: "error"; reason: AnalysisFailure; stale: boolean };

const DEBOUNCE_MS = 400;

/**
 * Runs the grading engine's graph step in the browser, 400 ms after the drawing stops
 * changing: often enough to feel live, rarely enough not to slow drawing down.
 */
export function useGraderView(api: ExcalidrawImperativeAPI | null): { view: GraderView; schedule: () => void } {
  const [view, setView] = useState<GraderView>({ kind: "waiting" });
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const apiRef = useRef(api);
  useEffect(() => {
    apiRef.current = api;
  }, [api]);

  const compute = useCallback(() => {
    timer.current = null;
    const current = apiRef.current;
    if (!current) return;
    const elements = current.getSceneElements();
    const result = analyseDrawing(elements);
    setView(
      result.ok
        ? {
            kind: "ready",
            summary: summariseGraph(result.graph, handTaggedComponentIds(result.graph.components, elements)),
            stale: false,
          }
        : { kind: "error", reason: result.reason, stale: false },
    );
  }, []);

  const schedule = useCallback(() => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = setTimeout(compute, DEBOUNCE_MS);
    setView((previous) => (previous.kind === "waiting" || previous.stale ? previous : { ...previous, stale: true }));
  }, [compute]);

  useEffect(() => {
    if (api) compute();
  }, [api, compute]);

  useEffect(
    () => () => {
      if (timer.current !== null) clearTimeout(timer.current);
    },
    [],
  );

  return { view, schedule };
}
