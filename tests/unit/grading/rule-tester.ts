// ESLint's RuleTester habit for grading rules: a list of drawings that must pass and a list
// that must fail (or be not_applicable), each checked for status and the element ids the
// finding points at.
import { describe, expect, it } from "vitest";
import type { RuleId } from "@/lib/grading/contract";
import { gradeScene } from "@/lib/grading";
import type { RuleStatus } from "@/lib/grading/types";
import { SceneBuilder } from "./scene-builder";

export interface RuleCase {
  name: string;
  build: (b: SceneBuilder) => void;
  /** Default: "pass" for valid cases, "fail" for invalid ones. */
  status?: RuleStatus;
  /** Exactly these element ids (any order). */
  elementIds?: string[];
  /** At least these element ids. */
  includes?: string[];
  /** None of these element ids. */
  excludes?: string[];
  message?: RegExp;
}

export function findingFor(ruleId: RuleId, build: (b: SceneBuilder) => void) {
  const b = new SceneBuilder();
  build(b);
  const result = gradeScene(b.scene(), { rules: [{ id: ruleId, weight: 1 }] });
  expect(result.findings).toHaveLength(1);
  return { finding: result.findings[0]!, result };
}

function run(ruleId: RuleId, c: RuleCase, fallback: RuleStatus) {
  it(c.name, () => {
    const { finding, result } = findingFor(ruleId, c.build);
    expect(finding.ruleId).toBe(ruleId);
    expect(
      finding.status,
      `${finding.message}\n${JSON.stringify(result.components.map((x) => [x.label, x.kind]))}`,
    ).toBe(c.status ?? fallback);
    expect(finding.message.length).toBeGreaterThan(10);
    expect(finding.message).not.toMatch(/\{\{/);
    if (c.elementIds) expect([...finding.elementIds].sort()).toEqual([...c.elementIds].sort());
    for (const id of c.includes ?? []) expect(finding.elementIds).toContain(id);
    for (const id of c.excludes ?? []) expect(finding.elementIds).not.toContain(id);
    if (c.message) expect(finding.message).toMatch(c.message);
    expect(result.score).toBe(finding.status === "pass" ? 100 : 0);
  });
}

export function ruleTester(ruleId: RuleId, cases: { valid: RuleCase[]; invalid: RuleCase[] }): void {
  describe(ruleId, () => {
    describe("valid", () => cases.valid.forEach((c) => run(ruleId, c, "pass")));
    describe("invalid", () => cases.invalid.forEach((c) => run(ruleId, c, "fail")));
  });
}
