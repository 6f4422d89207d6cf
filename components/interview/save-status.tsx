"use client";

import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { Spinner } from "@/components/ui/spinner";
import type { AutosaveState } from "@/lib/interviews/client/autosave";
import { cn } from "@/lib/ui/cn";
import { formatTime } from "./format";
import { useLimitText } from "./use-limit-text";

type Look = { text: string; tone: "muted" | "ok" | "warn" | "bad"; spinner?: boolean; detail?: string };

function lookOf(
  state: AutosaveState,
  t: ReturnType<typeof useTranslations<"interview">>,
  locale: string,
  limitText: ReturnType<typeof useLimitText>,
): Look {
  const status = state.status;
  switch (status.kind) {
    case "clean":
      return {
        text: state.lastSavedAt ? t("save.savedAt", { time: formatTime(state.lastSavedAt, locale) }) : t("save.clean"),
        tone: "muted",
      };
    case "pending":
    case "saving":
      return { text: t("save.saving"), tone: "muted", spinner: true };
    case "saved":
      return { text: t("save.savedAt", { time: formatTime(status.at, locale) }), tone: "ok" };
    case "offline":
      return { text: t("save.offline"), tone: "warn", detail: t("save.offlineDetail") };
    case "conflict":
      return { text: t("save.conflict"), tone: "bad", detail: t("save.conflictDetail") };
    case "too_large":
      return { text: t("save.tooLarge"), tone: "bad", detail: limitText(status.measure) };
    case "error":
      return { text: t("save.error"), tone: "bad", detail: t(`refusals.${status.reason}`) };
    case "closed":
      return { text: t("save.closed"), tone: "muted", detail: t(`save.closedDetail.${status.code}`) };
    case "submitting":
      return { text: t("save.submitting"), tone: "muted", spinner: true };
  }
}

const TONES = {
  muted: "text-slate-500",
  ok: "text-emerald-700",
  warn: "text-amber-800 bg-amber-50 ring-1 ring-inset ring-amber-200",
  bad: "text-red-700 bg-red-50 ring-1 ring-inset ring-red-200",
};

const DOTS = { muted: "bg-slate-300", ok: "bg-emerald-500", warn: "bg-amber-500", bad: "bg-red-500" };

/** Announced to screen readers; routine saves are not, or they would talk every few seconds. */
const ANNOUNCED = new Set(["offline", "conflict", "too_large", "error"]);

/** The save state beside the clock: Saving…, Saved at hh:mm:ss, Offline, Conflict. */
export function SaveStatus({ state, onRetry }: { state: AutosaveState; onRetry: () => void }) {
  const t = useTranslations("interview");
  const look = lookOf(state, t, useLocale(), useLimitText());
  const kind = state.status.kind;
  const [announcement, setAnnouncement] = useState("");
  // Announced on a change of state, adjusted while rendering (no effect, no extra render pass).
  const [previousKind, setPreviousKind] = useState(kind);
  if (previousKind !== kind) {
    setPreviousKind(kind);
    if (ANNOUNCED.has(kind)) setAnnouncement(look.text);
    else if (ANNOUNCED.has(previousKind) && kind === "saved") setAnnouncement(t("save.savedAgain"));
  }

  const canRetry = kind === "offline" || kind === "error";
  return (
    <div className="flex min-w-0 items-center gap-2">
      <p
        className={cn(
          "flex min-w-0 items-center gap-2 rounded-md px-2 py-1 text-xs font-medium whitespace-nowrap",
          TONES[look.tone],
        )}
        title={look.detail}
        data-testid="save-status"
        data-state={kind}
        data-version={state.baseVersion}
      >
        {look.spinner ? (
          <Spinner className="size-3.5" />
        ) : (
          <span aria-hidden="true" className={cn("size-2 shrink-0 rounded-full", DOTS[look.tone])} />
        )}
        <span className="truncate">{look.text}</span>
      </p>
      {canRetry ? (
        <button
          type="button"
          onClick={onRetry}
          className="rounded-md px-2 py-1 text-xs font-medium text-indigo-700 hover:bg-indigo-50"
        >
          {t("save.retry")}
        </button>
      ) : null}
      <p className="sr-only" aria-live="polite" aria-atomic="true">
        {announcement}
      </p>
    </div>
  );
}
