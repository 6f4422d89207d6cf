// Read side of the prompt catalog for pages: published prompts from the database, with the
// JSON columns parsed by the one reader of stored prompts, so the UI only sees well-formed data,
// and every text in the reader's language (localizePrompt).
import type { Database } from "@/lib/db/client";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import { localizePrompt, promptTranslation } from "@/lib/prompts/localize";
import { DIFFICULTIES, type Difficulty } from "@/lib/prompts/schemas";
import { readStoredPrompt, type PromptJson } from "@/lib/prompts/stored";

export interface PromptSummary {
  slug: string;
  title: string;
  summary: string;
  difficulty: Difficulty;
  durationMinutes: number;
  /** Slugs, the same in every language (the catalog filters by them). */
  topics: string[];
  /** Each topic's name in the reader's language; empty in English (see localizePrompt). */
  topicLabels: Record<string, string>;
}

export interface PromptDetail extends PromptSummary, PromptJson {
  brief: string;
}

export interface PromptFilter {
  difficulty?: Difficulty;
  topic?: string;
}

const summarySelect = {
  slug: true,
  title: true,
  summary: true,
  difficulty: true,
  durationMinutes: true,
  topics: true,
  translations: true,
} as const;

const CATALOG_ORDER = [{ position: "asc" }, { title: "asc" }] as const;

/** Narrows an untrusted string (a search param) to a difficulty, or undefined. */
export function parseDifficulty(value: string | undefined): Difficulty | undefined {
  return DIFFICULTIES.find((difficulty) => difficulty === value);
}

/** Published prompts in catalog order, optionally filtered by difficulty and topic. */
export async function listPrompts(
  db: Database,
  filter: PromptFilter = {},
  locale: Locale = DEFAULT_LOCALE,
): Promise<PromptSummary[]> {
  const rows = await db.prompt.findMany({
    where: {
      published: true,
      ...(filter.difficulty ? { difficulty: filter.difficulty } : {}),
      ...(filter.topic ? { topics: { has: filter.topic } } : {}),
    },
    orderBy: [...CATALOG_ORDER],
    select: summarySelect,
  });
  return rows.map((row) => localizePrompt(row, locale));
}

/** Every topic used by a published prompt, sorted, for the catalog's filter. */
export async function listPromptTopics(db: Database): Promise<string[]> {
  const rows = await db.prompt.findMany({ where: { published: true }, select: { topics: true } });
  return [...new Set(rows.flatMap((row) => row.topics))].sort((a, b) => a.localeCompare(b));
}

/**
 * The name of each topic of the published prompts in `locale`, for the catalog's filter (a
 * topic named by several prompts takes the first name in catalog order). Empty in English.
 */
export async function listPromptTopicLabels(
  db: Database,
  locale: Locale = DEFAULT_LOCALE,
): Promise<Record<string, string>> {
  if (locale === DEFAULT_LOCALE) return {};
  const rows = await db.prompt.findMany({
    where: { published: true },
    orderBy: [...CATALOG_ORDER],
    select: { slug: true, topics: true, translations: true },
  });
  const labels: Record<string, string> = {};
  for (const row of rows) {
    const names = promptTranslation(row.slug, row.translations, locale)?.topics ?? {};
    for (const topic of row.topics) {
      const name = names[topic];
      if (name && !(topic in labels)) labels[topic] = name;
    }
  }
  return labels;
}

/** The first published prompt in catalog order (the dashboard's quick start). */
export async function getFirstPrompt(db: Database, locale: Locale = DEFAULT_LOCALE): Promise<PromptSummary | null> {
  const row = await db.prompt.findFirst({
    where: { published: true },
    orderBy: [...CATALOG_ORDER],
    select: summarySelect,
  });
  return row ? localizePrompt(row, locale) : null;
}

/** A published prompt with its brief, requirements, scale figures and rubric, or null. */
export async function getPromptBySlug(
  db: Database,
  slug: string,
  locale: Locale = DEFAULT_LOCALE,
): Promise<PromptDetail | null> {
  const row = await db.prompt.findFirst({
    where: { slug, published: true },
    select: { ...summarySelect, brief: true, requirements: true, scale: true, rubric: true },
  });
  return row ? localizePrompt(readStoredPrompt(row), locale) : null;
}

/** Published prompts with their rubrics, in catalog order (what the history suggests practising on). */
export async function listPracticePrompts(db: Database, locale: Locale = DEFAULT_LOCALE) {
  const rows = await db.prompt.findMany({
    where: { published: true },
    orderBy: [...CATALOG_ORDER],
    select: { slug: true, title: true, durationMinutes: true, rubric: true, translations: true },
  });
  return rows.map((row) => {
    const { topicLabels: _none, ...prompt } = localizePrompt(row, locale);
    return prompt;
  });
}
