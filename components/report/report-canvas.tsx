"use client";

import { memo, useMemo } from "react";
import type { ExcalidrawElement } from "@excalidraw/excalidraw/element/types";
import type { BinaryFiles, ExcalidrawImperativeAPI } from "@excalidraw/excalidraw/types";
import { ExcalidrawCanvas } from "@/components/excalidraw/excalidraw-canvas";

// Fixed, so Excalidraw never sees new props. Nothing here edits or saves: every canvas action
// that would change or replace the drawing is off; export has its own buttons on the page.
const UI_OPTIONS = {
  canvasActions: {
    changeViewBackgroundColor: false,
    clearCanvas: false,
    export: false,
    loadScene: false,
    saveToActiveFile: false,
    saveAsImage: false,
    toggleTheme: null,
  },
  tools: { image: false },
} as const;

/** The graded drawing, read-only. Excalidraw reads initialData once; later scenes go through the API. */
export const ReportCanvas = memo(function ReportCanvas({
  scene,
  onReady,
}: {
  scene: { elements: readonly unknown[]; appState: Record<string, unknown>; files: Record<string, unknown> };
  onReady: (api: ExcalidrawImperativeAPI) => void;
}) {
  const initialData = useMemo(
    () => ({
      elements: scene.elements as ExcalidrawElement[],
      appState: {
        viewBackgroundColor: (scene.appState.viewBackgroundColor as string | undefined) ?? "#ffffff",
      },
      files: scene.files as BinaryFiles,
      scrollToContent: scene.elements.length > 0,
    }),
    // Read once, like Excalidraw itself does.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [],
  );
  return (
    // A viewer, not an editor: Excalidraw's own menus and toolbars are hidden (the page has
    // its own fit and export buttons). The interactive layer only draws selection boxes and
    // handles in view mode; it stays for panning but is transparent, since a highlight draws
    // its own outline and handles would suggest the drawing can be edited. ("!": Excalidraw's
    // stylesheet is unlayered, so it beats Tailwind's layered utilities otherwise.)
    <div
      className="absolute inset-0 [&_.App-bottom-bar]:hidden! [&_.layer-ui__wrapper]:hidden! [&_canvas.interactive]:opacity-0"
      data-testid="report-canvas"
    >
      <ExcalidrawCanvas
        initialData={initialData}
        excalidrawAPI={onReady}
        viewModeEnabled
        zenModeEnabled
        UIOptions={UI_OPTIONS}
        name="Scaleboard report"
        detectScroll={false}
        handleKeyboardGlobally={false}
      />
    </div>
  );
});
