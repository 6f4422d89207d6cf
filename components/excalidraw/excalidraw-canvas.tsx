"use client";

import dynamic from "next/dynamic";
import type { ComponentProps } from "react";
import "@excalidraw/excalidraw/index.css";
import "./self-hosted-assets";

type ExcalidrawProps = ComponentProps<typeof import("@excalidraw/excalidraw").Excalidraw>;

const Excalidraw = dynamic(async () => (await import("@excalidraw/excalidraw")).Excalidraw, {
  ssr: false,
  loading: () => (
    <div className="flex h-full w-full items-center justify-center text-sm text-slate-500" role="status">
      Loading whiteboard…
    </div>
  ),
});

/**
 * The Excalidraw component, client-only and self-hosted. Its parent must give it a height,
 * or the canvas is blank.
 */
export function ExcalidrawCanvas(props: ExcalidrawProps) {
  return <Excalidraw {...props} />;
}
