// Read side of the prompt catalog for pages: published prompts from the database, with the
// JSON columns parsed by the one reader of stored prompts, so the UI only sees well-formed data.
import type { Database } from "@/lib/db/client";
import { DIFFICULTIES, type Difficulty } from "@/lib/prompts/schemas";
import { readStoredPrompt, type PromptJson } from "@/lib/prompts/stored";

export interface PromptSummary {
  slug: string;
  title: string;
  summary: string;
  difficulty: Difficulty;
  durationMinutes: number;
  topics: string[];
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
} as const;

const CATALOG_ORDER = [{ position: "asc" }, { title: "asc" }] as const;

/** Narrows an untrusted string (a search param) to a difficulty, or undefined. */
export function parseDifficulty(value: string | undefined): Difficulty | undefined {
  return DIFFICULTIES.find((difficulty) => difficulty === value);
}

/** Published prompts in catalog order, optionally filtered by difficulty and topic. */
export function listPrompts(db: Database, filter: PromptFilter = {}): Promise<PromptSummary[]> {
  return db.prompt.findMany({
    where: {
      published: true,
      ...(filter.difficulty ? { difficulty: filter.difficulty } : {}),
      ...(filter.topic ? { topics: { has: filter.topic } } : {}),
    },
    orderBy: [...CATALOG_ORDER],
    select: summarySelect,
  });
}

/** Every topic used by a published prompt, sorted, for the catalog's filter. */
export async function listPromptTopics(db: Database): Promise<string[]> {
  const rows = await db.prompt.findMany({ where: { published: true }, select: { topics: true } });
  return [...new Set(rows.flatMap((row) => row.topics))].sort((a, b) => a.localeCompare(b));
}

/** The first published prompt in catalog order (the dashboard's quick start). */
export function getFirstPrompt(db: Database): Promise<PromptSummary | null> {
  return db.prompt.findFirst({ where: { published: true }, orderBy: [...CATALOG_ORDER], select: summarySelect });
}

/** A published prompt with its brief, requirements, scale figures and rubric, or null. */
export async function getPromptBySlug(db: Database, slug: string): Promise<PromptDetail | null> {
  const row = await db.prompt.findFirst({
    where: { slug, published: true },
    select: { ...summarySelect, brief: true, requirements: true, scale: true, rubric: true },
  });
  return row ? readStoredPrompt(row) : null;
}

/** Published prompts with their rubrics, in catalog order (what the history suggests practising on). */
export function listPracticePrompts(db: Database) {
  return db.prompt.findMany({
    where: { published: true },
    orderBy: [...CATALOG_ORDER],
    select: { slug: true, title: true, durationMinutes: true, rubric: true },
  });
}
