"use client";

import { createContext, useContext } from "react";
import type { ExcalidrawImperativeAPI } from "@excalidraw/excalidraw/types";
import type { HighlightTone } from "./use-report-canvas";

/**
 * The report's read-only canvas, for what a page lays over it (the review's pins): the
 * Excalidraw API once the drawing is loaded, and the report's own highlighting.
 */
export interface ReportCanvasHandle {
  api: ExcalidrawImperativeAPI | null;
  ready: boolean;
  highlight: (elementIds: readonly string[], tone: HighlightTone) => Promise<number>;
  clearHighlight: () => Promise<void>;
}

export const ReportCanvasContext = createContext<ReportCanvasHandle | null>(null);

export function useReportCanvasHandle(): ReportCanvasHandle | null {
  return useContext(ReportCanvasContext);
}
