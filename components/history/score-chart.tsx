import { useFormatter, useTranslations } from "next-intl";
import { scoreBand } from "@/components/report/score-dial";
import { labelledIndexes, linePath, plotScores, SCORE_TICKS, scoreY, type ChartBox } from "@/lib/reports/chart";
import type { ScorePoint } from "@/lib/reports/history";

const BOX: ChartBox = { width: 640, height: 240, left: 40, right: 30, top: 14, bottom: 34 };

/** Dates under the axis, each shown once: several interviews on one day share one label. */
function axisLabels(series: ScorePoint[], shortDate: (iso: string) => string): { index: number; text: string }[] {
  const labels: { index: number; text: string }[] = [];
  for (const index of labelledIndexes(series.length)) {
    const text = shortDate(series[index]!.at);
    if (labels[labels.length - 1]?.text !== text) labels.push({ index, text });
  }
  return labels;
}

/**
 * The score of every graded interview, oldest to newest, as an inline SVG line chart. The
 * SVG has a title and a description for screen readers; the same data is in a table below.
 */
export function ScoreChart({ series }: { series: ScorePoint[] }) {
  const t = useTranslations("history.chart");
  const format = useFormatter();
  // In UTC (the request's time zone, lib/i18n/request.ts): the same text on the server and in any test.
  const date = (iso: string) => format.dateTime(new Date(iso), { year: "numeric", month: "short", day: "numeric" });
  const shortDate = (iso: string) => format.dateTime(new Date(iso), { month: "short", day: "numeric" });
  const points = plotScores(
    series.map((point) => point.score),
    BOX,
  );
  const first = series[0];
  const last = series[series.length - 1];
  const description =
    first && last
      ? t("description", {
          count: series.length,
          first: date(first.at),
          last: date(last.at),
          scores: series.map((point) => point.score).join(", "),
          latest: last.score,
        })
      : t("empty");
  return (
    <figure>
      <div className="relative overflow-x-auto">
        <svg
          viewBox={`0 0 ${BOX.width} ${BOX.height}`}
          role="img"
          aria-labelledby="score-chart-title score-chart-desc"
          className="h-auto w-full min-w-[28rem]"
          data-testid="score-chart"
        >
          <title id="score-chart-title">{t("title")}</title>
          <desc id="score-chart-desc">{description}</desc>
          {SCORE_TICKS.map((tick) => (
            <g key={tick}>
              <line
                x1={BOX.left}
                x2={BOX.width - BOX.right}
                y1={scoreY(tick, BOX)}
                y2={scoreY(tick, BOX)}
                stroke="#e2e8f0"
                strokeDasharray={tick === 0 ? undefined : "3 4"}
              />
              <text x={BOX.left - 8} y={scoreY(tick, BOX) + 4} textAnchor="end" fontSize="11" fill="#64748b">
                {tick}
              </text>
            </g>
          ))}
          {points.length > 1 ? (
            <path
              d={linePath(points)}
              fill="none"
              stroke="#4f46e5"
              strokeWidth="2.5"
              strokeLinejoin="round"
              strokeLinecap="round"
            />
          ) : null}
          {points.map((point, index) => {
            const entry = series[index]!;
            return (
              <circle
                key={entry.id}
                cx={point.x}
                cy={point.y}
                r="5"
                fill="#ffffff"
                stroke={scoreBand(entry.score).stroke}
                strokeWidth="2.5"
              >
                <title>
                  {t("point", {
                    date: date(entry.at),
                    score: entry.score,
                    adjusted: String(entry.adjusted),
                    prompt: entry.promptTitle,
                  })}
                </title>
              </circle>
            );
          })}
          {axisLabels(series, shortDate).map(({ index, text }) => (
            <text key={index} x={points[index]!.x} y={BOX.height - 12} textAnchor="middle" fontSize="11" fill="#64748b">
              {text}
            </text>
          ))}
        </svg>
      </div>
      <details className="mt-3 text-sm">
        <summary className="cursor-pointer font-medium text-indigo-700 hover:text-indigo-600">{t("showTable")}</summary>
        <table className="mt-2 w-full text-left text-sm">
          <caption className="sr-only">{t("caption")}</caption>
          <thead className="text-xs text-slate-500">
            <tr>
              <th scope="col" className="py-1 pr-3 font-medium">
                {t("date")}
              </th>
              <th scope="col" className="py-1 pr-3 font-medium">
                {t("prompt")}
              </th>
              <th scope="col" className="py-1 font-medium">
                {t("score")}
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {series.map((point) => (
              <tr key={point.id}>
                <td className="py-1 pr-3 whitespace-nowrap text-slate-600">{date(point.at)}</td>
                <td className="py-1 pr-3 text-slate-700">{point.promptTitle}</td>
                <td className="py-1 tabular-nums text-slate-900">
                  {point.score}
                  {point.adjusted ? (
                    <span className="text-xs text-slate-500">
                      {" "}
                      {t("adjustedFrom", { engineScore: point.engineScore })}
                    </span>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
