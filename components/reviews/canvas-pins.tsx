"use client";

import { useTranslations } from "next-intl";
import { useEffect, useMemo, useRef, useState, type MouseEvent } from "react";
import { useReportCanvasHandle } from "@/components/report/canvas-context";
import { boxAt, type ElementBox } from "@/lib/reviews/elements";
import { cn } from "@/lib/ui/cn";
import { useOptionalReview } from "./review-provider";
import type { Thread } from "./threads";

interface Viewport {
  scrollX: number;
  scrollY: number;
  zoom: number;
}

/** Follows the canvas's scroll and zoom, so pins stay on their elements. */
function useViewport(): Viewport | null {
  const canvas = useReportCanvasHandle();
  const api = canvas?.api ?? null;
  const [viewport, setViewport] = useState<Viewport | null>(null);
  useEffect(() => {
    if (!api) return;
    const read = () => {
      const state = api.getAppState();
      setViewport({ scrollX: state.scrollX, scrollY: state.scrollY, zoom: state.zoom.value });
    };
    read();
    return api.onScrollChange((scrollX, scrollY, zoom) => setViewport({ scrollX, scrollY, zoom: zoom.value }));
  }, [api]);
  return viewport;
}

const toScreen = (v: Viewport, x: number, y: number) => ({
  left: (x + v.scrollX) * v.zoom,
  top: (y + v.scrollY) * v.zoom,
});

/** One pin per element that threads point at (at the element's top-right corner), with a count. */
function pinsOf(threads: Thread[], boxes: Map<string, ElementBox>) {
  const byElement = new Map<string, Thread[]>();
  for (const thread of threads) {
    const first = thread.root.elementIds.find((id) => boxes.has(id));
    if (!first) continue;
    byElement.set(first, [...(byElement.get(first) ?? []), thread]);
  }
  return [...byElement.entries()].map(([elementId, list]) => ({ box: boxes.get(elementId)!, threads: list }));
}

/**
 * Laid over the report's canvas: the review's pins and, while the mentor picks elements to
 * comment on, a layer that turns a click into the element under it.
 */
export function CanvasPins() {
  const t = useTranslations("reviews.threads");
  const review = useOptionalReview();
  const canvas = useReportCanvasHandle();
  const viewport = useViewport();
  const focus = review?.focus ?? null;
  const picking = review?.picking ?? false;
  const layer = useRef<HTMLDivElement>(null);
  // Picking happens on the drawing: bring it into view when it starts.
  useEffect(() => {
    if (picking) layer.current?.scrollIntoView({ block: "nearest", behavior: "smooth" });
  }, [picking]);
  const highlight = canvas?.highlight;
  // A thread picked in the panel shows its elements, the way a finding does.
  useEffect(() => {
    if (focus && highlight) void highlight(focus.elementIds, "info");
  }, [focus, highlight]);
  const pins = useMemo(() => (review ? pinsOf(review.threads, review.boxes) : []), [review]);
  if (!review || !viewport) return <div ref={layer} className="pointer-events-none absolute inset-0" />;
  const { selection, boxes, toggleSelected, openThread, activeThreadId } = review;

  const pick = (event: MouseEvent<HTMLDivElement>) => {
    const rect = event.currentTarget.getBoundingClientRect();
    const x = (event.clientX - rect.left) / viewport.zoom - viewport.scrollX;
    const y = (event.clientY - rect.top) / viewport.zoom - viewport.scrollY;
    const hit = boxAt(boxes, x, y);
    if (hit) toggleSelected(hit.id);
  };

  return (
    <div ref={layer} className="pointer-events-none absolute inset-0 z-20 overflow-hidden" data-testid="review-pins">
      {picking ? (
        <div
          className="pointer-events-auto absolute inset-0 cursor-crosshair bg-indigo-500/5"
          onClick={pick}
          aria-hidden="true"
          data-testid="pick-layer"
        />
      ) : null}
      {selection.map((id) => {
        const box = boxes.get(id);
        if (!box) return null;
        const at = toScreen(viewport, box.x, box.y);
        return (
          <div
            key={id}
            className="absolute rounded-md border-2 border-indigo-600 bg-indigo-500/10"
            style={{ ...at, width: box.width * viewport.zoom, height: box.height * viewport.zoom }}
          />
        );
      })}
      {pins.map(({ box, threads }) => {
        const at = toScreen(viewport, box.x + box.width, box.y);
        const open = threads.filter((t) => !t.root.resolved).length;
        const active = threads.some((t) => t.root.id === activeThreadId);
        return (
          <button
            key={box.id}
            type="button"
            className={cn(
              "pointer-events-auto absolute flex h-7 min-w-7 -translate-x-1/2 -translate-y-1/2 items-center justify-center rounded-full rounded-bl-none px-1.5 text-xs font-semibold text-white shadow-md ring-2 ring-white focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600",
              open > 0 ? "bg-amber-500 hover:bg-amber-400" : "bg-slate-400 hover:bg-slate-500",
              active && "ring-indigo-600",
            )}
            style={at}
            onClick={() => openThread(threads[0]!.root.id)}
            aria-label={t("pinLabel", { count: threads.length, label: box.label })}
            data-testid="review-pin"
            data-element-id={box.id}
          >
            {threads.length}
          </button>
        );
      })}
    </div>
  );
}
