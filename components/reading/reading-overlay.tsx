"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import type { ExcalidrawImperativeAPI } from "@excalidraw/excalidraw/types";
import { sceneBounds, toScreen, type PlacedElement, type ScreenBox } from "@/lib/interviews/client/overlay-geometry";
import { cn } from "@/lib/ui/cn";

export interface OverlayMark {
  key: string;
  elementIds: string[];
  tone: "unrecognised" | "highlight";
}

interface PlacedMark {
  key: string;
  tone: OverlayMark["tone"];
  box: ScreenBox;
}

const PADDING = 6;

function place(api: ExcalidrawImperativeAPI, marks: readonly OverlayMark[]): PlacedMark[] {
  if (marks.length === 0) return [];
  const state = api.getAppState();
  const byId = new Map<string, PlacedElement>();
  for (const element of api.getSceneElements()) byId.set(element.id, element);
  const viewport = { scrollX: state.scrollX, scrollY: state.scrollY, zoom: state.zoom.value };
  return marks.flatMap((mark) => {
    const elements = mark.elementIds.map((id) => byId.get(id)).filter((e): e is PlacedElement => e !== undefined);
    const bounds = sceneBounds(elements, mark.elementIds);
    return bounds ? [{ key: mark.key, tone: mark.tone, box: toScreen(bounds, viewport, PADDING) }] : [];
  });
}

const same = (a: PlacedMark[], b: PlacedMark[]) =>
  a.length === b.length &&
  a.every(
    (mark, i) =>
      mark.key === b[i]!.key &&
      mark.tone === b[i]!.tone &&
      Math.abs(mark.box.left - b[i]!.box.left) < 0.5 &&
      Math.abs(mark.box.top - b[i]!.box.top) < 0.5 &&
      Math.abs(mark.box.width - b[i]!.box.width) < 0.5 &&
      Math.abs(mark.box.height - b[i]!.box.height) < 0.5,
  );

/**
 * Marks over the whiteboard, never in the drawing: a dashed outline around each label the
 * grader did not recognise, and a solid one around what a hovered row of the grader view is
 * about. Placed from scene coordinates with the board's scroll and zoom, again on every frame
 * the board changes (scrolling, zooming, moving things). Decorative: the grader view lists
 * the same things in words.
 */
export function ReadingOverlay({ api, marks }: { api: ExcalidrawImperativeAPI | null; marks: OverlayMark[] }) {
  const t = useTranslations("reading");
  const [placed, setPlaced] = useState<PlacedMark[]>([]);
  const marksRef = useRef(marks);

  useEffect(() => {
    marksRef.current = marks;
    if (!api) return;
    const next = place(api, marks);
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the marks changed: place them on the board as it is now
    setPlaced((previous) => (same(previous, next) ? previous : next));
  }, [api, marks]);

  useEffect(() => {
    if (!api) return;
    let frame: number | null = null;
    const unsubscribe = api.onChange(() => {
      if (frame !== null) return;
      frame = requestAnimationFrame(() => {
        frame = null;
        const next = place(api, marksRef.current);
        setPlaced((previous) => (same(previous, next) ? previous : next));
      });
    });
    return () => {
      unsubscribe();
      if (frame !== null) cancelAnimationFrame(frame);
    };
  }, [api]);

  if (placed.length === 0) return null;
  return (
    <div className="pointer-events-none absolute inset-0 z-[3] overflow-hidden" aria-hidden="true">
      {placed.map(({ key, tone, box }) => (
        <div
          key={key}
          data-testid={tone === "unrecognised" ? "unrecognised-mark" : "highlight-mark"}
          className={cn(
            "absolute rounded-md",
            tone === "unrecognised"
              ? "border-2 border-dashed border-amber-500 bg-amber-400/5"
              : "border-2 border-indigo-500 bg-indigo-400/10 shadow-[0_0_0_4px_rgba(99,102,241,0.15)]",
          )}
          style={{ left: box.left, top: box.top, width: box.width, height: box.height }}
        >
          {tone === "unrecognised" ? (
            <span className="absolute -top-2.5 left-1.5 rounded bg-amber-500 px-1 text-[10px] leading-4 font-semibold text-white">
              {t("notRecognised")}
            </span>
          ) : null}
        </div>
      ))}
    </div>
  );
}
