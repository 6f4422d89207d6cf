import { useTranslations } from "next-intl";
import { cn } from "@/lib/ui/cn";

function toneFor(score: number) {
  if (score >= 80) return "text-emerald-700";
  if (score >= 50) return "text-amber-700";
  return "text-red-700";
}

/** A score out of 100, coloured by band; "Not graded" when there is none. */
export function Score({ score, adjusted }: { score: number | null; adjusted?: number | null }) {
  const t = useTranslations("dashboard.score");
  const shown = adjusted ?? score;
  if (shown === null || shown === undefined) return <span className="text-sm text-slate-500">{t("notGraded")}</span>;
  return (
    <span className="inline-flex items-baseline gap-1.5">
      <span className={cn("text-sm font-semibold tabular-nums", toneFor(shown))}>{shown}</span>
      <span className="text-xs text-slate-500">/ 100</span>
      {adjusted !== null && adjusted !== undefined && adjusted !== score ? (
        <span className="text-xs text-slate-500">{t("adjusted")}</span>
      ) : null}
    </span>
  );
}
