import type { ExcalidrawImperativeAPI } from "@excalidraw/excalidraw/types";

/**
 * The browser tests' hooks into the boards (tests/e2e/README.md). Drawing on a canvas with
 * the mouse is slow and brittle, so the tests reach Excalidraw's own API instead:
 * - `window.scaleboard` on the interview page: the board's API, plus
 *   convertToExcalidrawElements so a test can draw labelled shapes without importing the package;
 * - `window.scaleboardReport` on the report: the read-only canvas's API.
 *
 * Installed only when the server runs with SCALEBOARD_TEST_HOOKS=1, which scripts/e2e-server.ts
 * sets: the page reads the flag on the server and passes it down as the `testHooks` prop. Any
 * other server never puts them on `window`.
 */
export interface BoardTestHook {
  excalidrawAPI: ExcalidrawImperativeAPI;
  convertToExcalidrawElements: typeof import("@excalidraw/excalidraw").convertToExcalidrawElements;
}

export interface ReportTestHook {
  excalidrawAPI: ExcalidrawImperativeAPI;
}

declare global {
  interface Window {
    scaleboard?: BoardTestHook;
    scaleboardReport?: ReportTestHook;
  }
}

export async function exposeBoardForTests(api: ExcalidrawImperativeAPI): Promise<void> {
  const { convertToExcalidrawElements } = await import("@excalidraw/excalidraw");
  window.scaleboard = { excalidrawAPI: api, convertToExcalidrawElements };
}

export function hideBoardFromTests(api: ExcalidrawImperativeAPI): void {
  if (window.scaleboard?.excalidrawAPI === api) delete window.scaleboard;
}

export function exposeReportForTests(api: ExcalidrawImperativeAPI): void {
  window.scaleboardReport = { excalidrawAPI: api };
}

export function hideReportFromTests(api: ExcalidrawImperativeAPI): void {
  if (window.scaleboardReport?.excalidrawAPI === api) delete window.scaleboardReport;
}
