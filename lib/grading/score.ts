import type { Rubric } from "./contract";
import type { FindingJson } from "./types";

/**
 * round(100 × Σ weight of passed rules ÷ Σ weight of applicable rules), docs/grading.md §4.
 * With nothing applicable (or all weights 0) there is nothing to pass: the score is 0.
 */
export function computeScore(rubric: Rubric, findings: FindingJson[]): number {
  const weight = new Map(rubric.rules.map((r) => [r.id, r.weight]));
  let passed = 0;
  let applicable = 0;
  for (const f of findings) {
    if (f.status === "not_applicable") continue;
    const w = weight.get(f.ruleId) ?? 0;
    applicable += w;
    if (f.status === "pass") passed += w;
  }
  if (applicable <= 0) return 0;
  return Math.min(100, Math.max(0, Math.round((100 * passed) / applicable)));
}
