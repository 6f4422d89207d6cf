import { useTranslations } from "next-intl";
import { cn } from "@/lib/ui/cn";

/** How a score reads: strong from 80, getting there from 50, needs work below, with its colours. */
export function scoreBand(score: number): {
  band: "strong" | "gettingThere" | "needsWork";
  text: string;
  stroke: string;
} {
  if (score >= 80) return { band: "strong", text: "text-emerald-700", stroke: "#059669" };
  if (score >= 50) return { band: "gettingThere", text: "text-amber-700", stroke: "#d97706" };
  return { band: "needsWork", text: "text-red-700", stroke: "#dc2626" };
}

/** A score out of 100 as a ring with the number inside. The ring is decorative; the text says it all. */
export function ScoreDial({ score, label, size = "lg" }: { score: number; label: string; size?: "lg" | "sm" }) {
  const t = useTranslations("report");
  const band = scoreBand(score);
  const radius = 42;
  const circumference = 2 * Math.PI * radius;
  const big = size === "lg";
  return (
    <div className="flex items-center gap-4">
      <div className={cn("relative shrink-0", big ? "size-28" : "size-20")}>
        <svg aria-hidden="true" viewBox="0 0 100 100" className="size-full -rotate-90">
          <circle cx="50" cy="50" r={radius} fill="none" stroke="#e2e8f0" strokeWidth="9" />
          {score > 0 ? (
            <circle
              cx="50"
              cy="50"
              r={radius}
              fill="none"
              stroke={band.stroke}
              strokeWidth="9"
              strokeLinecap="round"
              strokeDasharray={`${(circumference * Math.min(100, score)) / 100} ${circumference}`}
            />
          ) : null}
        </svg>
        <div className="absolute inset-0 flex flex-col items-center justify-center">
          <span
            className={cn("font-semibold tracking-tight tabular-nums text-slate-900", big ? "text-4xl" : "text-2xl")}
            data-testid={big ? "report-score" : undefined}
          >
            {score}
          </span>
          <span className="text-xs text-slate-500">/ 100</span>
        </div>
      </div>
      <div>
        <p className="text-sm font-medium text-slate-600">{label}</p>
        <p className={cn("font-semibold", band.text, big ? "text-lg" : "text-base")}>{t(`score.bands.${band.band}`)}</p>
      </div>
    </div>
  );
}
