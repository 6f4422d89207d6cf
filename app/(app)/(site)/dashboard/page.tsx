import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import {
  DateCell,
  InterviewLink,
  InterviewTableHead,
  PromptCell,
  ScoreCell,
} from "@/components/dashboard/interview-cells";
import { durationLabel } from "@/components/time/duration";
import { LocalDate } from "@/components/time/local-date";
import { TimeLeft } from "@/components/time/time-left";
import { Badge } from "@/components/ui/badge";
import { Button, ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Container, PageHeader } from "@/components/ui/page";
import { Section } from "@/components/ui/section";
import { Stat } from "@/components/ui/stat";
import { requireSession } from "@/lib/http/page";
import { listInterviewsForUser } from "@/lib/interviews/queries";
import { getFirstPrompt } from "@/lib/prompts/queries";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("dashboard");
  return { title: t("title") };
}

export const dynamic = "force-dynamic";

export default async function DashboardPage() {
  const { user, db } = await requireSession();
  const [t, tCommon, locale] = await Promise.all([
    getTranslations("dashboard"),
    getTranslations("common"),
    getLocale(),
  ]);
  const { inProgress, past } = await listInterviewsForUser(db, user.id, locale);
  const firstPrompt = inProgress.length === 0 && past.length === 0 ? await getFirstPrompt(db, locale) : null;
  const serverNow = new Date().toISOString();

  const scores = past
    .map((interview) => interview.reviewScore ?? interview.score)
    .filter((score): score is number => score !== null);
  const average = scores.length > 0 ? Math.round(scores.reduce((sum, score) => sum + score, 0) / scores.length) : null;
  const best = scores.length > 0 ? Math.max(...scores) : null;

  return (
    <Container className="py-10 sm:py-12">
      <PageHeader
        eyebrow={t("title")}
        title={t("welcome", { name: user.name || user.email })}
        description={t("description")}
        actions={
          inProgress.length + past.length > 0 ? (
            <ButtonLink href="/prompts" variant="secondary">
              {tCommon("actions.browsePrompts")}
            </ButtonLink>
          ) : null
        }
      />

      {inProgress.length === 0 && past.length === 0 ? (
        <Card className="mt-8 px-6 py-12 text-center sm:px-10">
          <h2 className="text-lg font-semibold text-slate-900">{t("empty.title")}</h2>
          <p className="mx-auto mt-2 max-w-lg text-sm leading-relaxed text-slate-600">{t("empty.description")}</p>
          <div className="mt-6 flex flex-wrap items-center justify-center gap-3">
            <ButtonLink href="/prompts">{tCommon("actions.browsePrompts")}</ButtonLink>
            {firstPrompt ? (
              <form action="/api/interviews" method="post">
                <input type="hidden" name="promptSlug" value={firstPrompt.slug} />
                <Button type="submit" variant="secondary" aria-describedby="quick-start-description">
                  {t("empty.quickStart")}
                </Button>
              </form>
            ) : null}
          </div>
          {firstPrompt ? (
            <p id="quick-start-description" className="mx-auto mt-4 max-w-lg text-xs text-slate-500">
              {t("empty.quickStartDescription", {
                title: firstPrompt.title,
                duration: durationLabel(tCommon, firstPrompt.durationMinutes),
              })}
            </p>
          ) : null}
        </Card>
      ) : null}

      {inProgress.length > 0 ? (
        <Section id="in-progress-title" title={t("inProgress.title")} className="mt-10">
          <ul className="mt-4 space-y-3">
            {inProgress.map((interview) => (
              <li key={interview.id}>
                <Card className="flex flex-col gap-4 border-indigo-200 px-5 py-4 sm:flex-row sm:items-center sm:justify-between">
                  <div className="min-w-0">
                    <p className="truncate font-medium text-slate-900">{interview.promptTitle}</p>
                    <p className="mt-1 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-slate-600">
                      <span className="inline-flex items-center gap-1.5">
                        <span aria-hidden="true" className="size-2 rounded-full bg-indigo-500" />
                        <TimeLeft
                          deadline={interview.deadline.toISOString()}
                          serverNow={serverNow}
                          className="font-medium text-slate-900"
                        />
                      </span>
                      <span>
                        {t.rich("inProgress.started", {
                          date: () => <LocalDate value={interview.startedAt.toISOString()} format="datetime" />,
                        })}
                      </span>
                    </p>
                  </div>
                  <ButtonLink href={`/interviews/${interview.id}`} className="shrink-0">
                    {t("inProgress.resume")}
                    <span className="sr-only">: {interview.promptTitle}</span>
                  </ButtonLink>
                </Card>
              </li>
            ))}
          </ul>
        </Section>
      ) : null}

      {past.length > 0 ? (
        <Section id="past-title" title={t("past.title")} className="mt-10">
          {scores.length > 0 ? (
            <dl className="mt-4 grid grid-cols-3 gap-3">
              <Stat label={t("past.finished")} value={String(past.length)} />
              <Stat label={t("past.average")} value={average === null ? "–" : String(average)} note="/ 100" />
              <Stat label={t("past.best")} value={best === null ? "–" : String(best)} note="/ 100" />
            </dl>
          ) : null}
          <Card className="mt-4 overflow-hidden">
            <div className="relative overflow-x-auto">
              <table className="w-full text-left text-sm">
                <InterviewTableHead status={t("past.review")} action={t("past.actions")} className="px-3" />
                <tbody className="divide-y divide-slate-100">
                  {past.map((interview) => (
                    <tr key={interview.id} className="hover:bg-slate-50/60">
                      <PromptCell title={interview.promptTitle} date={interview.endedAt.toISOString()} className="px-3">
                        {interview.status === "expired" ? (
                          <Badge tone="neutral" className="mt-1">
                            {t("past.expired")}
                          </Badge>
                        ) : null}
                      </PromptCell>
                      <DateCell date={interview.endedAt.toISOString()} className="px-3" />
                      <ScoreCell score={interview.score} adjusted={interview.reviewScore} className="px-3" />
                      <td className="hidden px-3 py-3 whitespace-nowrap text-slate-600 sm:px-5 md:table-cell">
                        {interview.review ? (
                          t(`past.reviewStatus.${interview.review}`)
                        ) : (
                          <span className="text-slate-400">{t("past.notRequested")}</span>
                        )}
                      </td>
                      <td className="px-3 py-3 text-right sm:px-5">
                        <InterviewLink id={interview.id} title={interview.promptTitle} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </Card>
        </Section>
      ) : null}
    </Container>
  );
}
