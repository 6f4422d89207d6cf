import {
  DateCell,
  InterviewLink,
  InterviewTableHead,
  PromptCell,
  ScoreCell,
} from "@/components/dashboard/interview-cells";
import { useTranslations } from "next-intl";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { HistoryEntry } from "@/lib/reports/history";

type EntryState = "inProgress" | "reviewed" | "reviewRequested" | "expired" | "submitted";

function status(entry: HistoryEntry): { state: EntryState; tone: BadgeTone } {
  if (entry.status === "in_progress") return { state: "inProgress", tone: "accent" };
  if (entry.review === "done") return { state: "reviewed", tone: "success" };
  if (entry.review) return { state: "reviewRequested", tone: "warning" };
  if (entry.status === "expired") return { state: "expired", tone: "neutral" };
  return { state: "submitted", tone: "neutral" };
}

/** Every interview, newest first, with a link to its report (or back to the board while running). */
export function HistoryTable({ entries }: { entries: HistoryEntry[] }) {
  const t = useTranslations("history.table");
  return (
    <div className="relative overflow-x-auto">
      <table className="w-full text-left text-sm" data-testid="history-table">
        <caption className="sr-only">{t("caption")}</caption>
        <InterviewTableHead status={t("status")} action={t("report")} className="px-4" />
        <tbody className="divide-y divide-slate-100">
          {entries.map((entry) => {
            const state = status(entry);
            const label = t(`states.${state.state}`);
            const date = entry.endedAt ?? entry.startedAt;
            const running = entry.status === "in_progress";
            return (
              <tr key={entry.id} className="hover:bg-slate-50/60">
                <PromptCell title={entry.promptTitle} date={date} className="px-4">
                  <Badge tone={state.tone} className="mt-1 md:hidden">
                    {label}
                  </Badge>
                </PromptCell>
                <DateCell date={date} className="px-4" />
                <ScoreCell score={entry.score} adjusted={entry.adjustedScore} running={running} className="px-4" />
                <td className="hidden px-4 py-3 whitespace-nowrap sm:px-5 md:table-cell">
                  <Badge tone={state.tone}>{label}</Badge>
                </td>
                <td className="px-4 py-3 text-right sm:px-5">
                  <InterviewLink id={entry.id} title={entry.promptTitle} running={running} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
