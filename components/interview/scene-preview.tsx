"use client";

import "@/components/excalidraw/self-hosted-assets";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import type { BinaryFiles } from "@excalidraw/excalidraw/types";
import { loadExporters } from "@/components/excalidraw/exporters";
import type { StoredScene } from "@/lib/interviews/scene";

/**
 * A small picture of a drawing, so a person choosing between two versions sees what each
 * holds. Rendered by Excalidraw's own SVG export (the package is already loaded by then).
 */
export function ScenePreview({ scene, label }: { scene: StoredScene; label: string }) {
  const t = useTranslations("interview");
  const host = useRef<HTMLDivElement>(null);
  const [failed, setFailed] = useState(false);
  const empty = scene.elements.length === 0;

  useEffect(() => {
    if (empty) return;
    let cancelled = false;
    (async () => {
      const [{ restoreElements }, { exportToSvg }] = await Promise.all([
        import("@excalidraw/excalidraw"),
        loadExporters(),
      ]);
      const svg = await exportToSvg({
        elements: restoreElements(scene.elements as Parameters<typeof restoreElements>[0], null),
        appState: { exportBackground: true, viewBackgroundColor: "#ffffff", exportWithDarkMode: false },
        files: scene.files as BinaryFiles,
        exportPadding: 12,
        skipInliningFonts: true,
      });
      if (cancelled || !host.current) return;
      svg.setAttribute("width", "100%");
      svg.setAttribute("height", "100%");
      svg.setAttribute("aria-hidden", "true");
      host.current.replaceChildren(svg);
    })().catch(() => !cancelled && setFailed(true));
    return () => {
      cancelled = true;
    };
  }, [scene, empty]);

  return (
    <div
      role="img"
      aria-label={label}
      className="flex h-36 items-center justify-center overflow-hidden rounded-lg border border-slate-200 bg-white"
    >
      {empty ? (
        <p className="text-xs text-slate-500">{t("conflict.emptyBoard")}</p>
      ) : failed ? (
        <p className="text-xs text-slate-500">{t("conflict.noPreview")}</p>
      ) : (
        <div ref={host} className="h-full w-full p-1" />
      )}
    </div>
  );
}
