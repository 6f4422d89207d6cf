"use client";

import { useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { formatOffset } from "@/lib/reports/format";
import type { ShownScene } from "./use-report-canvas";

interface RevisionMeta {
  id: string;
  version: number;
  reason: string;
  createdAt: string;
}

const PLAY_STEP_MS = 1200;

/**
 * A slider over the drawing's saved revisions, ending at "Final" (the graded drawing). The
 * submit/time-out snapshot is that same final drawing, so it is not a stop of its own.
 */
export function ReplaySlider({
  interviewId,
  startedAt,
  finalScene,
  finalKey,
  disabled,
  showScene,
  onMove,
}: {
  interviewId: string;
  startedAt: string;
  finalScene: ShownScene;
  /** Changes whenever the page goes back to the graded drawing by itself (a finding was picked). */
  finalKey: number;
  /** True until the canvas has loaded the drawing. */
  disabled: boolean;
  showScene: (scene: ShownScene) => Promise<void>;
  /** Called before a different drawing is shown (a highlight would point at stale elements). */
  onMove: () => void;
}) {
  const t = useTranslations("report");
  const sliderId = useId();
  const [revisions, setRevisions] = useState<RevisionMeta[] | null>(null);
  const [listFailed, setListFailed] = useState(false);
  const [revisionError, setRevisionError] = useState<string | null>(null);
  const [position, setPosition] = useState<number | null>(null);
  const [loading, setLoading] = useState(false);
  const [playing, setPlaying] = useState(false);
  const cache = useRef(new Map<string, ShownScene>());
  const latest = useRef(0);

  useEffect(() => {
    const controller = new AbortController();
    fetch(`/api/interviews/${encodeURIComponent(interviewId)}/revisions`, {
      cache: "no-store",
      signal: controller.signal,
    })
      .then(async (response) => {
        if (!response.ok) throw new Error(String(response.status));
        const body = (await response.json()) as { revisions: RevisionMeta[] };
        setRevisions(
          body.revisions.filter((revision) => revision.reason !== "submit" && revision.reason !== "timeout"),
        );
      })
      .catch(() => !controller.signal.aborted && setListFailed(true));
    return () => controller.abort();
  }, [interviewId]);

  // The page showed the final drawing itself: follow it, and drop any revision still loading.
  useEffect(() => {
    latest.current += 1;
    // eslint-disable-next-line react-hooks/set-state-in-effect -- a new final drawing resets the replay
    setPosition(null);
    setLoading(false);
    setPlaying(false);
  }, [finalKey]);

  const stops = revisions?.length ?? 0;
  const current = position ?? stops; // the last stop is "Final"
  const isFinal = current >= stops;
  const revision = isFinal ? null : revisions?.[current];
  const offset = (iso: string) => formatOffset(new Date(iso).getTime() - new Date(startedAt).getTime());
  const label = revision
    ? t("replay.revision", {
        number: current + 1,
        count: stops,
        offset: offset(revision.createdAt),
        reason: revision.reason,
      })
    : t("replay.final");

  async function load(next: number) {
    const ticket = ++latest.current;
    setPosition(next);
    setRevisionError(null);
    onMove();
    const target = revisions?.[next];
    if (!target) return showScene(finalScene);
    let scene = cache.current.get(target.id);
    if (!scene) {
      setLoading(true);
      try {
        const response = await fetch(
          `/api/interviews/${encodeURIComponent(interviewId)}/revisions/${encodeURIComponent(target.id)}`,
          { cache: "no-store" },
        );
        if (!response.ok) throw new Error(String(response.status));
        const body = (await response.json()) as { revision: { scene: Partial<ShownScene> | null } };
        scene = { elements: body.revision.scene?.elements ?? [], files: body.revision.scene?.files ?? {} };
        cache.current.set(target.id, scene);
      } catch {
        if (ticket === latest.current) {
          setRevisionError(t("replay.revisionFailed"));
          setPlaying(false);
        }
        return;
      } finally {
        if (ticket === latest.current) setLoading(false);
      }
    }
    // A newer move has already taken over: do not paint an older revision over it.
    if (ticket === latest.current) await showScene(scene);
  }

  // Play steps through the revisions to Final, one every PLAY_STEP_MS.
  useEffect(() => {
    if (!playing) return;
    if (isFinal) {
      // eslint-disable-next-line react-hooks/set-state-in-effect -- playing stops at the final drawing
      setPlaying(false);
      return;
    }
    const timer = setTimeout(() => void load(current + 1), PLAY_STEP_MS);
    return () => clearTimeout(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [playing, current, isFinal]);

  if (listFailed) return <p className="text-sm text-slate-500">{t("replay.listFailed")}</p>;
  if (!revisions) return <p className="text-sm text-slate-500">{t("replay.loadingList")}</p>;
  if (stops === 0) return <p className="text-sm text-slate-500">{t("replay.nothing")}</p>;

  return (
    <div className="flex flex-col gap-2 sm:flex-row sm:items-center sm:gap-4">
      <Button
        variant="secondary"
        size="sm"
        className="w-20 shrink-0"
        aria-pressed={playing}
        disabled={disabled}
        onClick={() => {
          if (!playing && isFinal) void load(0);
          setPlaying(!playing);
        }}
      >
        {playing ? t("replay.pause") : t("replay.play")}
      </Button>
      <div className="min-w-0 flex-1">
        <div className="flex items-baseline justify-between gap-3 text-xs">
          <label htmlFor={sliderId} className="font-medium text-slate-700">
            {t("replay.label")}
          </label>
          <span className="truncate text-slate-600" aria-live="polite" data-testid="replay-position">
            {revisionError ?? (loading ? t("replay.loading") : label)}
          </span>
        </div>
        <input
          id={sliderId}
          type="range"
          min={0}
          max={stops}
          step={1}
          value={current}
          disabled={disabled}
          aria-valuetext={label}
          onChange={(event) => {
            setPlaying(false);
            void load(Number(event.target.value));
          }}
          className="mt-1 w-full accent-indigo-600"
        />
        <div className="flex justify-between text-[11px] text-slate-500" aria-hidden="true">
          <span>{t("replay.start", { offset: revisions[0] ? offset(revisions[0].createdAt) : "" })}</span>
          <span>{t("replay.finalShort")}</span>
        </div>
      </div>
      {!isFinal ? (
        <Button variant="ghost" size="sm" className="shrink-0" onClick={() => void load(stops)}>
          {t("replay.finalShort")}
        </Button>
      ) : null}
    </div>
  );
}
