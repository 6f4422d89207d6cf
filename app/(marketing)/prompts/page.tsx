import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { firstParam } from "@/components/auth/callback-url";
import { topicLabel } from "@/components/prompts/labels";
import { PromptCard } from "@/components/prompts/prompt-card";
import { PromptFilters, promptsHref } from "@/components/prompts/prompt-filters";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Container, PageHeader } from "@/components/ui/page";
import { listPromptTopics, listPrompts, parseDifficulty } from "@/lib/prompts/queries";
import { DIFFICULTIES } from "@/lib/prompts/schemas";
import { getDb } from "@/lib/startup/database";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("prompts.catalog");
  return { title: t("title") };
}

export const dynamic = "force-dynamic";

export default async function PromptsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const [db, t, format] = await Promise.all([getDb(), getTranslations("prompts"), getFormatter()]);
  const topics = await listPromptTopics(db);
  const difficulty = parseDifficulty(firstParam(params.difficulty));
  const rawTopic = firstParam(params.topic);
  const topic = rawTopic && topics.includes(rawTopic) ? rawTopic : undefined;
  const prompts = await listPrompts(db, { difficulty, topic }, await getLocale());
  const filtered = Boolean(difficulty || topic);

  // The filters in force, as their chips name them: "(Medium, Caching)".
  const activeFilters = [difficulty ? t(`difficulty.${difficulty}`) : null, topic ? topicLabel(t, topic) : null].filter(
    (part): part is string => part !== null,
  );

  return (
    <Container className="py-10 sm:py-12">
      <PageHeader title={t("catalog.title")} description={t("catalog.description")} />
      <div className="mt-8 grid gap-8 lg:grid-cols-[13rem_minmax(0,1fr)] lg:gap-10">
        <aside aria-label={t("filters.label")}>
          <PromptFilters active={{ difficulty, topic }} topics={topics} difficulties={DIFFICULTIES} />
        </aside>
        <section aria-labelledby="results-title">
          <div className="flex flex-wrap items-baseline justify-between gap-3">
            <h2 id="results-title" className="text-sm text-slate-600" aria-live="polite">
              <span className="font-semibold text-slate-900">{t("catalog.count", { count: prompts.length })}</span>
              {filtered ? ` (${format.list(activeFilters, { type: "unit" })})` : null}
            </h2>
            {filtered && prompts.length > 0 ? (
              <Link
                href={promptsHref({})}
                scroll={false}
                className="rounded-sm text-sm font-medium text-indigo-700 hover:text-indigo-600"
              >
                {t("filters.clear")}
              </Link>
            ) : null}
          </div>
          {prompts.length > 0 ? (
            <ul className="mt-4 grid gap-4 md:grid-cols-2">
              {prompts.map((prompt) => (
                <li key={prompt.slug}>
                  <PromptCard prompt={prompt} />
                </li>
              ))}
            </ul>
          ) : (
            <EmptyState
              className="mt-4"
              title={filtered ? t("catalog.noMatchTitle") : t("catalog.emptyTitle")}
              description={filtered ? t("catalog.noMatchDescription") : t("catalog.emptyDescription")}
              actions={
                filtered ? (
                  <ButtonLink href={promptsHref({})} variant="secondary">
                    {t("filters.clear")}
                  </ButtonLink>
                ) : null
              }
            />
          )}
        </section>
      </div>
    </Container>
  );
}
