"use client";

import { useTranslations } from "next-intl";
import { useId } from "react";
import { MAX_NOTES_LENGTH } from "@/lib/interviews/scene";

/** Free notes (assumptions, estimates, trade-offs), saved with the drawing. */
export function NotesBox({
  value,
  onChange,
  disabled,
}: {
  value: string;
  onChange: (value: string) => void;
  disabled?: boolean;
}) {
  const t = useTranslations("interview");
  const id = useId();
  const hintId = useId();
  const left = MAX_NOTES_LENGTH - value.length;
  return (
    <div className="flex h-full flex-col gap-2">
      <label htmlFor={id} className="text-sm font-medium text-slate-900">
        {t("notes.label")}
      </label>
      <p id={hintId} className="text-xs leading-relaxed text-slate-500">
        {t("notes.hint")}
      </p>
      <textarea
        id={id}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        maxLength={MAX_NOTES_LENGTH}
        disabled={disabled}
        aria-describedby={hintId}
        placeholder={t("notes.placeholder")}
        className="min-h-64 w-full flex-1 resize-none rounded-lg border border-slate-300 bg-white px-3 py-2 text-sm leading-relaxed text-slate-900 shadow-xs placeholder:text-slate-400 focus-visible:border-indigo-600 focus-visible:outline-2 focus-visible:-outline-offset-1 focus-visible:outline-indigo-600"
      />
      <p className="text-right text-xs text-slate-400 tabular-nums">{left < 1000 ? t("notes.left", { left }) : ""}</p>
    </div>
  );
}
