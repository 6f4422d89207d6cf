// The report's words outside React: the Markdown export (a route handler) and the pages share
// the "report" catalogue (lib/i18n/messages/<locale>/report.json) and these helpers over it.
import { createTranslator } from "next-intl";
import type { Locale } from "@/lib/i18n/locales";
import { MESSAGES, type Messages } from "@/lib/i18n/messages";
import { durationParts } from "./format";

/** The "report" namespace's translator, as useTranslations("report") or getTranslations("report") give it. */
export type ReportTranslator = ReturnType<typeof createTranslator<Messages, "report">>;

/** A translator of the "report" namespace for a language, without a request (exports, tests). */
export function reportTranslator(locale: Locale): ReportTranslator {
  return createTranslator({ locale, messages: MESSAGES[locale], namespace: "report" });
}

/** "3 min 30 s", "3분 30초": a duration in the catalogue's words (see durationParts). */
export function durationText(t: ReportTranslator, ms: number): string {
  const { unit, hours, minutes, seconds } = durationParts(ms);
  return t(`duration.${unit}`, { hours, minutes, seconds });
}
