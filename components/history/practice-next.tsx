import Link from "next/link";
import { useTranslations } from "next-intl";
import type { PracticeSuggestion } from "@/lib/reports/history";

/** The weakest rules with how to fix them and a prompt to practise each on. */
export function PracticeNext({ suggestions }: { suggestions: PracticeSuggestion[] }) {
  const t = useTranslations("history.practiseNext");
  return (
    <section
      aria-labelledby="practise-next-title"
      className="rounded-xl border border-indigo-200 bg-indigo-50/60 p-5"
      data-testid="practise-next"
    >
      <h2 id="practise-next-title" className="text-base font-semibold text-indigo-950">
        {t("title")}
      </h2>
      {suggestions.length === 0 ? (
        <p className="mt-2 text-sm text-indigo-950/80">{t("allPassed")}</p>
      ) : (
        <ol className="mt-3 space-y-4">
          {suggestions.map((suggestion, index) => (
            <li key={suggestion.ruleId} className="text-sm">
              <p className="font-medium text-slate-900">
                {index + 1}. {suggestion.title}{" "}
                <span className="font-normal text-slate-600">
                  {t("passed", { passed: suggestion.passed, judged: suggestion.judged, rate: suggestion.rate })}
                </span>
              </p>
              {suggestion.remediation ? (
                <p className="mt-1 leading-relaxed text-slate-700">{suggestion.remediation}</p>
              ) : null}
              {suggestion.prompt ? (
                <Link
                  href={`/prompts/${suggestion.prompt.slug}`}
                  className="mt-1 inline-block rounded font-medium text-indigo-700 hover:text-indigo-600 focus-visible:outline-2 focus-visible:outline-indigo-600"
                >
                  {t("practise", { title: suggestion.prompt.title })}
                </Link>
              ) : null}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
