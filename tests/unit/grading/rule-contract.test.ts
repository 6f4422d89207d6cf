// What every rule owes the project besides its check: a test file of its own cases, a page in
// docs/rules, and message ids that cannot go astray.
import { existsSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildArchitecture, RULE_IDS, RULE_META } from "@/lib/grading";
import { outcomeMessage } from "@/lib/grading/rules";
import { defineRule } from "@/lib/grading/rules/types";

describe("every rule", () => {
  it.each(RULE_IDS)("%s has its own test file and its page in docs/rules", (id) => {
    expect(existsSync(`tests/unit/grading/rules/${id}.test.ts`), `tests/unit/grading/rules/${id}.test.ts`).toBe(true);
    expect(existsSync(`docs/rules/${id}.md`), `docs/rules/${id}.md: run npm run docs:rules`).toBe(true);
  });

  it("and nothing but the rules has a page or a rule test", () => {
    const ids = new Set<string>(RULE_IDS);
    const strays = [
      ...readdirSync("docs/rules").filter((f) => !ids.has(f.replace(/\.md$/, ""))),
      ...readdirSync("tests/unit/grading/rules").filter((f) => !ids.has(f.replace(/\.test\.ts$/, ""))),
    ];
    expect(strays).toEqual([]);
  });
});

describe("message ids", () => {
  it("are the rule's own: another id fails the type check, and is thrown rather than printed", () => {
    const rule = defineRule({
      meta: { ...RULE_META["cache-layer"], messages: { pass: "Fine." } },
      // @ts-expect-error "nope" is not one of this rule's messages
      check: () => ({ status: "pass", messageId: "nope", elementIds: [] }),
    });
    const outcome = rule.check(buildArchitecture({ elements: [] }));
    expect(() => outcomeMessage(rule, outcome)).toThrow(/"nope", which its meta does not define/);
  });

  it("fill every value a template names, or fail loudly", () => {
    const rule = defineRule({
      meta: { ...RULE_META["cache-layer"], messages: { pass: "{web} reads through {cache}." } },
      check: () => ({
        status: "pass",
        messageId: "pass",
        data: { web: [{ label: "Web", kind: "web_server" }] },
        elementIds: [],
      }),
    });
    expect(() => outcomeMessage(rule, rule.check(buildArchitecture({ elements: [] })))).toThrow(/cache/);
  });
});
