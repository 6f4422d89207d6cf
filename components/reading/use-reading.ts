"use client";

import "@/components/excalidraw/self-hosted-assets";
import { useLocale, useTranslations } from "next-intl";
import { useCallback, useMemo, useState } from "react";
import type { ExcalidrawImperativeAPI } from "@excalidraw/excalidraw/types";
import { kindTitleIn } from "@/lib/grading/locales";
import { tagElements, withCustomData, type TagKind } from "@/lib/interviews/client/tag-element";
import { finish } from "./reading-text";

/** What the grader view's reading parts do on the board. */
export interface ReadingActions {
  /** Tags a component's elements with a kind, as one undoable edit. */
  tag: (elementIds: string[], kind: TagKind, subject: string) => void;
  /** Marks elements on the board while a row is hovered or focused; null clears. */
  highlight: (elementIds: string[] | null) => void;
  /** The board is read-only (time is up, submitting): nothing can be tagged. */
  disabled: boolean;
}

export interface ReadingTools {
  actions: ReadingActions;
  highlighted: string[] | null;
  /** The last tag, said once for screen readers and shown under the list. */
  announcement: string;
}

/** Resolves once the board has committed its next update (Excalidraw calls onChange after it). */
function nextChange(api: ExcalidrawImperativeAPI): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      unsubscribe();
      clearTimeout(fallback);
      resolve();
    };
    const unsubscribe = api.onChange(done);
    const fallback = setTimeout(done, 500);
  });
}

/**
 * Tagging through Excalidraw's API: updateScene with CaptureUpdateAction.IMMEDIATELY makes the
 * tag an edit like any other, so Ctrl+Z undoes it, the board's onChange sees it, and autosave
 * keeps it with the drawing.
 */
export function useReading(api: ExcalidrawImperativeAPI | null, disabled: boolean): ReadingTools {
  const t = useTranslations("reading");
  const locale = useLocale();
  const [highlighted, setHighlighted] = useState<string[] | null>(null);
  const [announcement, setAnnouncement] = useState("");

  const tag = useCallback(
    (elementIds: string[], kind: TagKind, subject: string) => {
      if (!api || disabled) return;
      void (async () => {
        const { CaptureUpdateAction } = await import("@excalidraw/excalidraw");
        const prepared = withCustomData(api.getSceneElementsIncludingDeleted(), elementIds);
        if (prepared) {
          // Outside the undo history, and committed before the tag, so undo has a value to put back.
          const committed = nextChange(api);
          api.updateScene({ elements: prepared, captureUpdate: CaptureUpdateAction.NEVER });
          await committed;
        }
        const elements = tagElements(api.getSceneElementsIncludingDeleted(), elementIds, kind);
        api.updateScene({ elements, captureUpdate: CaptureUpdateAction.IMMEDIATELY });
        setAnnouncement(finish(t("taggedAnnouncement", { subject, kind: kindTitleIn(kind, locale) }), locale));
      })();
    },
    [api, disabled, t, locale],
  );

  const actions = useMemo(() => ({ tag, highlight: setHighlighted, disabled }), [tag, disabled]);
  return { actions, highlighted, announcement };
}
