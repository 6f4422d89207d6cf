import type { Metadata } from "next";
import Link from "next/link";
import { getLocale } from "next-intl/server";
import { firstParam } from "@/components/auth/callback-url";
import { DIFFICULTY_LABELS, topicLabel } from "@/components/prompts/labels";
import { PromptCard } from "@/components/prompts/prompt-card";
import { PromptFilters, promptsHref } from "@/components/prompts/prompt-filters";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Container, PageHeader } from "@/components/ui/page";
import { listPromptTopics, listPrompts, parseDifficulty } from "@/lib/prompts/queries";
import { DIFFICULTIES } from "@/lib/prompts/schemas";
import { getDb } from "@/lib/startup/database";

export const metadata: Metadata = { title: "Prompts" };
export const dynamic = "force-dynamic";

export default async function PromptsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const db = await getDb();
  const topics = await listPromptTopics(db);
  const difficulty = parseDifficulty(firstParam(params.difficulty));
  const rawTopic = firstParam(params.topic);
  const topic = rawTopic && topics.includes(rawTopic) ? rawTopic : undefined;
  const prompts = await listPrompts(db, { difficulty, topic }, await getLocale());
  const filtered = Boolean(difficulty || topic);

  const activeDescription = [
    difficulty ? DIFFICULTY_LABELS[difficulty].toLowerCase() : null,
    topic ? `about ${topicLabel(topic).toLowerCase()}` : null,
  ]
    .filter(Boolean)
    .join(", ");

  return (
    <Container className="py-10 sm:py-12">
      <PageHeader
        title="Prompts"
        description="Each prompt is a mock interview question with requirements, scale figures, a time limit and the rules your drawing is graded on."
      />
      <div className="mt-8 grid gap-8 lg:grid-cols-[13rem_minmax(0,1fr)] lg:gap-10">
        <aside aria-label="Filters">
          <PromptFilters active={{ difficulty, topic }} topics={topics} difficulties={DIFFICULTIES} />
        </aside>
        <section aria-labelledby="results-title">
          <div className="flex flex-wrap items-baseline justify-between gap-3">
            <h2 id="results-title" className="text-sm text-slate-600" aria-live="polite">
              <span className="font-semibold text-slate-900">
                {prompts.length} {prompts.length === 1 ? "prompt" : "prompts"}
              </span>
              {filtered ? ` ${activeDescription}` : null}
            </h2>
            {filtered && prompts.length > 0 ? (
              <Link
                href={promptsHref({})}
                scroll={false}
                className="rounded-sm text-sm font-medium text-indigo-700 hover:text-indigo-600"
              >
                Clear filters
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
              title={filtered ? "No prompts match these filters" : "No prompts published yet"}
              description={
                filtered
                  ? "Try another difficulty or topic, or clear the filters to see the whole catalog."
                  : "Prompts appear here once an admin publishes them."
              }
              actions={
                filtered ? (
                  <ButtonLink href={promptsHref({})} variant="secondary">
                    Clear filters
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
