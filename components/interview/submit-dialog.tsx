"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { GraderSummary } from "@/lib/interviews/client/grader-view";
import type { SubmitFailure } from "./hooks/use-submit";
import { Dialog } from "../ui/dialog";

/** "Submit your design?": what the grader will see, what cannot be undone, and the choice. */
export function SubmitDialog({
  open,
  summary,
  timeLeft,
  pending,
  error,
  onConfirm,
  onClose,
}: {
  open: boolean;
  summary: GraderSummary | null;
  timeLeft: ReactNode;
  pending: boolean;
  error: SubmitFailure | null;
  onConfirm: () => void;
  onClose: () => void;
}) {
  const t = useTranslations("interview");
  const unrecognised = summary?.unrecognised.length ?? 0;
  return (
    <Dialog
      open={open}
      onClose={pending ? undefined : onClose}
      dismissible={!pending}
      title={t("submit.title")}
      description={t.rich("submit.description", {
        time: () => <strong className="font-semibold text-slate-900">{timeLeft}</strong>,
      })}
    >
      <div className="space-y-4">
        {summary ? (
          <dl className="grid grid-cols-3 gap-2 text-center">
            {[
              [t("submit.components"), summary.componentCount],
              [t("submit.connections"), summary.connectionCount],
              [t("submit.unrecognised"), unrecognised],
            ].map(([label, value]) => (
              <div key={label} className="rounded-lg bg-slate-50 px-3 py-2 ring-1 ring-slate-200 ring-inset">
                <dt className="text-xs text-slate-500">{label}</dt>
                <dd className="text-lg font-semibold text-slate-900 tabular-nums">{value}</dd>
              </div>
            ))}
          </dl>
        ) : null}
        {summary && summary.componentCount === 0 ? (
          <Alert tone="warning" title={t("submit.emptyTitle")}>
            {t("submit.emptyBody")}
          </Alert>
        ) : null}
        {unrecognised > 0 ? (
          <Alert tone="warning" title={t("submit.unrecognisedTitle", { count: unrecognised })}>
            {t("submit.unrecognisedBody", { tab: t("tabs.grader") })}
          </Alert>
        ) : null}
        <div aria-live="polite">{error ? <Alert tone="error">{t(`submit.failed.${error}`)}</Alert> : null}</div>
        <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
          <Button variant="secondary" onClick={onClose} disabled={pending} data-autofocus>
            {t("submit.keepDrawing")}
          </Button>
          <Button onClick={onConfirm} pending={pending}>
            {pending ? t("submit.submitting") : t("submit.confirm")}
          </Button>
        </div>
      </div>
    </Dialog>
  );
}
