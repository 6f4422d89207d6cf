import { useLocale, useTranslations } from "next-intl";
import type { Rubric } from "@/lib/grading/contract";
import { kindWords, ruleWords } from "@/lib/grading/locales";

/** "Graded on": the rubric's rules with their weights and share of the score. */
export function RubricList({ rubric }: { rubric: Rubric }) {
  const t = useTranslations("prompts.rubric");
  const locale = useLocale();
  // A stored rubric may name a kind this build does not know: shown as it is.
  const kinds: Partial<Record<string, { title: string }>> = kindWords(locale);
  const total = rubric.rules.reduce((sum, rule) => sum + rule.weight, 0);
  const maxWeight = Math.max(...rubric.rules.map((rule) => rule.weight), 1);
  return (
    <div>
      <ol className="divide-y divide-slate-100">
        {rubric.rules.map((rule) => {
          const share = total > 0 ? Math.round((rule.weight / total) * 100) : 0;
          const { title, summary } = ruleWords(rule.id, locale);
          return (
            <li key={rule.id} className="py-3 first:pt-0 last:pb-0">
              <div className="flex items-start justify-between gap-3">
                <div className="min-w-0">
                  <p className="text-sm font-medium text-slate-900">{title}</p>
                  <p className="mt-0.5 text-xs leading-relaxed text-slate-500">{summary}</p>
                </div>
                <p className="shrink-0 text-right text-xs text-slate-600">
                  <span className="font-semibold text-slate-900">{t("weight", { weight: rule.weight })}</span>
                  <span className="block">{t("share", { share: share / 100 })}</span>
                </p>
              </div>
              <div aria-hidden="true" className="mt-2 h-1 rounded-full bg-slate-100">
                <div
                  className="h-1 rounded-full bg-indigo-500"
                  style={{ width: `${(rule.weight / maxWeight) * 100}%` }}
                />
              </div>
            </li>
          );
        })}
      </ol>
      {rubric.requiredKinds && rubric.requiredKinds.length > 0 ? (
        <div className="mt-5 border-t border-slate-100 pt-4">
          <h3 className="text-sm font-medium text-slate-900">{t("requiredKinds")}</h3>
          <ul className="mt-2 flex flex-wrap gap-1.5">
            {rubric.requiredKinds.map((kind) => (
              <li
                key={kind}
                className="rounded-md bg-slate-50 px-2 py-0.5 text-xs font-medium text-slate-700 ring-1 ring-inset ring-slate-200"
              >
                {kinds[kind]?.title ?? kind}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
