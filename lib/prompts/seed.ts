import { isDeepStrictEqual } from "node:util";
import type { Database } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { PROMPT_CATALOG } from "@/lib/prompts/catalog";
import type { PromptDefinition } from "@/lib/prompts/schemas";

export interface CatalogSeedReport {
  prompts: number;
  created: string[];
  updated: string[];
}

function promptColumns(prompt: PromptDefinition, position: number) {
  return {
    title: prompt.title,
    summary: prompt.summary,
    brief: prompt.brief,
    topics: prompt.topics,
    difficulty: prompt.difficulty,
    durationMinutes: prompt.durationMinutes,
    requirements: prompt.requirements,
    scale: prompt.scale,
    rubric: prompt.rubric,
    translations: prompt.translations ?? null,
    position,
  };
}

/** The columns as Prisma writes them: an absent translation is SQL NULL. */
function promptData(columns: ReturnType<typeof promptColumns>) {
  return { ...columns, translations: columns.translations ?? Prisma.DbNull };
}

/**
 * Loads the prompt catalog (lib/prompts/catalog.ts, the source of truth for catalog prompts).
 * Idempotent: rows that already match are not written; a row that differs (an older catalog,
 * one without its translations) is brought up to date. Prompts an admin created (they have
 * an author) are never touched.
 */
export async function seedPromptCatalog(db: Database): Promise<CatalogSeedReport> {
  const report: CatalogSeedReport = { prompts: PROMPT_CATALOG.length, created: [], updated: [] };
  const existing = new Map((await db.prompt.findMany()).map((row) => [row.slug, row]));

  for (const [position, prompt] of PROMPT_CATALOG.entries()) {
    const columns = promptColumns(prompt, position);
    const row = existing.get(prompt.slug);
    if (!row) {
      await db.prompt.create({ data: { slug: prompt.slug, ...promptData(columns) } });
      report.created.push(prompt.slug);
      continue;
    }
    if (row.authorId) continue;
    const current = Object.fromEntries(Object.keys(columns).map((key) => [key, row[key as keyof typeof row]]));
    if (!isDeepStrictEqual(JSON.parse(JSON.stringify(current)), JSON.parse(JSON.stringify(columns)))) {
      await db.prompt.update({ where: { id: row.id }, data: promptData(columns) });
      report.updated.push(prompt.slug);
    }
  }
  return report;
}
