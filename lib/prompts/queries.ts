// Read side of the prompt catalog for pages: published prompts from the database, with the
// JSON columns parsed at the boundary so the UI only ever sees well-formed data.

import { z } from "zod";
import type { Rubric } from "@/lib/grading/contract";
import { getDb } from "@/lib/db";
import { DIFFICULTIES, rubricSchema, type Difficulty } from "@/lib/prompts/schema";

export type { Difficulty } from "@/lib/prompts/schema";
export { DIFFICULTIES } from "@/lib/prompts/schema";

export interface PromptSummary {
  slug: string;
  title: string;
  summary: string;
  difficulty: Difficulty;
  durationMinutes: number;
  topics: string[];
}

export interface PromptRequirements {
  functional: string[];
  nonFunctional: string[];
}

export interface ScaleFigure {
  label: string;
  value: string;
}

export interface PromptDetail extends PromptSummary {
  brief: string;
  requirements: PromptRequirements;
  scale: ScaleFigure[];
  rubric: Rubric;
}

export interface PromptFilter {
  difficulty?: Difficulty;
  topic?: string;
}

const requirementsSchema = z.object({
  functional: z.array(z.string()),
  nonFunctional: z.array(z.string()),
});

const scaleSchema = z.array(z.object({ label: z.string(), value: z.string() }));

const summarySelect = {
  slug: true,
  title: true,
  summary: true,
  difficulty: true,
  durationMinutes: true,
  topics: true,
} as const;

/** Narrows an untrusted string (a search param) to a difficulty, or undefined. */
export function parseDifficulty(value: string | undefined): Difficulty | undefined {
  return DIFFICULTIES.find((difficulty) => difficulty === value);
}

/** Published prompts in catalog order, optionally filtered by difficulty and topic. */
export async function listPrompts(filter: PromptFilter = {}): Promise<PromptSummary[]> {
  const db = await getDb();
  return db.prompt.findMany({
    where: {
      published: true,
      ...(filter.difficulty ? { difficulty: filter.difficulty } : {}),
      ...(filter.topic ? { topics: { has: filter.topic } } : {}),
    },
    orderBy: [{ position: "asc" }, { title: "asc" }],
    select: summarySelect,
  });
}

/** Every topic used by a published prompt, sorted, for the catalog's filter. */
export async function listPromptTopics(): Promise<string[]> {
  const db = await getDb();
  const rows = await db.prompt.findMany({ where: { published: true }, select: { topics: true } });
  return [...new Set(rows.flatMap((row) => row.topics))].sort((a, b) => a.localeCompare(b));
}

/** The first published prompt in catalog order (the dashboard's quick start). */
export async function getFirstPrompt(): Promise<PromptSummary | null> {
  const db = await getDb();
  return db.prompt.findFirst({
    where: { published: true },
    orderBy: [{ position: "asc" }, { title: "asc" }],
    select: summarySelect,
  });
}

/**
 * A published prompt with its brief, requirements, scale figures and rubric, or null when
 * no published prompt has this slug. Throws if a stored JSON column is malformed: that is a
 * data bug to surface, not something to paper over on the page.
 */
export async function getPromptBySlug(slug: string): Promise<PromptDetail | null> {
  const db = await getDb();
  const row = await db.prompt.findFirst({ where: { slug, published: true } });
  if (!row) return null;

  const requirements = requirementsSchema.safeParse(row.requirements);
  const scale = scaleSchema.safeParse(row.scale);
  const rubric = rubricSchema.safeParse(row.rubric);
  const problems = [
    requirements.success ? null : `requirements: ${z.prettifyError(requirements.error)}`,
    scale.success ? null : `scale: ${z.prettifyError(scale.error)}`,
    rubric.success ? null : `rubric: ${z.prettifyError(rubric.error)}`,
  ].filter(Boolean);
  if (!requirements.success || !scale.success || !rubric.success) {
    throw new Error(`Prompt "${slug}" has malformed stored data:\n${problems.join("\n")}`);
  }

  return {
    slug: row.slug,
    title: row.title,
    summary: row.summary,
    difficulty: row.difficulty,
    durationMinutes: row.durationMinutes,
    topics: row.topics,
    brief: row.brief,
    requirements: requirements.data,
    scale: scale.data,
    rubric: rubric.data,
  };
}
