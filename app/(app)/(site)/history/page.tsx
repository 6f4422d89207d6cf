import type { Metadata } from "next";
import { getLocale } from "next-intl/server";
import { HistoryTable } from "@/components/history/history-table";
import { PassRateTable } from "@/components/history/pass-rate-table";
import { PracticeNext } from "@/components/history/practice-next";
import { ScoreChart } from "@/components/history/score-chart";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Container, PageHeader } from "@/components/ui/page";
import { Section } from "@/components/ui/section";
import { Stat } from "@/components/ui/stat";
import { requireSession } from "@/lib/http/page";
import { practiseNext, rulePassRates, scoreSeries, scoreSummary } from "@/lib/reports/history";
import { loadHistory } from "@/lib/reports/load";

export const metadata: Metadata = { title: "History" };
export const dynamic = "force-dynamic";

function Panel({
  id,
  title,
  description,
  children,
}: {
  id: string;
  title: string;
  description?: string;
  children: React.ReactNode;
}) {
  return (
    <Card className="p-5 sm:p-6">
      <section aria-labelledby={id}>
        <h2 id={id} className="text-base font-semibold text-slate-900">
          {title}
        </h2>
        {description ? <p className="mt-1 text-sm text-slate-600">{description}</p> : null}
        <div className="mt-4">{children}</div>
      </section>
    </Card>
  );
}

export default async function HistoryPage() {
  const { user, db } = await requireSession();
  const { entries, prompts } = await loadHistory(db, user.id, await getLocale());
  const series = scoreSeries(entries);
  const summary = scoreSummary(series);
  const rates = rulePassRates(entries);
  const suggestions = practiseNext(rates, prompts);
  const change =
    summary && summary.count > 1
      ? `${summary.change >= 0 ? "+" : "−"}${Math.abs(summary.change)} since your first`
      : undefined;

  return (
    <Container className="space-y-8 py-10 sm:py-12">
      <PageHeader
        eyebrow="History"
        title="Your progress"
        description="Every interview you took, how your score moved, and which rules of the checklist keep tripping you up."
        actions={<ButtonLink href="/prompts">Practise a prompt</ButtonLink>}
      />

      {summary === null ? (
        <EmptyState
          title="Nothing graded yet"
          description="Finish an interview and its grade shows up here: your score over time, your pass rate on each rule, and what to practise next."
          actions={<ButtonLink href="/prompts">Browse prompts</ButtonLink>}
        />
      ) : (
        <>
          <dl className="grid grid-cols-2 gap-3 md:grid-cols-4">
            <Stat label="Graded interviews" value={String(summary.count)} />
            <Stat label="Average score" value={String(summary.average)} note="/ 100" />
            <Stat label="Best score" value={String(summary.best)} note="/ 100" />
            <Stat label="Latest score" value={String(summary.latest)} note={change} />
          </dl>

          <div className="grid items-start gap-6 lg:grid-cols-3 [&>*]:min-w-0">
            <div className="lg:col-span-2">
              <Panel
                id="score-over-time"
                title="Score over time"
                description="Each point is a graded interview, oldest on the left. A mentor's adjusted score counts when there is one."
              >
                <ScoreChart series={series} />
              </Panel>
            </div>
            <PracticeNext suggestions={suggestions} />
          </div>

          <Panel
            id="pass-rates"
            title="Pass rate by rule"
            description="How often each rule passed in the interviews that were graded on it. Not applicable results do not count."
          >
            <PassRateTable rates={rates} />
          </Panel>
        </>
      )}

      {entries.length > 0 ? (
        <Section id="interviews-title" title="Interviews">
          <Card className="mt-4 overflow-hidden">
            <HistoryTable entries={entries} />
          </Card>
        </Section>
      ) : null}
    </Container>
  );
}
