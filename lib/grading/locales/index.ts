// The languages the engine speaks to people. The rules' own meta is the English catalogue;
// other languages keep their words here, keyed by the same rule and message ids, so a result's
// ids and data never change with the language, only its `message` text does.
import type { ComponentKind, RuleId } from "../contract";
import { KIND_WORDS, type KindWords } from "../kinds";
import { ENGLISH, type MessageLocale } from "../messages";
import { RULES } from "../rules";
import { KOREAN, KOREAN_KIND_WORDS, KOREAN_RULES } from "./ko";
import type { RuleWords } from "./types";

export const GRADING_LANGUAGES = ["en", "ko"] as const;
export type GradingLanguage = (typeof GRADING_LANGUAGES)[number];
export type { RuleCatalogue, RuleWords } from "./types";

export function isGradingLanguage(value: unknown): value is GradingLanguage {
  return (GRADING_LANGUAGES as readonly unknown[]).includes(value);
}

/** A rule's words in a language: title, summary, checklist point, rationale, remediation, messages. */
export function ruleWords(id: RuleId, language: GradingLanguage = "en"): RuleWords {
  return language === "ko" ? KOREAN_RULES[id] : RULES[id].meta;
}

/** How a language names components in a sentence, and its plural and list rules. */
export function messageLocale(language: GradingLanguage = "en"): MessageLocale {
  return language === "ko" ? KOREAN : ENGLISH;
}

/** The words for each component kind in a language. */
export function kindWords(language: GradingLanguage = "en"): Record<ComponentKind, KindWords> {
  return language === "ko" ? KOREAN_KIND_WORDS : KIND_WORDS;
}

/** A kind's title in a language; a stored grade may name a kind this build does not know, shown as is. */
export function kindTitleIn(kind: string, language: GradingLanguage = "en"): string {
  return (kindWords(language) as Partial<Record<string, KindWords>>)[kind]?.title ?? kind;
}

/**
 * The language an Accept-Language header prefers among the engine's, by its q-values
 * ("ko-KR,ko;q=0.9,en;q=0.8" is Korean); English when it names none of them.
 */
export function gradingLanguageFor(acceptLanguage: string | null | undefined): GradingLanguage {
  const ranked = (acceptLanguage ?? "")
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find(Boolean);
      return { base: tag.trim().toLowerCase().split("-")[0], q: q === undefined ? 1 : Number(q), index };
    })
    .filter((entry) => entry.q > 0 && isGradingLanguage(entry.base))
    .sort((a, b) => b.q - a.q || a.index - b.index);
  return (ranked[0]?.base as GradingLanguage | undefined) ?? "en";
}
