// ESLint's RuleTester habit for grading rules: a list of drawings that must pass and a list
// that must fail (or be not_applicable), each checked for status, the message the rule answers
// with (its id and data), and the element ids the finding points at. Every message of the rule
// must be reached by some case, each is also written in Korean, and the rule's page in docs/rules is written from these cases.
import { describe, expect, it } from "vitest";
import type { RuleId } from "@/lib/grading/contract";
import { buildArchitecture, gradeScene } from "@/lib/grading";
import { messageLocale, ruleWords } from "@/lib/grading/locales";
import { dataWords } from "@/lib/grading/messages";
import { outcomeMessage, ruleById, type RuleMessageId } from "@/lib/grading/rules";
import type { RuleStatus } from "@/lib/grading/types";
import { checkRuleDoc } from "./rule-docs";
import { SceneBuilder } from "./scene-builder";

export interface RuleCase<Id extends RuleId = RuleId> {
  name: string;
  build: (b: SceneBuilder) => void;
  /** Default: "pass" for valid cases, "fail" for invalid ones. */
  status?: RuleStatus;
  /** The message the rule answers with. */
  messageId: RuleMessageId<Id>;
  /**
   * Its data in words, required when the rule gives any: each list of components as the
   * message writes it (`'"Web 1" and "Web 2"'`), each count as a number.
   */
  data?: Record<string, string | number>;
  /** Exactly these element ids (any order). */
  elementIds?: string[];
  /** At least these element ids. */
  includes?: string[];
  /** None of these element ids. */
  excludes?: string[];
  message?: RegExp;
}

export interface RuleCases<Id extends RuleId = RuleId> {
  valid: RuleCase<Id>[];
  invalid: RuleCase<Id>[];
}

/** What a case's drawing gets: the rule's own outcome and the finding gradeScene reports. */
export function runCase(ruleId: RuleId, build: (b: SceneBuilder) => void) {
  const b = new SceneBuilder();
  build(b);
  const scene = b.scene();
  const outcome = ruleById(ruleId).check(buildArchitecture(scene));
  const result = gradeScene(scene, { rules: [{ id: ruleId, weight: 1 }] });
  expect(result.findings).toHaveLength(1);
  return { outcome, finding: result.findings[0]!, result };
}

function run(ruleId: RuleId, c: RuleCase, fallback: RuleStatus) {
  it(c.name, () => {
    const { outcome, finding, result } = runCase(ruleId, c.build);
    expect(finding.ruleId).toBe(ruleId);
    expect(
      finding.status,
      `${finding.message}\n${JSON.stringify(result.components.map((x) => [x.label, x.kind]))}`,
    ).toBe(c.status ?? fallback);
    expect(outcome.messageId, finding.message).toBe(c.messageId);
    const words = dataWords(outcome.data ?? {});
    if (c.data || Object.keys(words).length) expect(words, `data of "${finding.message}"`).toEqual(c.data);
    expect(finding.message.length).toBeGreaterThan(10);
    expect(finding.message).not.toMatch(/\{\{/);
    if (c.elementIds) expect([...finding.elementIds].sort()).toEqual([...c.elementIds].sort());
    for (const id of c.includes ?? []) expect(finding.elementIds).toContain(id);
    for (const id of c.excludes ?? []) expect(finding.elementIds).not.toContain(id);
    if (c.message) expect(finding.message).toMatch(c.message);
    expect(result.score).toBe(finding.status === "pass" ? 100 : 0);

    // The same outcome in Korean: every template filled, every component it names written.
    const korean = outcomeMessage(ruleById(ruleId), outcome, messageLocale("ko"), ruleWords(ruleId, "ko").messages);
    expect(korean).toMatch(/[가-힣]/);
    expect(korean).not.toMatch(/[{}]/);
    for (const value of Object.values(outcome.data ?? {}))
      if (typeof value === "object") for (const { label } of value) if (label) expect(korean).toContain(label);
  });
}

export function ruleTester<Id extends RuleId>(ruleId: Id, cases: RuleCases<Id>): void {
  describe(ruleId, () => {
    describe("valid", () => cases.valid.forEach((c) => run(ruleId, c, "pass")));
    describe("invalid", () => cases.invalid.forEach((c) => run(ruleId, c, "fail")));

    it("reaches every message of the rule", () => {
      const reached = new Set<string>([...cases.valid, ...cases.invalid].map((c) => c.messageId));
      const unreached = Object.keys(ruleById(ruleId).meta.messages).filter((id) => !reached.has(id));
      expect(unreached, "messages no test case reaches").toEqual([]);
    });

    it(`has an up-to-date page docs/rules/${ruleId}.md`, async () => {
      await checkRuleDoc(ruleId, cases);
    });
  });
}
