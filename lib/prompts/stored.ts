import { z } from "zod";
import type { Rubric } from "@/lib/grading/contract";
import { requirementsSchema, rubricSchema, scaleSchema } from "@/lib/prompts/schemas";

export type PromptRequirements = z.output<typeof requirementsSchema>;
export type ScaleFigure = z.output<typeof scaleSchema>[number];

/** The JSON columns of a prompt row. */
type StoredJson = { requirements: unknown; scale: unknown; rubric: unknown };

export interface PromptJson {
  requirements: PromptRequirements;
  scale: ScaleFigure[];
  rubric: Rubric;
}

/**
 * The one reader of stored prompt rows: parses the JSON columns with the schemas the catalog
 * was validated with when it was written (lib/prompts/schemas.ts), and keeps the other
 * columns as they are. A malformed column is a data bug to surface, not something to paper
 * over on a page, so this throws, naming the prompt and each bad column.
 */
export function readStoredPrompt<Row extends StoredJson & { slug: string }>(
  row: Row,
): Omit<Row, keyof StoredJson> & PromptJson {
  const requirements = requirementsSchema.safeParse(row.requirements);
  const scale = scaleSchema.safeParse(row.scale);
  const rubric = rubricSchema.safeParse(row.rubric);
  if (!requirements.success || !scale.success || !rubric.success) {
    const problems = [
      requirements.success ? null : `requirements: ${z.prettifyError(requirements.error)}`,
      scale.success ? null : `scale: ${z.prettifyError(scale.error)}`,
      rubric.success ? null : `rubric: ${z.prettifyError(rubric.error)}`,
    ].filter(Boolean);
    throw new Error(`Prompt "${row.slug}" has malformed stored data:\n${problems.join("\n")}`);
  }
  return { ...row, requirements: requirements.data, scale: scale.data, rubric: rubric.data };
}
