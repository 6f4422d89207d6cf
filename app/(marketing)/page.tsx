import Link from "next/link";
import type { ReactNode } from "react";
import { CodeBlock } from "@/components/marketing/code-block";
import { ExampleReport } from "@/components/marketing/example-report";
import { ButtonLink } from "@/components/ui/button";
import { Container } from "@/components/ui/page";
import { getCurrentUser } from "@/lib/auth/session";
import { getTranslations } from "next-intl/server";

// The landing page's lists, in the order they are shown; their words are in the marketing catalogue.
const STEPS = ["pick", "draw", "graded", "mentor"] as const;
const CHECKLIST = [
  "stateless",
  "redundancy",
  "cache",
  "dataCenters",
  "cdn",
  "sharding",
  "services",
  "monitoring",
] as const;

function SectionHeading({ id, eyebrow, title, lead }: { id: string; eyebrow: string; title: string; lead: string }) {
  return (
    <div className="max-w-2xl">
      <p className="text-sm font-semibold text-indigo-700">{eyebrow}</p>
      <h2 id={id} className="mt-2 text-2xl font-semibold tracking-tight text-slate-900 sm:text-3xl">
        {title}
      </h2>
      <p className="mt-3 text-base leading-relaxed text-slate-600">{lead}</p>
    </div>
  );
}

/** The inline code in the grading API's sentences (".excalidraw", "--json"). */
function code(chunks: ReactNode) {
  return <code className="rounded bg-slate-100 px-1 py-0.5 font-mono text-[0.8125rem] text-slate-800">{chunks}</code>;
}

export default async function LandingPage() {
  const [user, t] = await Promise.all([getCurrentUser(), getTranslations("marketing")]);
  const startHref = user ? "/dashboard" : "/sign-up";

  return (
    <>
      <section aria-labelledby="hero-title" className="border-b border-slate-200 bg-white">
        <Container className="grid items-center gap-12 py-14 sm:py-16 lg:grid-cols-[minmax(0,1fr)_26rem] lg:py-20">
          <div>
            <p className="inline-flex items-center gap-2 rounded-full bg-indigo-50 px-3 py-1 text-sm font-medium text-indigo-700 ring-1 ring-inset ring-indigo-200">
              {t("hero.badge")}
            </p>
            <h1
              id="hero-title"
              className="mt-5 text-4xl font-semibold tracking-tight text-balance text-slate-900 sm:text-5xl"
            >
              {t("hero.title")}
            </h1>
            <p className="mt-5 max-w-xl text-lg leading-relaxed text-pretty text-slate-600">{t("hero.lead")}</p>
            <div className="mt-8 flex flex-wrap items-center gap-3">
              <ButtonLink href={startHref} size="lg">
                {t("hero.start")}
              </ButtonLink>
              <ButtonLink href="/prompts" size="lg" variant="secondary">
                {t("hero.browse")}
              </ButtonLink>
            </div>
            {user ? null : <p className="mt-4 text-sm text-slate-500">{t("hero.accountNote")}</p>}
          </div>
          <ExampleReport />
        </Container>
      </section>

      <section aria-labelledby="how-title" className="py-16 sm:py-20">
        <Container>
          <SectionHeading id="how-title" eyebrow={t("how.eyebrow")} title={t("how.title")} lead={t("how.lead")} />
          <ol className="mt-10 grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
            {STEPS.map((step, index) => (
              <li key={step} className="relative rounded-xl border border-slate-200 bg-white p-5 shadow-xs">
                <span
                  aria-hidden="true"
                  className="flex size-8 items-center justify-center rounded-full bg-indigo-600 text-sm font-semibold text-white"
                >
                  {index + 1}
                </span>
                <h3 className="mt-4 text-base font-semibold text-slate-900">
                  <span className="sr-only">{t("how.step", { number: index + 1 })} </span>
                  {t(`how.steps.${step}.title`)}
                </h3>
                <p className="mt-2 text-sm leading-relaxed text-slate-600">{t(`how.steps.${step}.body`)}</p>
              </li>
            ))}
          </ol>
        </Container>
      </section>

      <section aria-labelledby="checklist-title" className="border-y border-slate-200 bg-white py-16 sm:py-20">
        <Container className="grid gap-10 lg:grid-cols-[20rem_minmax(0,1fr)] lg:gap-16">
          <div>
            <SectionHeading
              id="checklist-title"
              eyebrow={t("checklist.eyebrow")}
              title={t("checklist.title")}
              lead={t("checklist.lead")}
            />
            <p className="mt-4 text-sm leading-relaxed text-slate-500">{t("checklist.labels")}</p>
          </div>
          <ol className="grid gap-x-8 gap-y-6 sm:grid-cols-2">
            {CHECKLIST.map((item, index) => (
              <li key={item} className="flex gap-4">
                <span
                  aria-hidden="true"
                  className="flex size-8 shrink-0 items-center justify-center rounded-lg bg-slate-100 text-sm font-semibold text-slate-700 ring-1 ring-inset ring-slate-200"
                >
                  {index + 1}
                </span>
                <div>
                  <h3 className="text-base font-semibold text-slate-900">{t(`checklist.items.${item}.title`)}</h3>
                  <p className="mt-1 text-sm leading-relaxed text-slate-600">{t(`checklist.items.${item}.body`)}</p>
                </div>
              </li>
            ))}
          </ol>
        </Container>
      </section>

      <section id="grading-api" aria-labelledby="ci-title" className="scroll-mt-20 py-16 sm:py-20">
        <Container className="grid items-start gap-10 lg:grid-cols-2 lg:gap-16">
          <div>
            <SectionHeading id="ci-title" eyebrow={t("ci.eyebrow")} title={t("ci.title")} lead={t("ci.lead")} />
            <ul className="mt-6 space-y-3 text-sm leading-relaxed text-slate-600">
              <li className="flex gap-3">
                <span aria-hidden="true" className="mt-2 size-1.5 shrink-0 rounded-full bg-indigo-600" />
                <span>{t.rich("ci.api", { code })}</span>
              </li>
              <li className="flex gap-3">
                <span aria-hidden="true" className="mt-2 size-1.5 shrink-0 rounded-full bg-indigo-600" />
                <span>{t.rich("ci.cli", { code })}</span>
              </li>
              <li className="flex gap-3">
                <span aria-hidden="true" className="mt-2 size-1.5 shrink-0 rounded-full bg-indigo-600" />
                <span>{t("ci.deterministic")}</span>
              </li>
            </ul>
          </div>
          <div className="min-w-0 space-y-4">
            <CodeBlock
              label={t("ci.http")}
              code="curl -X POST --data-binary @design.excalidraw https://<host>/api/grade"
            />
            <CodeBlock label={t("ci.commandLine")} code="npm run grade -- design.excalidraw" />
          </div>
        </Container>
      </section>

      <section aria-labelledby="cta-title" className="pb-20">
        <Container>
          <div className="flex flex-col items-start gap-6 rounded-2xl bg-indigo-600 px-6 py-10 sm:px-10 md:flex-row md:items-center md:justify-between">
            <div className="max-w-xl">
              <h2 id="cta-title" className="text-2xl font-semibold tracking-tight text-white">
                {t("cta.title")}
              </h2>
              <p className="mt-2 text-base leading-relaxed text-indigo-100">{t("cta.body")}</p>
            </div>
            <Link
              href={startHref}
              className="inline-flex h-12 shrink-0 items-center justify-center rounded-lg bg-white px-6 text-base font-medium text-indigo-700 shadow-sm transition-colors hover:bg-indigo-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-white"
            >
              {user ? t("cta.dashboard") : t("cta.createAccount")}
            </Link>
          </div>
        </Container>
      </section>
    </>
  );
}
