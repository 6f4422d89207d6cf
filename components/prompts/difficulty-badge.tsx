import { useTranslations } from "next-intl";
import { durationLabel } from "@/components/time/duration";
import { Badge } from "@/components/ui/badge";
import { DIFFICULTY_TONES, type Difficulty } from "./labels";

export function DifficultyBadge({ difficulty }: { difficulty: Difficulty }) {
  const t = useTranslations("prompts");
  return (
    <Badge tone={DIFFICULTY_TONES[difficulty]}>
      <span className="sr-only">{t("difficulty.label")} </span>
      {t(`difficulty.${difficulty}`)}
    </Badge>
  );
}

export function DurationLabel({ minutes, className }: { minutes: number; className?: string }) {
  const t = useTranslations("prompts");
  const tCommon = useTranslations("common");
  return (
    <span className={className ?? "inline-flex items-center gap-1 text-sm text-slate-600"}>
      <svg aria-hidden="true" viewBox="0 0 20 20" fill="currentColor" className="size-4 text-slate-400">
        <path
          fillRule="evenodd"
          clipRule="evenodd"
          d="M10 18a8 8 0 1 0 0-16 8 8 0 0 0 0 16Zm.75-13a.75.75 0 0 0-1.5 0v5c0 .414.336.75.75.75h4a.75.75 0 0 0 0-1.5h-3.25V5Z"
        />
      </svg>
      <span>
        <span className="sr-only">{t("duration")} </span>
        {durationLabel(tCommon, minutes)}
      </span>
    </span>
  );
}
