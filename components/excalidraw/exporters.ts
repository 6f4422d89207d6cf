import "@/components/excalidraw/self-hosted-assets";
import { embedHangulFonts } from "@/components/excalidraw/hangul-fonts";
import { prepareSubsetWorker } from "@/components/excalidraw/subset-worker";
import type { ExcalidrawElement } from "@excalidraw/excalidraw/element/types";
import type { AppState, BinaryFiles } from "@excalidraw/excalidraw/types";

interface ExportOptions {
  elements: readonly ExcalidrawElement[];
  appState?: Partial<AppState>;
  files: BinaryFiles | null;
  exportPadding?: number;
  skipInliningFonts?: boolean;
}

/** The two export helpers of Excalidraw 0.18 that the app uses. */
export interface Exporters {
  exportToSvg: (options: ExportOptions) => Promise<SVGSVGElement>;
  exportToBlob: (options: ExportOptions & { mimeType?: string }) => Promise<Blob>;
}

/**
 * Loads Excalidraw's exporters with their types. The package declares them by re-exporting
 * `@excalidraw/utils/export`, a workspace package it does not publish, so TypeScript would
 * otherwise see them as untyped; these signatures are the documented ones. An SVG with its
 * fonts inlined also gets the Korean font faces its text needs (PNGs are drawn with the
 * page's fonts, which have them already).
 */
export async function loadExporters(): Promise<Exporters> {
  const excalidraw = (await import("@excalidraw/excalidraw")) as unknown as Exporters;
  return {
    exportToBlob: excalidraw.exportToBlob,
    exportToSvg: async (options) => {
      // Fonts are subset in our warmed-up worker (components/excalidraw/subset-worker.ts).
      if (!options.skipInliningFonts) await prepareSubsetWorker();
      const svg = await excalidraw.exportToSvg(options);
      if (!options.skipInliningFonts) await embedHangulFonts(svg, options.elements);
      return svg;
    },
  };
}
