"use client";

import { useTranslations } from "next-intl";
import { useId, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { MAX_COMMENT_LENGTH } from "@/lib/reviews/schemas";

/**
 * A comment box: Markdown subset, 1–5,000 characters. On a refusal the text stays in the
 * box with the server's message, so nothing written is lost.
 */
export function CommentForm({
  label,
  submitLabel,
  initial = "",
  onSubmit,
  onCancel,
  autoFocus = false,
}: {
  label: string;
  submitLabel: string;
  initial?: string;
  /** Answers an error message, or null when the comment was saved. */
  onSubmit: (body: string) => Promise<string | null>;
  onCancel?: () => void;
  autoFocus?: boolean;
}) {
  const t = useTranslations("reviews.commentForm");
  const id = useId();
  const [body, setBody] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const length = body.trim().length;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (length === 0) {
      setError(t("empty"));
      return;
    }
    setPending(true);
    const failure = await onSubmit(body);
    setPending(false);
    setError(failure);
    if (!failure) setBody("");
  };

  return (
    <form onSubmit={(event) => void submit(event)} className="space-y-2">
      <label htmlFor={id} className="sr-only">
        {label}
      </label>
      <textarea
        id={id}
        value={body}
        onChange={(event) => setBody(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === "Enter" && (event.metaKey || event.ctrlKey)) void submit(event);
        }}
        placeholder={label}
        rows={3}
        maxLength={MAX_COMMENT_LENGTH + 200}
        autoFocus={autoFocus}
        aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-hint`}
        className="block w-full rounded-lg border-0 px-3 py-2 text-sm text-slate-900 shadow-xs ring-1 ring-slate-300 ring-inset placeholder:text-slate-400 focus:ring-2 focus:ring-indigo-600 focus:ring-inset"
      />
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p
          id={`${id}-hint`}
          className={error ? "text-xs text-red-700" : "text-xs text-slate-500"}
          role={error ? "alert" : undefined}
        >
          {error ?? t("hint", { length, max: MAX_COMMENT_LENGTH })}
        </p>
        <div className="flex gap-2">
          {onCancel ? (
            <Button variant="ghost" size="sm" onClick={onCancel}>
              {t("cancel")}
            </Button>
          ) : null}
          <Button type="submit" size="sm" pending={pending}>
            {submitLabel}
          </Button>
        </div>
      </div>
    </form>
  );
}
