// A prompt in the reader's language. The row holds the English text; its `translations`
// column holds the other languages (lib/prompts/schemas.ts). Every reader of a prompt's text
// (catalog, prompt page, interview, dashboard, report, coach) goes through localizePrompt, so
// a Korean reader never gets an English title on one screen and a Korean one on the next.
import { z } from "zod";
import type { Locale } from "@/lib/i18n/locales";
import { isTranslatedLocale, promptTranslationsSchema, type PromptTranslation } from "@/lib/prompts/schemas";

/** The translatable columns a reader may have selected, and the translations column. */
export interface TranslatableRow {
  slug: string;
  translations: unknown;
  title?: string;
  summary?: string;
  brief?: string;
  requirements?: unknown;
  scale?: unknown;
  topics?: string[];
}

export type LocalizedPrompt<Row extends TranslatableRow> = Omit<Row, "translations"> & {
  /**
   * Each topic slug's name in the reader's language. Empty in English, where the slug is
   * the name (components/prompts/labels.ts spells it out), and for an untranslated prompt.
   */
  topicLabels: Record<string, string>;
};

/** The fields of a row that a translation replaces, when the reader selected them. */
const REPLACED = ["title", "summary", "brief", "requirements", "scale"] as const;

/** The translation for a language, or null when the prompt has none (it reads in English then). */
export function promptTranslation(slug: string, translations: unknown, locale: Locale): PromptTranslation | null {
  if (!isTranslatedLocale(locale) || translations === null || translations === undefined) return null;
  const parsed = promptTranslationsSchema.safeParse(translations);
  // Written by the seed through the same schema: a bad column is a data bug to surface, as in
  // readStoredPrompt, not something to hide by showing English.
  if (!parsed.success) {
    throw new Error(`Prompt "${slug}" has malformed stored translations:\n${z.prettifyError(parsed.error)}`);
  }
  return parsed.data[locale] ?? null;
}

/**
 * The row with its texts in `locale`: title, summary, brief, requirements and scale replaced
 * by the translation where the row has them, and names for its topics (which stay slugs, so
 * filters and links work in every language). A prompt with no translation for the language
 * stays in English.
 */
export function localizePrompt<Row extends TranslatableRow>(row: Row, locale: Locale): LocalizedPrompt<Row> {
  const { translations, ...rest } = row;
  const translation = promptTranslation(row.slug, translations, locale);
  if (!translation) return { ...rest, topicLabels: {} };
  const replaced: Partial<Record<(typeof REPLACED)[number], unknown>> = {};
  for (const field of REPLACED) {
    if (field in rest) replaced[field] = translation[field];
  }
  const topicLabels = Object.fromEntries(
    (row.topics ?? []).flatMap((topic) => {
      const label = translation.topics[topic];
      return label ? [[topic, label]] : [];
    }),
  );
  // Each replaced field has the type the row declared for it: the translation was parsed with
  // the same schemas as the row's own columns (requirementsSchema, scaleSchema).
  return { ...rest, ...(replaced as Partial<Omit<Row, "translations">>), topicLabels };
}
