import { useTranslations } from "next-intl";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { RuleStatus } from "@/lib/grading/types";
import { cn } from "@/lib/ui/cn";

const TONES: Record<RuleStatus, BadgeTone> = { pass: "success", fail: "danger", not_applicable: "neutral" };

export function StatusBadge({ status, className }: { status: RuleStatus; className?: string }) {
  const t = useTranslations("report");
  return (
    <Badge tone={TONES[status]} className={className}>
      {t(`status.${status}`)}
    </Badge>
  );
}

const ICONS: Record<RuleStatus, { path: string; color: string }> = {
  pass: {
    color: "text-emerald-600",
    path: "M10 18a8 8 0 1 0 0-16 8 8 0 0 0 0 16Zm3.857-9.809a.75.75 0 0 0-1.214-.882l-3.483 4.79-1.88-1.88a.75.75 0 1 0-1.06 1.061l2.5 2.5a.75.75 0 0 0 1.137-.089l4-5.5Z",
  },
  fail: {
    color: "text-red-600",
    path: "M10 18a8 8 0 1 0 0-16 8 8 0 0 0 0 16ZM8.28 7.22a.75.75 0 0 0-1.06 1.06L8.94 10l-1.72 1.72a.75.75 0 1 0 1.06 1.06L10 11.06l1.72 1.72a.75.75 0 1 0 1.06-1.06L11.06 10l1.72-1.72a.75.75 0 0 0-1.06-1.06L10 8.94 8.28 7.22Z",
  },
  not_applicable: {
    color: "text-slate-400",
    path: "M10 18a8 8 0 1 0 0-16 8 8 0 0 0 0 16ZM6.75 9.25a.75.75 0 0 0 0 1.5h6.5a.75.75 0 0 0 0-1.5h-6.5Z",
  },
};

/** Decorative: always paired with a text status. */
export function StatusIcon({ status, className }: { status: RuleStatus; className?: string }) {
  const icon = ICONS[status];
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 20 20"
      fill="currentColor"
      className={cn("size-5 shrink-0", icon.color, className)}
    >
      <path fillRule="evenodd" clipRule="evenodd" d={icon.path} />
    </svg>
  );
}
