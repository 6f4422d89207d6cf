// The shape of an interview prompt: what the candidate reads, how long they have, and the
// rubric the rule engine grades the drawing with. Used for the built-in catalog (parsed at
// module load, so a typo fails fast) and at the API boundary (admin-edited prompts).

import { z } from "zod";
import { Difficulty } from "@/lib/db/generated/enums";
import { COMPONENT_KINDS, RULE_IDS, type Rubric } from "@/lib/grading/contract";
import { GRADING_LANGUAGES } from "@/lib/grading/locales";
import { DEFAULT_LOCALE, LOCALES, type Locale } from "@/lib/i18n/locales";

export { Difficulty };

const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const nonEmptyText = (what: string) =>
  z
    .string({ error: `${what} must be a string` })
    .trim()
    .min(1, `${what} must not be empty`);

/** A non-empty list of strings with no repeats. */
const textList = (what: string, item: z.ZodType<string> = nonEmptyText(what)) =>
  z
    .array(item)
    .min(1, `at least one ${what} is required`)
    .superRefine((items, ctx) => {
      items.forEach((item, index) => {
        if (items.indexOf(item) !== index) {
          ctx.addIssue({ code: "custom", path: [index], message: `duplicate ${what} "${item}"` });
        }
      });
    });

const ruleIdSchema = z.enum(RULE_IDS, {
  error: (issue) => `unknown rule id ${JSON.stringify(issue.input)}; expected one of: ${RULE_IDS.join(", ")}`,
});

/** Every component kind a rubric may require: all of them except "unknown". */
const REQUIRABLE_KINDS = COMPONENT_KINDS.filter(
  (kind): kind is Exclude<(typeof COMPONENT_KINDS)[number], "unknown"> => kind !== "unknown",
);

const requiredKindSchema = z.enum(REQUIRABLE_KINDS, {
  error: (issue) =>
    `unknown or unrequirable component kind ${JSON.stringify(issue.input)}; expected one of: ${REQUIRABLE_KINDS.join(", ")}`,
});

const rubricRuleSchema = z.strictObject({
  id: ruleIdSchema,
  weight: z
    .int({ error: "rule weight must be a whole number" })
    .min(1, "rule weight must be at least 1")
    .max(5, "rule weight must be at most 5"),
});

/** A prompt's rubric (docs/grading.md §4): the rules that grade it, their weights, required kinds. */
export const rubricSchema = z
  .strictObject({
    rules: z.array(rubricRuleSchema).min(1, "a rubric needs at least one rule"),
    requiredKinds: z.array(requiredKindSchema).optional(),
  })
  .superRefine((rubric, ctx) => {
    const seenRules = new Set<string>();
    rubric.rules.forEach((rule, index) => {
      if (seenRules.has(rule.id)) {
        ctx.addIssue({
          code: "custom",
          path: ["rules", index, "id"],
          message: `duplicate rule "${rule.id}": each rule may appear only once in a rubric`,
        });
      }
      seenRules.add(rule.id);
    });
    const seenKinds = new Set<string>();
    rubric.requiredKinds?.forEach((kind, index) => {
      if (seenKinds.has(kind)) {
        ctx.addIssue({
          code: "custom",
          path: ["requiredKinds", index],
          message: `duplicate required kind "${kind}"`,
        });
      }
      seenKinds.add(kind);
    });
  }) satisfies z.ZodType<Rubric>;

/** Joins paragraphs with a blank line, the way the brief is shown. */
export const paragraphs = (...parts: string[]): string => parts.join("\n\n");

/** Markdown that would render as noise in a plain-text brief. */
const MARKDOWN_LINE = /^\s*(?:#{1,6}\s|[-*+]\s|>\s?|\d+[.)]\s)/;
const MARKDOWN_INLINE = /`|\*\*|__|\[[^\]]*\]\([^)]*\)/;

const briefSchema = nonEmptyText("brief").superRefine((brief, ctx) => {
  brief.split("\n").forEach((line, index) => {
    if (MARKDOWN_LINE.test(line) || MARKDOWN_INLINE.test(line)) {
      ctx.addIssue({
        code: "custom",
        message: `brief must be plain text without markdown (line ${index + 1}: ${JSON.stringify(line.trim().slice(0, 60))})`,
      });
    }
  });
});

const summarySchema = nonEmptyText("summary")
  .max(200, "summary must be one short sentence (200 characters at most)")
  .refine((summary) => !summary.includes("\n"), "summary must be a single line");

const scaleFigureSchema = z.strictObject({
  label: nonEmptyText("scale label"),
  value: nonEmptyText("scale value"),
});

export const requirementsSchema = z.strictObject({
  functional: textList("functional requirement"),
  nonFunctional: textList("non-functional requirement"),
});

export const scaleSchema = z
  .array(scaleFigureSchema)
  .min(1, "at least one scale figure is required")
  .superRefine((figures, ctx) => {
    const seen = new Set<string>();
    figures.forEach((figure, index) => {
      if (seen.has(figure.label)) {
        ctx.addIssue({ code: "custom", path: [index, "label"], message: `duplicate scale label "${figure.label}"` });
      }
      seen.add(figure.label);
    });
  });

const titleSchema = nonEmptyText("title").max(120, "title must be at most 120 characters");

const topicSlugSchema = z.string().regex(SLUG_PATTERN, 'each topic must be kebab-case, like "real-time"');

/**
 * A prompt in another language: every text a candidate reads. The topics stay slugs in the
 * row (the catalog filters by them); a translation names each one in its language.
 */
export const promptTranslationSchema = z.strictObject({
  title: titleSchema,
  summary: summarySchema,
  brief: briefSchema,
  requirements: requirementsSchema,
  scale: scaleSchema,
  topics: z.record(topicSlugSchema, nonEmptyText("topic label")),
});

export type PromptTranslation = z.output<typeof promptTranslationSchema>;

/** The languages a prompt is translated into: the written language (English) is the row itself. */
export type TranslatedLocale = Exclude<Locale, "en">;

export function isTranslatedLocale(locale: Locale): locale is TranslatedLocale {
  return locale !== DEFAULT_LOCALE;
}

export const TRANSLATED_LOCALES: TranslatedLocale[] = LOCALES.filter(isTranslatedLocale);

/** The `translations` column: any of the other languages, each complete. */
export const promptTranslationsSchema = z.partialRecord(z.enum(TRANSLATED_LOCALES), promptTranslationSchema);

export type PromptTranslations = z.output<typeof promptTranslationsSchema>;

/** The difficulties, easiest first (Prisma's enum, the one list of them). */
export const DIFFICULTIES: readonly Difficulty[] = Object.values(Difficulty);

export const promptDefinitionSchema = z
  .strictObject({
    slug: z
      .string({ error: "slug must be a string" })
      .max(64, "slug must be at most 64 characters")
      .regex(SLUG_PATTERN, "slug must be kebab-case: lowercase letters and digits separated by single hyphens"),
    title: titleSchema,
    summary: summarySchema,
    brief: briefSchema,
    topics: textList("topic", topicSlugSchema),
    difficulty: z.enum(Difficulty, {
      error: (issue) => `difficulty must be one of ${DIFFICULTIES.join(", ")}, got ${JSON.stringify(issue.input)}`,
    }),
    durationMinutes: z
      .int({ error: "durationMinutes must be a whole number" })
      .min(5, "durationMinutes must be at least 5")
      .max(180, "durationMinutes must be at most 180"),
    requirements: requirementsSchema,
    scale: scaleSchema,
    rubric: rubricSchema,
    translations: promptTranslationsSchema.optional(),
  })
  .superRefine((prompt, ctx) => {
    for (const locale of TRANSLATED_LOCALES) {
      const translation = prompt.translations?.[locale];
      if (translation) checkTranslationMatches(prompt, locale, translation, ctx);
    }
  });

/**
 * A translation says the same things as the prompt: one line for each requirement and scale
 * figure, in the same order, and a name for each topic, so no line is lost or left in English.
 */
function checkTranslationMatches(
  prompt: { requirements: z.output<typeof requirementsSchema>; scale: unknown[]; topics: string[] },
  locale: string,
  translation: PromptTranslation,
  ctx: z.RefinementCtx,
): void {
  const sameCount = (path: string[], expected: number, actual: number) => {
    if (expected === actual) return;
    ctx.addIssue({
      code: "custom",
      path: ["translations", locale, ...path],
      message: `the ${locale} translation has ${actual} ${path.join(".")} lines, the prompt has ${expected}`,
    });
  };
  sameCount(
    ["requirements", "functional"],
    prompt.requirements.functional.length,
    translation.requirements.functional.length,
  );
  sameCount(
    ["requirements", "nonFunctional"],
    prompt.requirements.nonFunctional.length,
    translation.requirements.nonFunctional.length,
  );
  sameCount(["scale"], prompt.scale.length, translation.scale.length);
  const named = Object.keys(translation.topics);
  const missing = prompt.topics.filter((topic) => !named.includes(topic));
  const extra = named.filter((topic) => !prompt.topics.includes(topic));
  if (missing.length > 0 || extra.length > 0) {
    ctx.addIssue({
      code: "custom",
      path: ["translations", locale, "topics"],
      message: `the ${locale} translation must name exactly the prompt's topics (missing: ${missing.join(", ") || "none"}; not a topic: ${extra.join(", ") || "none"})`,
    });
  }
}

export type PromptDefinition = z.output<typeof promptDefinitionSchema>;

/**
 * Parses a whole catalog: every entry through the schema, then slugs unique. Throws one
 * Error naming each bad entry (by index and slug) and each problem with its path.
 */
export function parsePromptCatalog(entries: readonly unknown[]): PromptDefinition[] {
  const problems: string[] = [];
  const parsed: PromptDefinition[] = [];
  const slugs = new Map<string, number>();

  entries.forEach((entry, index) => {
    const result = promptDefinitionSchema.safeParse(entry);
    const rawSlug = typeof entry === "object" && entry !== null && "slug" in entry ? String(entry.slug) : "?";
    if (!result.success) {
      problems.push(`prompt #${index} (${rawSlug}):\n${z.prettifyError(result.error)}`);
      return;
    }
    const earlier = slugs.get(result.data.slug);
    if (earlier !== undefined) {
      problems.push(`prompt #${index} (${rawSlug}): duplicate slug, already used by prompt #${earlier}`);
      return;
    }
    slugs.set(result.data.slug, index);
    parsed.push(result.data);
  });

  if (problems.length > 0) {
    throw new Error(`Invalid prompt catalog:\n${problems.join("\n")}`);
  }
  return parsed;
}

/**
 * The public grading API (`POST /api/grade[?prompt=SLUG]`): the scene is the raw body (the
 * grader parses it itself, with its own messages), graded with one catalog prompt's rubric.
 */
export const gradeSceneBodySchema = z.string().describe("scene");
export const gradeSceneQuerySchema = z.object({
  prompt: z
    .string({ error: (issue) => (Array.isArray(issue.input) ? "give at most one prompt" : undefined) })
    .regex(/^[a-z0-9][a-z0-9-]{0,99}$/, "prompt must be a prompt slug such as scale-to-millions")
    .optional(),
  lang: z.enum(GRADING_LANGUAGES, { error: `lang must be one of ${GRADING_LANGUAGES.join(", ")}` }).optional(),
});

/**
 * Grades per client address: a CI job grades a drawing or two per run; a large scene takes
 * the process's CPU for a while, so one address cannot keep it busy (429 past it).
 */
export const GRADE_RATE_LIMIT = { name: "grade", limit: 30, windowMs: 60_000 } as const;
