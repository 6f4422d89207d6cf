"use client";

import "@/components/excalidraw/self-hosted-assets";
import { useCallback, useEffect, useRef, useState } from "react";
import type { ExcalidrawElement } from "@excalidraw/excalidraw/element/types";
import type { BinaryFileData, BinaryFiles, ExcalidrawImperativeAPI } from "@excalidraw/excalidraw/types";
import type { ComponentJson, ZoneJson } from "@/lib/grading/types";
import { exposeReportForTests, hideReportFromTests } from "@/components/testing/test-hooks";
import { highlightGroups } from "@/lib/reports/highlight";

export type HighlightTone = "fail" | "pass" | "info";

const OUTLINE_COLORS: Record<HighlightTone, string> = { fail: "#dc2626", pass: "#059669", info: "#4f46e5" };
/** Outlines added for a highlight carry this, so exports and resets can drop them. */
const HIGHLIGHT_MARK = "scaleboardReportHighlight";
const OUTLINE_PADDING = 12;

export interface ShownScene {
  elements: readonly unknown[];
  files: Record<string, unknown>;
}

/**
 * Drives the read-only canvas: swaps the drawing shown (final or a replay revision) and
 * highlights the elements a finding names. View mode does not reliably draw a selection,
 * so a highlight also dims everything else and outlines each named component; the
 * selection is set as well, for the editor's own state and for the tests.
 */
export function useReportCanvas(graph: { components: ComponentJson[]; zones: ZoneJson[] }, testHooks: boolean) {
  const [api, setApi] = useState<ExcalidrawImperativeAPI | null>(null);
  const [ready, setReady] = useState(false);
  // The drawing as loaded, without dimming or outlines: what highlights start from and exports use.
  const base = useRef<{ elements: ExcalidrawElement[]; files: BinaryFiles }>({ elements: [], files: {} });

  const onReady = useCallback((next: ExcalidrawImperativeAPI) => setApi(next), []);

  // Excalidraw hands out its API before it has read initialData (appState.isLoading). Wait
  // for the drawing, then remember it, fit it into view and let tests reach the API (when asked to).
  useEffect(() => {
    if (!api) return;
    let done = false;
    const settle = () => {
      if (done || api.getAppState().isLoading) return;
      done = true;
      unsubscribe();
      const elements = api.getSceneElements();
      base.current = { elements: [...elements], files: api.getFiles() };
      if (elements.length) api.scrollToContent(elements, { fitToContent: true, animate: false });
      if (testHooks) exposeReportForTests(api);
      setReady(true);
    };
    const unsubscribe = api.onChange(settle);
    settle();
    return () => {
      unsubscribe();
      hideReportFromTests(api);
    };
  }, [api, testHooks]);

  const showScene = useCallback(
    async (scene: ShownScene) => {
      if (!api || !ready) return;
      const { restoreElements, CaptureUpdateAction } = await import("@excalidraw/excalidraw");
      const elements = restoreElements(scene.elements as Parameters<typeof restoreElements>[0], null);
      const files = scene.files as BinaryFiles;
      base.current = { elements: [...elements], files };
      const fresh = Object.values(files).filter((file): file is BinaryFileData =>
        Boolean(file && typeof file === "object"),
      );
      if (fresh.length) api.addFiles(fresh);
      api.updateScene({ elements, appState: { selectedElementIds: {} }, captureUpdate: CaptureUpdateAction.NEVER });
      if (elements.length) api.scrollToContent(elements, { fitToContent: true, animate: false });
    },
    [api, ready],
  );

  const clearHighlight = useCallback(async () => {
    if (!api || !ready) return;
    const { CaptureUpdateAction } = await import("@excalidraw/excalidraw");
    api.updateScene({
      elements: base.current.elements,
      appState: { selectedElementIds: {} },
      captureUpdate: CaptureUpdateAction.NEVER,
    });
  }, [api, ready]);

  /** Highlights the elements; answers how many of them this drawing has (0: nothing to show). */
  const highlight = useCallback(
    async (elementIds: readonly string[], tone: HighlightTone): Promise<number> => {
      if (!api || !ready) return 0;
      const { getCommonBounds, convertToExcalidrawElements, CaptureUpdateAction } =
        await import("@excalidraw/excalidraw");
      const elements = base.current.elements;
      const byId = new Map(elements.map((element) => [element.id, element]));
      const focus = new Set(elementIds.filter((id) => byId.has(id)));
      if (focus.size === 0) {
        await clearHighlight();
        if (elements.length) api.scrollToContent(elements, { fitToContent: true, animate: true });
        return 0;
      }
      // A label bound to a named shape (or arrow) stays lit with it.
      const lit = (element: ExcalidrawElement) =>
        focus.has(element.id) ||
        (element.type === "text" && element.containerId !== null && focus.has(element.containerId));
      const outlines = highlightGroups([...focus], graph.components, graph.zones).flatMap((group) => {
        const shapes = group
          .map((id) => byId.get(id)!)
          .filter((element) => element.type !== "arrow" && element.type !== "line");
        if (shapes.length === 0) return [];
        const [x1, y1, x2, y2] = getCommonBounds(shapes);
        return convertToExcalidrawElements([
          {
            type: "rectangle",
            x: x1 - OUTLINE_PADDING,
            y: y1 - OUTLINE_PADDING,
            width: x2 - x1 + 2 * OUTLINE_PADDING,
            height: y2 - y1 + 2 * OUTLINE_PADDING,
            strokeColor: OUTLINE_COLORS[tone],
            backgroundColor: "transparent",
            strokeWidth: 4,
            strokeStyle: "dashed",
            roughness: 0,
            roundness: { type: 3 },
            locked: true,
            customData: { [HIGHLIGHT_MARK]: true },
          },
        ]);
      });
      const dimmed = elements.map((element) =>
        lit(element) ? element : { ...element, opacity: Math.max(8, Math.round(element.opacity * 0.2)) },
      );
      api.updateScene({
        elements: [...dimmed, ...outlines],
        appState: { selectedElementIds: Object.fromEntries([...focus].map((id) => [id, true])) },
        captureUpdate: CaptureUpdateAction.NEVER,
      });
      api.scrollToContent(
        elements.filter((element) => focus.has(element.id)),
        { fitToContent: true, animate: true },
      );
      return focus.size;
    },
    [api, ready, clearHighlight, graph.components, graph.zones],
  );

  /** Brings the whole drawing back into view. */
  const fit = useCallback(() => {
    const elements = base.current.elements;
    if (api && elements.length) api.scrollToContent(elements, { fitToContent: true, animate: true });
  }, [api]);

  /** The drawing shown, as loaded (no highlight), for PNG and SVG export. */
  const currentDrawing = useCallback(() => base.current, []);

  return { api: ready ? api : null, ready, onReady, showScene, highlight, clearHighlight, fit, currentDrawing };
}
