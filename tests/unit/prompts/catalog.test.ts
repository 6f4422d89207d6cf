import { describe, it, expect } from "vitest";
import { z } from "zod";
import { RULE_IDS } from "@/lib/grading/contract";
import { findPromptBySlug, PROMPT_CATALOG } from "@/lib/prompts/catalog";
import { parsePromptCatalog, promptDefinitionSchema, rubricSchema, type PromptDefinition } from "@/lib/prompts/schemas";

/** A deep copy of a valid prompt to break in one place. */
function validPrompt(): PromptDefinition {
  return structuredClone(PROMPT_CATALOG.at(-1)!);
}

/** The issue messages of a failed parse, joined, for asserting on what the user would read. */
function errorText(input: unknown, schema: z.ZodType = promptDefinitionSchema): string {
  const result = schema.safeParse(input);
  expect(result.success).toBe(false);
  return result.success ? "" : z.prettifyError(result.error);
}

describe("PROMPT_CATALOG", () => {
  it("has at least 9 prompts", () => {
    expect(PROMPT_CATALOG.length).toBeGreaterThanOrEqual(9);
  });

  it("every entry parses through the schema unchanged", () => {
    for (const prompt of PROMPT_CATALOG) {
      const result = promptDefinitionSchema.safeParse(prompt);
      expect(result.success, `${prompt.slug}: ${result.error?.message}`).toBe(true);
      expect(result.data).toEqual(prompt);
    }
  });

  it("has unique slugs", () => {
    const slugs = PROMPT_CATALOG.map((prompt) => prompt.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
  });

  it("starts with the seeds' exercise, graded by all 12 rules", () => {
    const first = PROMPT_CATALOG[0]!;
    expect(first.slug).toBe("scale-to-millions");
    expect(first.title).toBe("Scale a web service from one server to millions of users");
    expect(first.durationMinutes).toBe(45);
    expect(first.difficulty).toBe("medium");
    expect(first.rubric.rules).toHaveLength(12);
    expect(first.rubric.rules.map((rule) => rule.id).sort()).toEqual([...RULE_IDS].sort());
  });

  it("weighs the seeds' redundancy and statelessness points above the rest", () => {
    const weights = new Map(PROMPT_CATALOG[0]!.rubric.rules.map((rule) => [rule.id, rule.weight]));
    const heaviest = ["no-single-point-of-failure", "stateless-web-tier", "database-replication"] as const;
    const others = [...weights].filter(([id]) => !(heaviest as readonly string[]).includes(id));
    const maxOther = Math.max(...others.map(([, weight]) => weight));
    for (const id of heaviest) expect(weights.get(id), id).toBeGreaterThan(maxOther);
  });

  it("uses only known rule ids, each at most once, weights 1..5", () => {
    for (const prompt of PROMPT_CATALOG) {
      const ids = prompt.rubric.rules.map((rule) => rule.id);
      expect(new Set(ids).size, prompt.slug).toBe(ids.length);
      for (const rule of prompt.rubric.rules) {
        expect(RULE_IDS, prompt.slug).toContain(rule.id);
        expect(Number.isInteger(rule.weight)).toBe(true);
        expect(rule.weight).toBeGreaterThanOrEqual(1);
        expect(rule.weight).toBeLessThanOrEqual(5);
      }
    }
  });

  it("does not give every prompt every rule", () => {
    const others = PROMPT_CATALOG.filter((prompt) => prompt.slug !== "scale-to-millions");
    for (const prompt of others) {
      expect(prompt.rubric.rules.length, prompt.slug).toBeLessThan(RULE_IDS.length);
    }
    const crawler = findPromptBySlug("web-crawler")!;
    expect(crawler.rubric.rules.map((rule) => rule.id)).not.toContain("cdn-static-assets");
  });

  it("covers the classic questions, with the components each one needs", () => {
    const needs: Record<string, string[]> = {
      "url-shortener": ["cache"],
      "news-feed": ["message_queue", "cache"],
      "chat-system": ["message_queue"],
      "rate-limiter": ["cache"],
      "notification-system": ["message_queue", "worker"],
      "video-streaming": ["cdn", "object_storage"],
      "web-crawler": ["message_queue", "worker"],
    };
    for (const [slug, kinds] of Object.entries(needs)) {
      const prompt = findPromptBySlug(slug);
      expect(prompt, slug).toBeDefined();
      for (const kind of kinds) expect(prompt!.rubric.requiredKinds, slug).toContain(kind);
    }
  });

  it("gives the interview questions 30-60 minutes", () => {
    for (const prompt of PROMPT_CATALOG.filter((p) => p.slug !== "warm-up-cache")) {
      expect(prompt.durationMinutes, prompt.slug).toBeGreaterThanOrEqual(30);
      expect(prompt.durationMinutes, prompt.slug).toBeLessThanOrEqual(60);
    }
  });

  it("ends with the five-minute warm-up and its tiny rubric", () => {
    const last = PROMPT_CATALOG.at(-1)!;
    expect(last.slug).toBe("warm-up-cache");
    expect(last.durationMinutes).toBe(5);
    expect(last.difficulty).toBe("easy");
    expect(last.rubric.rules.map((rule) => rule.id)).toEqual(["cache-layer", "database-replication"]);
  });

  it("writes briefs as several plain-text paragraphs", () => {
    for (const prompt of PROMPT_CATALOG) {
      expect(prompt.brief.split("\n\n").length, prompt.slug).toBeGreaterThanOrEqual(2);
      expect(prompt.brief, prompt.slug).not.toMatch(/[`#*]/);
      expect(prompt.scale.length, prompt.slug).toBeGreaterThan(0);
      expect(prompt.requirements.functional.length, prompt.slug).toBeGreaterThan(0);
      expect(prompt.requirements.nonFunctional.length, prompt.slug).toBeGreaterThan(0);
    }
  });
});

describe("findPromptBySlug", () => {
  it("finds every catalog prompt by its slug", () => {
    for (const prompt of PROMPT_CATALOG) expect(findPromptBySlug(prompt.slug)).toBe(prompt);
  });

  it("returns undefined for an unknown slug", () => {
    expect(findPromptBySlug("design-a-time-machine")).toBeUndefined();
    expect(findPromptBySlug("")).toBeUndefined();
    expect(findPromptBySlug("Scale-To-Millions")).toBeUndefined();
  });
});

describe("promptDefinitionSchema", () => {
  it("rejects an unknown rule id, naming it and the valid ones", () => {
    const prompt = validPrompt();
    (prompt.rubric.rules[0] as { id: string }).id = "cache-everything";
    const text = errorText(prompt);
    expect(text).toContain('unknown rule id "cache-everything"');
    expect(text).toContain("dns-entry");
    expect(text).toContain("rubric.rules[0].id");
  });

  it("rejects a duplicate rule", () => {
    const prompt = validPrompt();
    prompt.rubric.rules.push({ id: "cache-layer", weight: 3 });
    const text = errorText(prompt);
    expect(text).toContain('duplicate rule "cache-layer"');
    expect(text).toContain("rubric.rules[2].id");
  });

  it("rejects a weight of 0, and weights above 5 or fractional", () => {
    const prompt = validPrompt();
    prompt.rubric.rules[0]!.weight = 0;
    const text = errorText(prompt);
    expect(text).toContain("rule weight must be at least 1");
    expect(text).toContain("rubric.rules[0].weight");

    prompt.rubric.rules[0]!.weight = 6;
    expect(errorText(prompt)).toContain("at most 5");
    prompt.rubric.rules[0]!.weight = 1.5;
    expect(errorText(prompt)).toContain("whole number");
  });

  it("rejects a slug that is not kebab-case", () => {
    for (const slug of ["Scale To Millions", "url_shortener", "-leading", "trailing-", "double--hyphen", ""]) {
      const prompt = { ...validPrompt(), slug };
      expect(errorText(prompt), slug).toContain("slug must be kebab-case");
    }
  });

  it("rejects an empty rubric, an unknown kind and the 'unknown' kind", () => {
    const empty = validPrompt();
    empty.rubric.rules = [];
    expect(errorText(empty)).toContain("a rubric needs at least one rule");

    for (const kind of ["unknown", "blockchain"]) {
      const prompt = validPrompt();
      (prompt.rubric.requiredKinds as string[]) = [kind];
      expect(errorText(prompt), kind).toContain(`component kind "${kind}"`);
    }
  });

  it("rejects out-of-range durations, bad difficulty, markdown briefs and misspelt keys", () => {
    expect(errorText({ ...validPrompt(), durationMinutes: 4 })).toContain("at least 5");
    expect(errorText({ ...validPrompt(), durationMinutes: 181 })).toContain("at most 180");
    expect(errorText({ ...validPrompt(), difficulty: "expert" })).toContain("difficulty must be one of");
    expect(errorText({ ...validPrompt(), brief: "## Problem\n\nDesign **this**." })).toContain("without markdown");
    expect(errorText({ ...validPrompt(), topics: [] })).toContain("at least one topic");
    expect(errorText({ ...validPrompt(), durationMinuts: 30 })).toContain("durationMinuts");
  });
});

describe("rubricSchema", () => {
  it("accepts a rubric without requiredKinds", () => {
    expect(rubricSchema.parse({ rules: [{ id: "dns-entry", weight: 1 }] })).toEqual({
      rules: [{ id: "dns-entry", weight: 1 }],
    });
  });

  it("rejects duplicate rules on its own, for use at API boundaries", () => {
    const text = errorText(
      {
        rules: [
          { id: "dns-entry", weight: 1 },
          { id: "dns-entry", weight: 2 },
        ],
      },
      rubricSchema,
    );
    expect(text).toContain('duplicate rule "dns-entry"');
  });
});

describe("parsePromptCatalog", () => {
  it("fails fast, naming the bad entry and its problem", () => {
    const bad = { ...validPrompt(), slug: "bad-one", durationMinutes: 0 };
    expect(() => parsePromptCatalog([validPrompt(), bad])).toThrow(/prompt #1 \(bad-one\)[\s\S]*durationMinutes/);
  });

  it("rejects duplicate slugs", () => {
    expect(() => parsePromptCatalog([validPrompt(), validPrompt()])).toThrow(
      /prompt #1 \(warm-up-cache\): duplicate slug, already used by prompt #0/,
    );
  });
});
