"use client";

import dynamic from "next/dynamic";
import { useLocale, useTranslations } from "next-intl";
import type { ComponentProps } from "react";
import "@excalidraw/excalidraw/index.css";
import "./self-hosted-assets";
import { EXCALIDRAW_LANG } from "@/lib/i18n/locales";

type ExcalidrawProps = ComponentProps<typeof import("@excalidraw/excalidraw").Excalidraw>;

function CanvasLoading() {
  const t = useTranslations("interview");
  return (
    <div className="flex h-full w-full items-center justify-center text-sm text-slate-500" role="status">
      {t("loadingBoard")}
    </div>
  );
}

const Excalidraw = dynamic(async () => (await import("@excalidraw/excalidraw")).Excalidraw, {
  ssr: false,
  loading: () => <CanvasLoading />,
});

/**
 * The Excalidraw component, client-only and self-hosted, speaking the interface's language
 * (its own menus, tools and dialogs) unless told otherwise. Its parent must give it a height,
 * or the canvas is blank.
 */
export function ExcalidrawCanvas(props: ExcalidrawProps) {
  const locale = useLocale();
  return <Excalidraw langCode={EXCALIDRAW_LANG[locale]} {...props} />;
}
