"use client";

import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { callApi } from "@/components/reviews/api";
import { Button } from "@/components/ui/button";
import type { KindSuggestion } from "@/lib/coach/labels";
import { kindWords } from "@/lib/grading/locales";
import type { UnrecognisedEntry } from "@/lib/interviews/client/grader-view";
import type { TagKind } from "@/lib/interviews/client/tag-element";

type Status =
  | { kind: "idle" }
  | { kind: "asking" }
  | { kind: "answered" }
  | { kind: "error"; message: string }
  /** The server has no model after all: the section goes away, as with none configured. */
  | { kind: "off" };

/** A suggestion belongs to a label as it was asked about: a renamed label drops it. */
const keyOf = (elementId: string, text: string) => `${elementId}\u0000${text.trim()}`;

/**
 * The coach's guesses for labels the grader did not recognise ("“Pulsr” → Message queue?"),
 * asked for on request (each ask is one coach call from the day's budget). Only the labels'
 * text and element ids are sent. Accepting one tags the part exactly as the "This is a…"
 * picker does (one undoable edit, autosaved with the drawing); the grade is the engine's, on
 * the tagged drawing. Shown only when a model is configured.
 */
export function LabelSuggestions({
  interviewId,
  entries,
  disabled,
  onAccept,
}: {
  interviewId: string;
  /** The labels the grader does not recognise now. */
  entries: UnrecognisedEntry[];
  /** The board is read-only (time is up, submitting). */
  disabled: boolean;
  onAccept: (entry: UnrecognisedEntry, kind: TagKind, subject: string) => void;
}) {
  const t = useTranslations("coach.labels");
  const kinds = kindWords(useLocale());
  const [status, setStatus] = useState<Status>({ kind: "idle" });
  const [found, setFound] = useState<Map<string, KindSuggestion>>(new Map());
  const [dismissed, setDismissed] = useState<Set<string>>(new Set());
  const askable = entries.filter((entry) => entry.label.trim() && entry.elementIds[0]);

  if (status.kind === "off" || askable.length === 0) return null;

  const ask = async () => {
    setStatus({ kind: "asking" });
    const labels = askable.map((entry) => ({ elementId: entry.elementIds[0]!, text: entry.label.trim() }));
    const result = await callApi<{ suggestions: KindSuggestion[] }>(
      "POST",
      `/api/interviews/${encodeURIComponent(interviewId)}/coach/labels`,
      { labels },
    );
    if (!result.ok) {
      if (result.code === "coach_not_configured") return setStatus({ kind: "off" });
      return setStatus({
        kind: "error",
        message:
          result.code === "budget_exhausted" || result.code === "model_failed" || result.code === "already_submitted"
            ? t(`errors.${result.code}`)
            : t("errors.other"),
      });
    }
    const texts = new Map(labels.map((label) => [label.elementId, label.text]));
    const next = new Map(found);
    for (const suggestion of result.data.suggestions) {
      const text = texts.get(suggestion.elementId);
      if (text !== undefined) next.set(keyOf(suggestion.elementId, text), suggestion);
    }
    setFound(next);
    setStatus({ kind: "answered" });
  };

  const shown = askable.flatMap((entry) => {
    const key = keyOf(entry.elementIds[0]!, entry.label);
    const suggestion = found.get(key);
    return suggestion && !dismissed.has(key) ? [{ entry, key, suggestion }] : [];
  });

  return (
    <div
      className="space-y-2 rounded-lg border border-indigo-200 bg-indigo-50/60 px-3 py-2"
      data-testid="label-suggestions"
    >
      <div className="flex items-start justify-between gap-3">
        <p className="text-xs leading-relaxed text-indigo-950">{t("lead")}</p>
        <Button
          size="sm"
          variant="secondary"
          className="shrink-0"
          pending={status.kind === "asking"}
          disabled={disabled}
          onClick={() => void ask()}
        >
          {status.kind === "idle" ? t("ask") : t("askAgain")}
        </Button>
      </div>
      {status.kind === "error" ? (
        <p role="alert" className="text-xs text-red-700">
          {status.message}
        </p>
      ) : null}
      <p role="status" className="text-xs text-indigo-900 empty:hidden">
        {status.kind === "answered" && shown.length === 0 ? t("none") : ""}
      </p>
      {shown.length > 0 ? (
        <ul className="space-y-1.5" aria-label={t("listLabel")}>
          {shown.map(({ entry, key, suggestion }) => {
            const label = entry.label.trim();
            const kind = kinds[suggestion.kind].title;
            return (
              <li
                key={key}
                className="flex flex-wrap items-center gap-2 rounded-md bg-white px-2 py-1.5 text-sm ring-1 ring-indigo-100"
                data-testid="label-suggestion"
              >
                <span className="min-w-0 flex-1 text-slate-800">
                  <span aria-hidden="true">
                    “{label}” → <strong className="font-semibold">{kind}</strong>?
                  </span>
                  <span className="sr-only">{t("mayBe", { label, kind })}</span>
                  {suggestion.confidence !== null ? (
                    <span className="ml-1.5 text-xs text-slate-500">
                      {t("confidence", { confidence: suggestion.confidence })}
                    </span>
                  ) : null}
                </span>
                <Button
                  size="sm"
                  className="h-7 px-2.5 text-xs"
                  disabled={disabled}
                  onClick={() => onAccept(entry, suggestion.kind, `“${label}”`)}
                  aria-label={t("acceptLabel", { label, kind })}
                >
                  {t("accept")}
                </Button>
                <Button
                  size="sm"
                  variant="ghost"
                  className="h-7 px-2 text-xs"
                  onClick={() => setDismissed((current) => new Set(current).add(key))}
                  aria-label={t("dismissLabel", { label })}
                >
                  {t("dismiss")}
                </Button>
              </li>
            );
          })}
        </ul>
      ) : null}
    </div>
  );
}
