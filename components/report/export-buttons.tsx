"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import type { ExcalidrawElement } from "@excalidraw/excalidraw/element/types";
import type { BinaryFiles } from "@excalidraw/excalidraw/types";
import { loadExporters } from "@/components/excalidraw/exporters";
import { prepareSubsetWorker } from "@/components/excalidraw/subset-worker";
import { Button, buttonClasses } from "@/components/ui/button";

type Format = "png" | "svg";

function download(blob: Blob, name: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser a moment to start the download before the URL goes away.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * Markdown comes from the server (the export.md route); PNG and SVG are rendered here by
 * Excalidraw's own exporter, loaded only when asked for. Fonts come from our origin.
 */
export function ExportButtons({
  interviewId,
  fileStem,
  drawing,
  hasDrawing,
}: {
  interviewId: string;
  fileStem: string;
  /** False while the canvas shows an empty board: there is no image to export. */
  hasDrawing: boolean;
  drawing: () => { elements: readonly ExcalidrawElement[]; files: BinaryFiles };
}) {
  const t = useTranslations("report");
  const [busy, setBusy] = useState<Format | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function exportAs(format: Format) {
    setBusy(format);
    setError(null);
    try {
      const { elements, files } = drawing();
      if (elements.length === 0) {
        setError(t("export.empty"));
        return;
      }
      const { exportToBlob, exportToSvg } = await loadExporters();
      const appState = { exportBackground: true, viewBackgroundColor: "#ffffff", exportWithDarkMode: false };
      if (format === "png") {
        download(
          await exportToBlob({ elements, files, appState, mimeType: "image/png", exportPadding: 24 }),
          `${fileStem}.png`,
        );
      } else {
        const svg = await exportToSvg({ elements, files, appState, exportPadding: 24 });
        download(new Blob([svg.outerHTML], { type: "image/svg+xml" }), `${fileStem}.svg`);
      }
    } catch {
      setError(t("export.failed"));
    } finally {
      setBusy(null);
    }
  }

  return (
    <div className="flex flex-wrap items-center gap-2">
      <span className="text-xs font-medium text-slate-500">{t("export.label")}</span>
      <a
        href={`/interviews/${interviewId}/report/export.md`}
        download
        className={buttonClasses({ variant: "secondary", size: "sm" })}
      >
        {t("export.markdown")}
      </a>
      <Button
        variant="secondary"
        size="sm"
        pending={busy === "png"}
        disabled={!hasDrawing}
        onClick={() => void exportAs("png")}
        aria-label={t("export.pngLabel")}
      >
        {t("export.png")}
      </Button>
      <Button
        variant="secondary"
        size="sm"
        pending={busy === "svg"}
        disabled={!hasDrawing}
        // The fonts' worker warms up as the pointer or focus arrives, so the click finds it ready.
        onPointerEnter={() => void prepareSubsetWorker()}
        onFocus={() => void prepareSubsetWorker()}
        onClick={() => void exportAs("svg")}
        aria-label={t("export.svgLabel")}
      >
        {t("export.svg")}
      </Button>
      <span role="status" className="w-full text-xs text-red-700 empty:hidden">
        {error ?? ""}
      </span>
    </div>
  );
}
