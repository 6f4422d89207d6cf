"use client";

import { memo, useMemo } from "react";
import type { ExcalidrawElement } from "@excalidraw/excalidraw/element/types";
import type { AppState, BinaryFiles, ExcalidrawImperativeAPI, LibraryItems } from "@excalidraw/excalidraw/types";
import { ExcalidrawCanvas } from "@/components/excalidraw/excalidraw-canvas";
import type { StoredScene } from "@/lib/interviews/scene";

// Fixed, so Excalidraw never sees new props while the person draws. "Save to file" is hidden:
// the interview saves itself; export and opening a file stay.
const UI_OPTIONS = {
  canvasActions: { saveToActiveFile: false, toggleTheme: null },
  tools: { image: true },
} as const;

/**
 * The whiteboard. Excalidraw reads initialData once; from then on the page talks to it
 * through the API (onReady) and listens through onChange.
 */
export const InterviewCanvas = memo(function InterviewCanvas({
  scene,
  libraryItems,
  readOnly,
  onReady,
  onChange,
  onLibraryChange,
}: {
  scene: StoredScene;
  libraryItems: LibraryItems;
  readOnly: boolean;
  onReady: (api: ExcalidrawImperativeAPI) => void;
  onChange: (elements: readonly ExcalidrawElement[], appState: AppState, files: BinaryFiles) => void;
  onLibraryChange: (items: LibraryItems) => void;
}) {
  const initialData = useMemo(
    () => ({
      elements: scene.elements as ExcalidrawElement[],
      appState: scene.appState,
      files: scene.files as BinaryFiles,
      libraryItems,
      scrollToContent: scene.elements.length > 0,
    }),
    // Read once, like Excalidraw itself does.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [],
  );
  return (
    <div className="absolute inset-0" data-testid="whiteboard">
      <ExcalidrawCanvas
        initialData={initialData}
        excalidrawAPI={onReady}
        onChange={onChange}
        onLibraryChange={onLibraryChange}
        viewModeEnabled={readOnly}
        UIOptions={UI_OPTIONS}
        name="Scaleboard interview"
        autoFocus
      />
    </div>
  );
});
