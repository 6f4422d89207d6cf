import type { Metadata } from "next";
import Link from "next/link";
import { cache } from "react";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { DifficultyBadge, DurationLabel } from "@/components/prompts/difficulty-badge";
import { topicLabel } from "@/components/prompts/labels";
import { BriefParagraphs, ScaleFigures } from "@/components/prompts/prompt-content";
import { RubricList } from "@/components/prompts/rubric-list";
import { durationLabel } from "@/components/time/duration";
import { TimeLeft } from "@/components/time/time-left";
import { BulletList } from "@/components/ui/bullet-list";
import { Button, ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Container } from "@/components/ui/page";
import { Section } from "@/components/ui/section";
import { findInProgressInterview } from "@/lib/interviews/queries";
import { getPromptBySlug } from "@/lib/prompts/queries";
import { findSignedInUser } from "@/lib/http/page";
import { getDb } from "@/lib/startup/database";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ slug: string }> };

// One query per request, shared by the metadata and the page.
const loadPrompt = cache(async (slug: string) => getPromptBySlug(await getDb(), slug, await getLocale()));

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { slug } = await params;
  const prompt = await loadPrompt(slug);
  if (prompt) return { title: prompt.title, description: prompt.summary };
  const t = await getTranslations("prompts.page");
  return { title: t("notFound") };
}

export default async function PromptPage({ params }: Params) {
  const { slug } = await params;
  const [prompt, user] = await Promise.all([loadPrompt(slug), findSignedInUser()]);
  if (!prompt) notFound();
  const [t, tCommon] = await Promise.all([getTranslations("prompts"), getTranslations("common")]);
  const running = user ? await findInProgressInterview(await getDb(), user.id, prompt.slug) : null;

  return (
    <Container className="py-8 sm:py-10">
      <nav aria-label={t("page.breadcrumb")}>
        <ol className="flex items-center gap-2 text-sm text-slate-500">
          <li>
            <Link href="/prompts" className="rounded-sm hover:text-slate-900">
              {t("catalog.title")}
            </Link>
          </li>
          <li aria-hidden="true">/</li>
          <li aria-current="page" className="truncate text-slate-700">
            {prompt.title}
          </li>
        </ol>
      </nav>

      <header className="mt-4 max-w-3xl">
        <h1 className="text-2xl font-semibold tracking-tight text-balance text-slate-900 sm:text-3xl">
          {prompt.title}
        </h1>
        <p className="mt-3 text-base leading-relaxed text-slate-600">{prompt.summary}</p>
        <div className="mt-4 flex flex-wrap items-center gap-x-4 gap-y-2">
          <DifficultyBadge difficulty={prompt.difficulty} />
          <DurationLabel minutes={prompt.durationMinutes} />
          <ul aria-label={t("topicsLabel")} className="flex flex-wrap gap-1.5">
            {prompt.topics.map((topic) => (
              <li key={topic}>
                <Link
                  href={`/prompts?topic=${encodeURIComponent(topic)}`}
                  className="rounded-md bg-slate-100 px-2 py-0.5 text-xs text-slate-600 hover:bg-slate-200 hover:text-slate-900"
                >
                  {prompt.topicLabels[topic] ?? topicLabel(t, topic)}
                </Link>
              </li>
            ))}
          </ul>
        </div>
      </header>

      <div className="mt-8 grid gap-8 lg:grid-cols-[minmax(0,1fr)_22rem] lg:grid-rows-[auto_1fr] lg:gap-x-10">
        {/* Small screens read: start, brief, rubric. Wide screens put both cards on the right. */}
        <section aria-label={t("page.interview")} className="lg:col-start-2 lg:row-start-1">
          <Card className="p-5">
            <h2 className="text-base font-semibold text-slate-900">
              {running ? t("page.inProgress") : t("page.ready")}
            </h2>
            {running ? (
              <>
                <p className="mt-1 text-sm text-slate-600">
                  {t.rich("page.started", {
                    timeLeft: () => (
                      <TimeLeft
                        deadline={running.deadline.toISOString()}
                        serverNow={new Date().toISOString()}
                        className="font-medium text-slate-900"
                      />
                    ),
                  })}
                </p>
                <ButtonLink href={`/interviews/${running.id}`} className="mt-4 w-full">
                  {t("page.resume")}
                </ButtonLink>
              </>
            ) : (
              <>
                <p className="mt-1 text-sm text-slate-600">
                  {t("page.clock", { duration: durationLabel(tCommon, prompt.durationMinutes) })}
                </p>
                {user ? (
                  <form action="/api/interviews" method="post" className="mt-4">
                    <input type="hidden" name="promptSlug" value={prompt.slug} />
                    <Button type="submit" className="w-full">
                      {t("page.start")}
                    </Button>
                  </form>
                ) : (
                  <ButtonLink
                    href={`/sign-in?callbackUrl=${encodeURIComponent(`/prompts/${prompt.slug}`)}`}
                    className="mt-4 w-full"
                  >
                    {t("page.signInToStart")}
                  </ButtonLink>
                )}
              </>
            )}
          </Card>
        </section>

        <div className="space-y-10 lg:col-start-1 lg:row-span-2 lg:row-start-1">
          <Section id="brief-title" title={t("page.brief")}>
            <BriefParagraphs brief={prompt.brief} className="mt-3" />
          </Section>

          <Section id="requirements-title" title={t("page.requirements")}>
            <div className="mt-3 grid gap-6 md:grid-cols-2">
              <div>
                <h3 className="text-sm font-semibold text-slate-900">{t("page.functional")}</h3>
                <div className="mt-3">
                  <BulletList items={prompt.requirements.functional} />
                </div>
              </div>
              <div>
                <h3 className="text-sm font-semibold text-slate-900">{t("page.nonFunctional")}</h3>
                <div className="mt-3">
                  <BulletList items={prompt.requirements.nonFunctional} />
                </div>
              </div>
            </div>
          </Section>

          {prompt.scale.length > 0 ? (
            <Section id="scale-title" title={t("page.scale")}>
              <ScaleFigures scale={prompt.scale} className="mt-3" />
            </Section>
          ) : null}
        </div>

        <section aria-label={t("page.rubric")} className="lg:col-start-2 lg:row-start-2">
          <Card className="p-5">
            <h2 className="text-base font-semibold text-slate-900">{t("page.gradedOn")}</h2>
            <p className="mt-1 mb-4 text-sm text-slate-600">{t("page.gradedOnLead")}</p>
            <RubricList rubric={prompt.rubric} />
          </Card>
        </section>
      </div>
    </Container>
  );
}
