// Reads a stored grade (Grade.result, a JSON column) back into a GradeResult. Grades are
// immutable and may have been written by an older engine, so every part is checked and a
// part that does not fit is dropped or defaulted rather than breaking the report.
import { z } from "zod";
import { COMPONENT_KINDS, DATABASE_ROLES } from "@/lib/grading/contract";
import type { GradeResult } from "@/lib/grading/types";

const ids = z.array(z.string()).catch([]);

const findingSchema = z.object({
  ruleId: z.string(),
  status: z.enum(["pass", "fail", "not_applicable"]),
  severity: z.enum(["critical", "major", "minor"]).catch("major"),
  message: z.string().catch(""),
  elementIds: ids,
});

const componentSchema = z.object({
  id: z.string(),
  kind: z.enum(COMPONENT_KINDS).catch("unknown"),
  label: z.string().catch(""),
  role: z.enum(DATABASE_ROLES).nullable().catch(null),
  replicas: z.number().catch(1),
  zone: z.string().nullable().catch(null),
  elementIds: ids,
});

const connectionSchema = z.object({
  from: z.string(),
  to: z.string(),
  label: z.string().nullable().catch(null),
  elementIds: ids,
});
const zoneSchema = z.object({ id: z.string(), label: z.string().nullable().catch(null), elementIds: ids });
const unrecognisedSchema = z.object({ label: z.string().catch(""), elementIds: ids });
const requiredKindSchema = z.object({ kind: z.string(), present: z.boolean(), elementIds: ids });

/** Keeps the items of a list that parse; a malformed item is skipped, not fatal. */
function listOf<T extends z.ZodType>(schema: T) {
  return z
    .array(z.unknown())
    .catch([])
    .transform((items) =>
      items.flatMap((item) => {
        const parsed = schema.safeParse(item);
        return parsed.success ? [parsed.data] : [];
      }),
    );
}

const gradeSchema = z.object({
  engineVersion: z.string().catch("unknown"),
  prompt: z.string().nullable().catch(null),
  score: z.number().catch(0),
  components: listOf(componentSchema),
  connections: listOf(connectionSchema),
  zones: listOf(zoneSchema),
  findings: listOf(findingSchema),
  unrecognised: listOf(unrecognisedSchema),
  requiredKinds: listOf(requiredKindSchema).optional(),
});

/** The stored grade as a GradeResult, or null when it is not a grade at all. */
export function readGradeResult(json: unknown): GradeResult | null {
  const parsed = gradeSchema.safeParse(json);
  // Rule ids and kinds are kept as stored strings: a newer engine may add some; the report
  // shows an unknown one by its id (docs/grading.md: the vocabulary only grows).
  return parsed.success ? (parsed.data as unknown as GradeResult) : null;
}
