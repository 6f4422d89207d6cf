"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { StatusBadge } from "@/components/report/status";
import { Button } from "@/components/ui/button";
import type { RuleStatus } from "@/lib/grading/types";
import type { VerdictOverrideView } from "@/lib/reviews/verdicts";
import { callApi, reviewPath } from "./api";
import { useReviewError } from "./errors";

export interface EngineVerdict {
  ruleId: string;
  title: string;
  status: RuleStatus;
  weight: number | null;
}

const CHOICES: readonly RuleStatus[] = ["pass", "fail", "not_applicable"];

function OverrideEditor({
  interviewId,
  verdict,
  override,
  onSaved,
}: {
  interviewId: string;
  verdict: EngineVerdict;
  override: VerdictOverrideView | undefined;
  onSaved: (adjusted: number) => void;
}) {
  const t = useTranslations("reviews.verdicts");
  const refusal = useReviewError();
  const [status, setStatus] = useState<RuleStatus>(override?.status ?? verdict.status);
  const [reason, setReason] = useState(override?.reason ?? "");
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const changed = status !== (override?.status ?? verdict.status) || reason !== (override?.reason ?? "");

  const save = async () => {
    setPending(true);
    const result = await callApi<{ adjustedScore: number }>("PUT", reviewPath(interviewId, "/verdicts"), {
      ruleId: verdict.ruleId,
      status: status === verdict.status ? null : status,
      reason,
    });
    setPending(false);
    if (!result.ok) return setError(refusal("verdict", result));
    setError(null);
    onSaved(result.data.adjustedScore);
  };

  return (
    <div className="mt-2 space-y-2">
      <div className="flex flex-wrap items-center gap-2">
        <label className="text-xs text-slate-600">
          <span className="sr-only">{t("yourVerdict", { rule: verdict.title })}</span>
          <select
            value={status}
            onChange={(event) => setStatus(event.target.value as RuleStatus)}
            className="rounded-lg border-0 py-1 text-sm ring-1 ring-slate-300 ring-inset"
            data-testid="verdict-select"
          >
            {CHOICES.map((choice) => (
              <option key={choice} value={choice}>
                {choice === verdict.status ? t("engineChoice", { label: t(choice) }) : t(choice)}
              </option>
            ))}
          </select>
        </label>
        {status !== verdict.status ? (
          <input
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            placeholder={t("reasonPlaceholder")}
            aria-label={t("reasonLabel", { rule: verdict.title })}
            maxLength={1000}
            className="min-w-48 flex-1 rounded-lg border-0 px-2 py-1 text-sm ring-1 ring-slate-300 ring-inset"
          />
        ) : null}
        <Button size="sm" variant="secondary" disabled={!changed} pending={pending} onClick={() => void save()}>
          {t("save")}
        </Button>
      </div>
      {error ? (
        <p role="alert" className="text-xs text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** The engine's verdict on each rule beside the mentor's; the reviewing mentor edits theirs here. */
export function VerdictTable({
  interviewId,
  verdicts,
  overrides,
  editable,
}: {
  interviewId: string;
  verdicts: EngineVerdict[];
  overrides: VerdictOverrideView[];
  editable: boolean;
}) {
  const router = useRouter();
  const t = useTranslations("reviews.verdicts");
  const byRule = new Map(overrides.map((o) => [o.ruleId, o]));
  return (
    <ul className="divide-y divide-slate-100 rounded-xl border border-slate-200 bg-white" data-testid="verdict-table">
      {verdicts.map((verdict) => {
        const override = byRule.get(verdict.ruleId);
        return (
          <li key={verdict.ruleId} className="px-4 py-3" data-rule-id={verdict.ruleId}>
            <div className="flex flex-wrap items-center justify-between gap-2">
              <span className="text-sm font-medium text-slate-900">{verdict.title}</span>
              <span className="flex items-center gap-2 text-xs text-slate-500">
                {t("engine")} <StatusBadge status={verdict.status} />
                <span aria-hidden="true">→</span>
                {t("mentor")} {override ? <StatusBadge status={override.status} /> : <span>{t("agrees")}</span>}
              </span>
            </div>
            {override && !editable ? (
              <p className="mt-1 text-sm text-slate-700">{t("quoted", { reason: override.reason })}</p>
            ) : null}
            {editable ? (
              <OverrideEditor
                interviewId={interviewId}
                verdict={verdict}
                override={override}
                onSaved={() => router.refresh()}
              />
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
