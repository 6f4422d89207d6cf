"use client";

import type { ReactNode } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { GraderSummary } from "@/lib/interviews/client/grader-view";
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
  error: string | null;
  onConfirm: () => void;
  onClose: () => void;
}) {
  const unrecognised = summary?.unrecognised.length ?? 0;
  return (
    <Dialog
      open={open}
      onClose={pending ? undefined : onClose}
      dismissible={!pending}
      title="Submit your design?"
      description={
        <>
          You still have <strong className="font-semibold text-slate-900">{timeLeft}</strong>. Once submitted, your
          drawing is graded and can no longer change.
        </>
      }
    >
      <div className="space-y-4">
        {summary ? (
          <dl className="grid grid-cols-3 gap-2 text-center">
            {[
              ["Components", summary.componentCount],
              ["Connections", summary.connectionCount],
              ["Not recognised", unrecognised],
            ].map(([label, value]) => (
              <div key={label} className="rounded-lg bg-slate-50 px-3 py-2 ring-1 ring-slate-200 ring-inset">
                <dt className="text-xs text-slate-500">{label}</dt>
                <dd className="text-lg font-semibold text-slate-900 tabular-nums">{value}</dd>
              </div>
            ))}
          </dl>
        ) : null}
        {summary && summary.componentCount === 0 ? (
          <Alert tone="warning" title="The grader sees no components yet">
            An empty drawing is graded as it is. Keep drawing if you did not mean to submit.
          </Alert>
        ) : null}
        {unrecognised > 0 ? (
          <Alert tone="warning" title={`${unrecognised} label${unrecognised === 1 ? "" : "s"} not recognised`}>
            The grader ignores what it cannot recognise. Check the “Grader” tab to fix labels first.
          </Alert>
        ) : null}
        <div aria-live="polite">{error ? <Alert tone="error">{error}</Alert> : null}</div>
        <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
          <Button variant="secondary" onClick={onClose} disabled={pending} data-autofocus>
            Keep drawing
          </Button>
          <Button onClick={onConfirm} pending={pending}>
            {pending ? "Submitting…" : "Submit for grading"}
          </Button>
        </div>
      </div>
    </Dialog>
  );
}
