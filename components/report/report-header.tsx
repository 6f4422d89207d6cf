import Link from "next/link";
import { useTranslations } from "next-intl";
import { LocalDate } from "@/components/time/local-date";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import type { ReportData } from "@/lib/reports/types";
import { durationText } from "@/lib/reports/words";
import { ScoreDial } from "./score-dial";

/** The top of the report: what was asked, when, how it scored, and what to do next. */
export function ReportHeader({ report }: { report: ReportData }) {
  const t = useTranslations("report");
  const limit = durationText(t, report.prompt.durationMinutes * 60_000);
  return (
    <div className="space-y-4">
      <nav aria-label={t("header.breadcrumb")} className="text-sm text-slate-600">
        <Link
          href="/dashboard"
          className="rounded hover:text-slate-900 focus-visible:outline-2 focus-visible:outline-indigo-600"
        >
          {t("header.dashboard")}
        </Link>
        <span aria-hidden="true" className="mx-2 text-slate-400">
          /
        </span>
        <span aria-current="page">{t("header.report")}</span>
      </nav>

      <Card className="flex flex-col gap-5 p-5 sm:p-6 lg:flex-row lg:items-center lg:justify-between">
        <div className="min-w-0 space-y-2.5">
          <p className="text-sm font-medium text-indigo-700">{t("header.eyebrow")}</p>
          <h1 className="text-2xl font-semibold tracking-tight text-slate-900">{report.prompt.title}</h1>
          <dl className="flex flex-wrap gap-x-6 gap-y-2 text-sm text-slate-600">
            <div className="flex gap-1.5">
              <dt>{report.status === "expired" ? t("header.ended") : t("header.submitted")}</dt>
              <dd className="font-medium text-slate-900">
                <LocalDate value={report.endedAt} format="datetime" />
              </dd>
            </div>
            <div className="flex gap-1.5">
              <dt>{t("header.timeUsed")}</dt>
              <dd className="font-medium text-slate-900">
                {t("header.timeOf", { used: durationText(t, report.usedMs), limit })}
              </dd>
            </div>
            <div className="flex gap-1.5">
              <dt>{t("header.engine")}</dt>
              <dd className="font-medium text-slate-900">
                {t("header.engineVersion", { version: report.engineVersion ?? t("unknownVersion") })}
              </dd>
            </div>
          </dl>
          <div className="flex flex-wrap gap-3 pt-1">
            <ButtonLink href={`/prompts/${report.prompt.slug}`}>{t("header.practiseAgain")}</ButtonLink>
            <ButtonLink href="/dashboard" variant="secondary">
              {t("header.backToDashboard")}
            </ButtonLink>
          </div>
        </div>

        <div className="flex shrink-0 flex-col gap-4 sm:flex-row sm:items-center lg:flex-col lg:items-start xl:flex-row xl:items-center">
          {report.score !== null ? (
            <ScoreDial score={report.score} label={report.review ? t("score.engine") : t("score.label")} />
          ) : null}
          {report.review ? (
            <div
              className="max-w-xs rounded-xl border border-indigo-200 bg-indigo-50/60 p-4"
              data-testid="mentor-score"
            >
              <ScoreDial score={report.review.score} label={t("score.mentor")} size="sm" />
              {report.review.reason ? (
                <p className="mt-3 text-sm leading-relaxed text-slate-700">
                  {t("score.reason", { reason: report.review.reason })}
                </p>
              ) : null}
            </div>
          ) : null}
        </div>
      </Card>
    </div>
  );
}
