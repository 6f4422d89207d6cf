// A stored grade in the reader's language. Grades are stored as the JSON of docs/grading.md §5,
// with each finding's `message` in English, and never rewritten. The words about a rule
// (title, checklist point, rationale, remediation) come from the engine's catalogue in any
// language; a finding's message depends on the drawing, so it is written again by grading the
// stored drawing in the reader's language. That is only done when the same engine wrote the
// grade, and its words are used only when the new grade agrees with the stored one on
// everything but the words (rules, statuses, severities, elements, score): anything else keeps
// the stored English sentence, which is right even when it is not in the reader's language.
import {
  ENGINE_VERSION,
  gradeScene,
  InvalidSceneError,
  ruleWords,
  type GradingLanguage,
  type Rubric,
  type RuleId,
} from "@/lib/grading";
import { RULE_IDS } from "@/lib/grading/contract";
import { RULE_META } from "@/lib/grading/rules";
import type { FindingJson, GradeResult } from "@/lib/grading/types";
import type { RuleMetaLookup } from "./findings";

/** The rule registry's words in a language, keyed like RULE_META (severity is the rule's own). */
export function ruleMetaIn(language: GradingLanguage): RuleMetaLookup {
  if (language === "en") return RULE_META;
  return Object.fromEntries(
    RULE_IDS.map((id: RuleId) => {
      const words = ruleWords(id, language);
      return [
        id,
        {
          title: words.title,
          checklist: words.checklist,
          rationale: words.rationale,
          remediation: words.remediation,
          severity: RULE_META[id].severity,
        },
      ];
    }),
  );
}

/** Everything a grade says except its words: two grades with the same key say the same thing. */
function gradeKey(grade: Pick<GradeResult, "score" | "findings">): string {
  return JSON.stringify([
    grade.score,
    grade.findings.map((finding) => [finding.ruleId, finding.status, finding.severity, finding.elementIds]),
  ]);
}

/**
 * The stored findings with their messages in `language`, or null when they cannot be written
 * again faithfully (another engine version, a rubric or drawing that no longer grades the same,
 * a drawing the engine refuses): the caller then keeps the stored messages.
 */
export function localisedFindings(
  stored: GradeResult,
  scene: unknown,
  rubric: Rubric,
  language: GradingLanguage,
): FindingJson[] | null {
  if (stored.engineVersion !== ENGINE_VERSION) return null;
  const options = { prompt: stored.prompt, language };
  let regraded: GradeResult;
  try {
    regraded = gradeScene(scene, rubric, options);
  } catch (error) {
    if (!InvalidSceneError.is(error)) return null;
    // As at submit (lib/interviews/submit.ts): a drawing the engine refuses is graded as an empty board.
    regraded = gradeScene({ type: "excalidraw", elements: [] }, rubric, options);
  }
  if (gradeKey(regraded) !== gradeKey(stored)) return null;
  return stored.findings.map((finding, index) => ({ ...finding, message: regraded.findings[index]!.message }));
}
