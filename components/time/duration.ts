import type { useTranslations } from "next-intl";

/** The common catalogue's translator, from useTranslations("common") or getTranslations("common"). */
export type CommonTranslator = ReturnType<typeof useTranslations<"common">>;

/** "45 min", "1 h 30 min" / "45분", "1시간 30분": a length of time in whole minutes. */
export function durationLabel(t: CommonTranslator, minutes: number): string {
  if (minutes < 60) return t("duration.minutes", { minutes });
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest === 0 ? t("duration.hours", { hours }) : t("duration.hoursMinutes", { hours, minutes: rest });
}
