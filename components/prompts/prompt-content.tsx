import type { ScaleFigure } from "@/lib/prompts/stored";
import { cn } from "@/lib/ui/cn";

// A prompt's brief and scale figures, as the prompt page shows them ("md") and as the
// interview's side panel does ("sm").

type Size = "md" | "sm";

/** The brief, one paragraph per blank-line-separated block. */
export function BriefParagraphs({ brief, size = "md", className }: { brief: string; size?: Size; className?: string }) {
  const paragraphs = brief
    .split(/\n\s*\n/)
    .map((part) => part.trim())
    .filter(Boolean);
  return (
    <div
      className={cn(
        "leading-relaxed text-slate-700",
        size === "md" ? "space-y-4 text-base" : "space-y-3 text-sm",
        className,
      )}
    >
      {paragraphs.map((paragraph, index) => (
        <p key={index}>{paragraph}</p>
      ))}
    </div>
  );
}

const FIGURE_SIZES = {
  md: {
    list: "gap-3 sm:grid-cols-2 xl:grid-cols-3",
    item: "px-4 py-3",
    label: "font-medium",
    value: "mt-1 text-base",
  },
  sm: { list: "grid-cols-2 gap-2", item: "px-3 py-2", label: "", value: "mt-0.5 text-sm" },
} as const;

/** The scale figures (users, requests a second…) as a grid of small labelled tiles. */
export function ScaleFigures({
  scale,
  size = "md",
  className,
}: {
  scale: ScaleFigure[];
  size?: Size;
  className?: string;
}) {
  const classes = FIGURE_SIZES[size];
  return (
    <dl className={cn("grid", classes.list, className)}>
      {scale.map((figure) => (
        <div key={figure.label} className={cn("rounded-lg border border-slate-200 bg-white", classes.item)}>
          <dt className={cn("text-xs text-slate-500", classes.label)}>{figure.label}</dt>
          <dd className={cn("font-semibold text-slate-900", classes.value)}>{figure.value}</dd>
        </div>
      ))}
    </dl>
  );
}
