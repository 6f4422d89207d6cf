"use client";

import { useOptionalReview } from "@/components/reviews/review-provider";
import type { Thread } from "@/components/reviews/threads";
import { useTranslations } from "next-intl";
import type { RuleStatus } from "@/lib/grading/types";
import type { FindingSummary, ReportFinding } from "@/lib/reports/types";
import { cn } from "@/lib/ui/cn";
import { StatusBadge, StatusIcon } from "./status";

/** Failing first, then passing, then not applicable (the order of lib/reports/findings.ts). */
const GROUPS: readonly RuleStatus[] = ["fail", "pass", "not_applicable"];

function Explanation({ finding }: { finding: ReportFinding }) {
  const t = useTranslations("report");
  if (!finding.rationale && !finding.remediation) return null;
  const body = (
    <div className="space-y-2">
      {finding.rationale ? (
        <p>
          <span className="font-medium text-slate-900">{t("findings.whyItMatters")} </span>
          {finding.rationale}
        </p>
      ) : null}
      {finding.remediation ? (
        <p>
          <span className="font-medium text-slate-900">
            {finding.status === "fail" ? t("findings.howToFix") : t("findings.whatItTakes")}{" "}
          </span>
          {finding.remediation}
        </p>
      ) : null}
    </div>
  );
  // What to fix is the point of a failing rule, so it is shown; for the rest it is one click away.
  if (finding.status === "fail") return <div className="mt-3 text-sm leading-relaxed text-slate-700">{body}</div>;
  return (
    <details className="group mt-2 text-sm leading-relaxed text-slate-700">
      <summary className="cursor-pointer rounded text-sm font-medium text-indigo-700 hover:text-indigo-600 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600">
        {t("findings.whyThisRule")}
      </summary>
      <div className="mt-2">{body}</div>
    </details>
  );
}

/**
 * The review's comment threads on a rule, counted under its finding; the button opens the
 * first one still open (or the first) in the comments, where it scrolls into view.
 */
function ThreadCount({ title, threads, onOpen }: { title: string; threads: Thread[]; onOpen: (id: string) => void }) {
  const t = useTranslations("report.threads");
  const open = threads.filter((thread) => !thread.root.resolved).length;
  const first = threads.find((thread) => !thread.root.resolved) ?? threads[0]!;
  return (
    <button
      type="button"
      onClick={() => onOpen(first.root.id)}
      className="mt-2 inline-flex items-center gap-1.5 rounded-md bg-amber-50 px-2 py-1 text-xs font-medium text-amber-900 ring-1 ring-amber-200 ring-inset hover:bg-amber-100 focus-visible:outline-2 focus-visible:outline-indigo-600"
      aria-label={t("label", { count: threads.length, title, open })}
      data-testid="finding-threads"
    >
      <svg aria-hidden="true" viewBox="0 0 20 20" fill="currentColor" className="size-3.5">
        <path d="M3 4.5A2.5 2.5 0 0 1 5.5 2h9A2.5 2.5 0 0 1 17 4.5v6a2.5 2.5 0 0 1-2.5 2.5H9l-4 3.5V13h.5A2.5 2.5 0 0 1 3 10.5v-6Z" />
      </svg>
      {t("count", { count: threads.length })}
      {open < threads.length ? <span className="font-normal text-amber-800">· {t("open", { open })}</span> : null}
    </button>
  );
}

function FindingItem({
  finding,
  active,
  onPick,
  threads,
  onOpenThread,
}: {
  finding: ReportFinding;
  active: boolean;
  onPick: (finding: ReportFinding) => void;
  /** The review's threads on this rule (none on a report without a review). */
  threads: Thread[];
  onOpenThread: (id: string) => void;
}) {
  const t = useTranslations("report");
  const count = finding.elementIds.length;
  return (
    <li
      className={cn(
        "rounded-xl border bg-white px-4 py-3 shadow-xs transition-shadow",
        finding.status === "fail" ? "border-red-200" : "border-slate-200",
        active && "ring-2 ring-indigo-500",
      )}
      data-rule-id={finding.ruleId}
    >
      <button
        type="button"
        aria-pressed={active}
        onClick={() => onPick(finding)}
        className="-mx-2 -my-1 flex w-[calc(100%+1rem)] items-start gap-3 rounded-lg px-2 py-1 text-left hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-indigo-600"
      >
        <StatusIcon status={finding.status} className="mt-0.5" />
        <span className="min-w-0 flex-1">
          <span className="flex flex-wrap items-center gap-x-2 gap-y-1">
            <span className="font-medium text-slate-900">{finding.title}</span>
            <StatusBadge status={finding.status} />
          </span>
          <span className="mt-1 block text-sm text-slate-700">{finding.message}</span>
          <span className="mt-1.5 flex flex-wrap gap-x-3 gap-y-1 text-xs text-slate-500">
            <span className="capitalize">{t(`severity.${finding.severity}`)}</span>
            {finding.weight !== null ? <span>{t("findings.weight", { weight: finding.weight })}</span> : null}
            {finding.checklist ? <span>{t("findings.checklist", { checklist: finding.checklist })}</span> : null}
          </span>
          <span className={cn("mt-1.5 block text-xs font-medium", count > 0 ? "text-indigo-700" : "text-slate-500")}>
            {count > 0 ? (active ? t("findings.shown") : t("findings.show")) : t("findings.nothingToPoint")}
          </span>
        </span>
      </button>
      {threads.length > 0 ? <ThreadCount title={finding.title} threads={threads} onOpen={onOpenThread} /> : null}
      <Explanation finding={finding} />
    </li>
  );
}

export function FindingList({
  findings,
  summary,
  activeRuleId,
  onPick,
}: {
  findings: ReportFinding[];
  summary: FindingSummary;
  activeRuleId: string | null;
  onPick: (finding: ReportFinding) => void;
}) {
  // On a page with a review (the candidate's report, the mentor's workspace), each finding
  // counts the threads a mentor started on its rule.
  const review = useOptionalReview();
  const threadsByRule = new Map<string, Thread[]>();
  for (const thread of review?.threads ?? []) {
    const ruleId = thread.root.ruleId;
    if (ruleId && thread.root.elementIds.length === 0)
      threadsByRule.set(ruleId, [...(threadsByRule.get(ruleId) ?? []), thread]);
  }
  const t = useTranslations("report");
  if (findings.length === 0) {
    return (
      <p className="rounded-xl border border-dashed border-slate-300 bg-white px-4 py-6 text-sm text-slate-600">
        {t("findings.none")}
      </p>
    );
  }
  return (
    <div className="space-y-6">
      <p className="flex flex-wrap gap-2 text-sm" data-testid="finding-summary">
        <span className="rounded-md bg-red-50 px-2 py-1 font-medium text-red-700 ring-1 ring-red-200 ring-inset">
          {t("findings.failingCount", { count: summary.fail })}
        </span>
        <span className="rounded-md bg-emerald-50 px-2 py-1 font-medium text-emerald-800 ring-1 ring-emerald-200 ring-inset">
          {t("findings.passingCount", { count: summary.pass })}
        </span>
        <span className="rounded-md bg-slate-100 px-2 py-1 font-medium text-slate-700 ring-1 ring-slate-200 ring-inset">
          {t("findings.notApplicableCount", { count: summary.notApplicable })}
        </span>
        <span className="sr-only">{t("findings.ofRules", { count: summary.total })}</span>
      </p>
      {GROUPS.map((status) => {
        const items = findings.filter((finding) => finding.status === status);
        if (items.length === 0) return null;
        return (
          <section key={status} aria-labelledby={`findings-${status}`}>
            <h3 id={`findings-${status}`} className="text-sm font-semibold text-slate-900">
              {t(`findings.groups.${status}`)} <span className="font-normal text-slate-500">({items.length})</span>
            </h3>
            {status === "not_applicable" ? (
              <p className="mt-1 text-xs text-slate-500">{t("findings.notApplicableNote")}</p>
            ) : null}
            <ul className="mt-3 space-y-3" aria-label={t(`findings.groupRules.${status}`)}>
              {items.map((finding) => (
                <FindingItem
                  key={finding.ruleId}
                  finding={finding}
                  active={activeRuleId === finding.ruleId}
                  onPick={onPick}
                  threads={threadsByRule.get(finding.ruleId) ?? []}
                  onOpenThread={(id) => review?.openThread(id)}
                />
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
