import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { LocalDate } from "@/components/time/local-date";
import { ButtonLink } from "@/components/ui/button";
import { cn } from "@/lib/ui/cn";
import { Score } from "./score";

// The header and the cells of the interview tables (dashboard and history). Each table
// passes its own side padding (className); from sm up both use px-5.

/** The header row: prompt, date (from sm up), score, the status column (from md up) and the action's. */
export function InterviewTableHead({
  status,
  action,
  className,
}: {
  status: string;
  action: string;
  className?: string;
}) {
  const t = useTranslations("dashboard.table");
  const cell = cn("py-3 font-medium sm:px-5", className);
  return (
    <thead className="border-b border-slate-200 bg-slate-50 text-xs text-slate-500">
      <tr>
        <th scope="col" className={cell}>
          {t("prompt")}
        </th>
        <th scope="col" className={cn("hidden sm:table-cell", cell)}>
          {t("date")}
        </th>
        <th scope="col" className={cell}>
          {t("score")}
        </th>
        <th scope="col" className={cn("hidden md:table-cell", cell)}>
          {status}
        </th>
        <th scope="col" className={cell}>
          <span className="sr-only">{action}</span>
        </th>
      </tr>
    </thead>
  );
}

/** The row's header: the prompt's title, with the date under it where the date column is hidden. */
export function PromptCell({
  title,
  date,
  className,
  children,
}: {
  title: string;
  date: string;
  className?: string;
  children?: ReactNode;
}) {
  return (
    <th scope="row" className={cn("py-3 font-medium text-slate-900 sm:px-5", className)}>
      <span className="line-clamp-2">{title}</span>
      <span className="mt-0.5 block text-xs font-normal text-slate-500 sm:hidden">
        <LocalDate value={date} />
      </span>
      {children}
    </th>
  );
}

/** The date column, from sm up. */
export function DateCell({ date, className }: { date: string; className?: string }) {
  return (
    <td className={cn("hidden py-3 whitespace-nowrap text-slate-600 sm:table-cell sm:px-5", className)}>
      <LocalDate value={date} />
    </td>
  );
}

/** The score, or a dash while the interview still runs. */
export function ScoreCell({
  score,
  adjusted,
  running = false,
  className,
}: {
  score: number | null;
  adjusted: number | null;
  running?: boolean;
  className?: string;
}) {
  return (
    <td className={cn("py-3 whitespace-nowrap sm:px-5", className)}>
      {running ? <span className="text-sm text-slate-500">–</span> : <Score score={score} adjusted={adjusted} />}
    </td>
  );
}

/** The row's action: back to the board while it runs, else its report. Named for screen readers. */
export function InterviewLink({ id, title, running = false }: { id: string; title: string; running?: boolean }) {
  const t = useTranslations("dashboard.table");
  return (
    <ButtonLink href={running ? `/interviews/${id}` : `/interviews/${id}/report`} variant="secondary" size="sm">
      {running ? t("resume") : t("report")}
      <span className="sr-only">: {title}</span>
    </ButtonLink>
  );
}
