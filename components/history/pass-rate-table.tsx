import { useFormatter, useTranslations } from "next-intl";
import type { RulePassRate } from "@/lib/reports/history";

function barColor(rate: number): string {
  if (rate >= 0.8) return "#059669";
  if (rate >= 0.5) return "#d97706";
  return "#dc2626";
}

/** A bar drawn in SVG; decorative, the cell's text carries the number. */
function Bar({ rate }: { rate: number | null }) {
  return (
    <svg aria-hidden="true" viewBox="0 0 100 8" preserveAspectRatio="none" className="h-2 w-full min-w-24 rounded-full">
      <rect width="100" height="8" rx="4" fill="#e2e8f0" />
      {rate !== null && rate > 0 ? (
        <rect width={Math.max(4, rate * 100)} height="8" rx="4" fill={barColor(rate)} />
      ) : null}
    </svg>
  );
}

/**
 * How often each rule passed across the graded interviews: a table (so it reads as data to
 * everyone) whose last column is drawn as bars.
 */
export function PassRateTable({ rates }: { rates: RulePassRate[] }) {
  const t = useTranslations("history.passRates");
  const format = useFormatter();
  return (
    <div className="relative overflow-x-auto">
      <table className="w-full text-left text-sm" data-testid="pass-rates">
        <caption className="sr-only">{t("caption")}</caption>
        <thead className="border-b border-slate-200 text-xs text-slate-500">
          <tr>
            <th scope="col" className="py-2 pr-4 font-medium">
              {t("rule")}
            </th>
            <th scope="col" className="hidden py-2 pr-4 font-medium md:table-cell">
              {t("checklist")}
            </th>
            <th scope="col" className="py-2 pr-4 font-medium whitespace-nowrap">
              {t("passed")}
            </th>
            <th scope="col" className="w-1/3 py-2 font-medium sm:w-2/5">
              {t("rate")}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rates.map((rate) => (
            <tr key={rate.ruleId}>
              <th scope="row" className="py-2.5 pr-4 font-medium text-slate-900">
                {rate.title}
              </th>
              <td className="hidden py-2.5 pr-4 text-slate-600 md:table-cell">{rate.checklist}</td>
              <td className="py-2.5 pr-4 whitespace-nowrap text-slate-700 tabular-nums">
                {rate.judged > 0 ? t("passedOf", { passed: rate.passed, judged: rate.judged }) : t("neverApplied")}
                {rate.notApplicable > 0 ? (
                  <span className="block text-xs text-slate-500">
                    {t("notApplicable", { count: rate.notApplicable })}
                  </span>
                ) : null}
              </td>
              <td className="py-2.5">
                <div className="flex items-center gap-3">
                  <Bar rate={rate.rate} />
                  <span className="w-10 shrink-0 text-right text-slate-900 tabular-nums">
                    {rate.rate === null ? "–" : format.number(rate.rate, { style: "percent" })}
                  </span>
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
