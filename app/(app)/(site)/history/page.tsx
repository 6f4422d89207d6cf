import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
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
import { RULE_IDS } from "@/lib/grading/contract";
import { ruleWords, type GradingLanguage } from "@/lib/grading/locales";
import { RULE_META } from "@/lib/grading/rules";
import { requireSession } from "@/lib/http/page";
import type { RuleMetaLookup } from "@/lib/reports/findings";
import { practiseNext, rulePassRates, scoreSeries, scoreSummary } from "@/lib/reports/history";
import { loadHistory } from "@/lib/reports/load";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("history");
  return { title: t("title") };
}

export const dynamic = "force-dynamic";

/** Every rule's words in the reader's language (the engine's catalogue), with its severity. */
function ruleMetaIn(language: GradingLanguage): RuleMetaLookup {
  return Object.fromEntries(
    RULE_IDS.map((id) => [id, { ...ruleWords(id, language), severity: RULE_META[id].severity }]),
  );
}

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
  const [t, tCommon, locale] = await Promise.all([getTranslations("history"), getTranslations("common"), getLocale()]);
  const { entries, prompts } = await loadHistory(db, user.id, locale);
  const series = scoreSeries(entries);
  const summary = scoreSummary(series);
  const rates = rulePassRates(entries, ruleMetaIn(locale));
  const suggestions = practiseNext(rates, prompts);
  const change =
    summary && summary.count > 1
      ? t("stats.change", { sign: summary.change >= 0 ? "+" : "−", amount: Math.abs(summary.change) })
      : undefined;

  return (
    <Container className="space-y-8 py-10 sm:py-12">
      <PageHeader
        eyebrow={t("title")}
        title={t("heading")}
        description={t("description")}
        actions={<ButtonLink href="/prompts">{t("practise")}</ButtonLink>}
      />

      {summary === null ? (
        <EmptyState
          title={t("empty.title")}
          description={t("empty.description")}
          actions={<ButtonLink href="/prompts">{tCommon("actions.browsePrompts")}</ButtonLink>}
        />
      ) : (
        <>
          <dl className="grid grid-cols-2 gap-3 md:grid-cols-4">
            <Stat label={t("stats.count")} value={String(summary.count)} />
            <Stat label={t("stats.average")} value={String(summary.average)} note="/ 100" />
            <Stat label={t("stats.best")} value={String(summary.best)} note="/ 100" />
            <Stat label={t("stats.latest")} value={String(summary.latest)} note={change} />
          </dl>

          <div className="grid items-start gap-6 lg:grid-cols-3 [&>*]:min-w-0">
            <div className="lg:col-span-2">
              <Panel id="score-over-time" title={t("chart.title")} description={t("chart.lead")}>
                <ScoreChart series={series} />
              </Panel>
            </div>
            <PracticeNext suggestions={suggestions} />
          </div>

          <Panel id="pass-rates" title={t("passRates.title")} description={t("passRates.description")}>
            <PassRateTable rates={rates} />
          </Panel>
        </>
      )}

      {entries.length > 0 ? (
        <Section id="interviews-title" title={t("interviews.title")}>
          <Card className="mt-4 overflow-hidden">
            <HistoryTable entries={entries} />
          </Card>
        </Section>
      ) : null}
    </Container>
  );
}
