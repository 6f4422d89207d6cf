import type { ExcalidrawImperativeAPI } from "@excalidraw/excalidraw/types";

/**
 * `window.scaleboard`: the board's Excalidraw API for browser tests and power users (console
 * scripting), plus convertToExcalidrawElements so a script can draw labelled shapes without
 * importing the package.
 */
export interface ScaleboardGlobal {
  excalidrawAPI: ExcalidrawImperativeAPI;
  convertToExcalidrawElements: typeof import("@excalidraw/excalidraw").convertToExcalidrawElements;
}

declare global {
  interface Window {
    scaleboard?: ScaleboardGlobal;
  }
}

export async function exposeScaleboard(api: ExcalidrawImperativeAPI): Promise<void> {
  const { convertToExcalidrawElements } = await import("@excalidraw/excalidraw");
  window.scaleboard = { excalidrawAPI: api, convertToExcalidrawElements };
}

export function hideScaleboard(api: ExcalidrawImperativeAPI): void {
  if (window.scaleboard?.excalidrawAPI === api) delete window.scaleboard;
}
