// Rubrics: which rules grade a drawing and how much each weighs (docs/grading.md §4).
import { COMPONENT_KINDS, RULE_IDS, type Rubric } from "./contract";
import { InvalidRubricError } from "./errors";

/** No rubric means every rule, each with weight 1, in the contract's order. */
export const DEFAULT_RUBRIC: Rubric = { rules: RULE_IDS.map((id) => ({ id, weight: 1 })) };

const RULES = new Set<string>(RULE_IDS);
const KINDS = new Set<string>(COMPONENT_KINDS.filter((k) => k !== "unknown"));

/** Refuses a rubric that names unknown rules or kinds, repeats a rule, or weighs one badly. */
export function checkRubric(rubric: Rubric): Rubric {
  if (!rubric || !Array.isArray(rubric.rules)) throw new InvalidRubricError("A rubric needs a rules array.");
  const seen = new Set<string>();
  for (const [i, rule] of rubric.rules.entries()) {
    if (!RULES.has(rule?.id))
      throw new InvalidRubricError(`rubric.rules[${i}] names an unknown rule ${JSON.stringify(rule?.id)}.`);
    if (seen.has(rule.id)) throw new InvalidRubricError(`rubric.rules[${i}] repeats rule "${rule.id}".`);
    seen.add(rule.id);
    if (typeof rule.weight !== "number" || !Number.isFinite(rule.weight) || rule.weight < 0) {
      throw new InvalidRubricError(`rubric.rules[${i}] ("${rule.id}") needs a finite weight of 0 or more.`);
    }
  }
  for (const kind of rubric.requiredKinds ?? []) {
    if (!KINDS.has(kind))
      throw new InvalidRubricError(`rubric.requiredKinds names an unknown kind ${JSON.stringify(kind)}.`);
  }
  return rubric;
}
