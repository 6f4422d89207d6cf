import { describe, expect, it } from "vitest";
import { z } from "zod";
import { PROMPT_CATALOG } from "@/lib/prompts/catalog";
import { localizePrompt } from "@/lib/prompts/localize";
import { promptDefinitionSchema, type PromptDefinition, type PromptTranslation } from "@/lib/prompts/schemas";

const HANGUL = /[\uAC00-\uD7A3]/;

/** Every string in a value, depth first. */
function strings(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === "object") return Object.values(value).flatMap(strings);
  return [];
}

function korean(prompt: PromptDefinition): PromptTranslation {
  const translation = prompt.translations?.ko;
  if (!translation) throw new Error(`${prompt.slug} has no Korean version`);
  return translation;
}

/** A catalog prompt with its Korean version broken in one place, and the parse's messages. */
function errorsAfter(change: (prompt: PromptDefinition) => void): string {
  const prompt = structuredClone(PROMPT_CATALOG[0]!);
  change(prompt);
  const result = promptDefinitionSchema.safeParse(prompt);
  expect(result.success).toBe(false);
  return result.success ? "" : z.prettifyError(result.error);
}

describe("the Korean catalog", () => {
  it.each(PROMPT_CATALOG.map((prompt) => [prompt.slug, prompt] as const))(
    "%s has a complete Korean version",
    (_slug, prompt) => {
      const ko = korean(prompt);
      expect(ko.requirements.functional).toHaveLength(prompt.requirements.functional.length);
      expect(ko.requirements.nonFunctional).toHaveLength(prompt.requirements.nonFunctional.length);
      expect(ko.scale).toHaveLength(prompt.scale.length);
      expect(Object.keys(ko.topics).sort()).toEqual([...prompt.topics].sort());
      expect(ko.brief.split("\n\n")).toHaveLength(prompt.brief.split("\n\n").length);
      for (const text of strings(ko)) expect(text.trim(), prompt.slug).not.toBe("");
      // Written in Korean, not left in English: every sentence-like text has Hangul. Scale
      // values may be bare figures ("10 : 1", "500KB"), like the English ones.
      const prose = [
        ko.title,
        ko.summary,
        ...ko.brief.split("\n\n"),
        ...ko.requirements.functional,
        ...ko.requirements.nonFunctional,
        ...ko.scale.map((figure) => figure.label),
        ...Object.values(ko.topics).filter((label) => !/^[A-Z]+$/.test(label)),
      ];
      for (const text of prose) expect(text, prompt.slug).toMatch(HANGUL);
      for (const [index, figure] of ko.scale.entries()) {
        expect(figure.label, `${prompt.slug} scale ${index}`).not.toBe(prompt.scale[index]!.label);
      }
    },
  );

  it("keeps the seeds' exercise first, titled in Korean", () => {
    const first = PROMPT_CATALOG[0]!;
    expect(first.slug).toBe("scale-to-millions");
    expect(korean(first).title).toBe("서버 한 대에서 사용자 수백만 명까지 웹 서비스 확장하기");
  });

  it("names each topic the same way in every prompt", () => {
    const names = new Map<string, Set<string>>();
    for (const prompt of PROMPT_CATALOG) {
      for (const [topic, name] of Object.entries(korean(prompt).topics)) {
        names.set(topic, (names.get(topic) ?? new Set()).add(name));
      }
    }
    for (const [topic, set] of names) expect([...set], topic).toHaveLength(1);
  });

  it("uses the words Korean engineers use for the checklist's parts", () => {
    const first = korean(PROMPT_CATALOG[0]!);
    const text = strings(first).join("\n");
    for (const term of ["로드 밸런서", "데이터베이스", "데이터 센터", "세션"]) expect(text).toContain(term);
    expect(strings(korean(PROMPT_CATALOG.find((p) => p.slug === "url-shortener")!)).join("\n")).toContain("리디렉션");
  });
});

describe("promptDefinitionSchema with translations", () => {
  it("rejects a translation that drops a requirement or a scale figure", () => {
    expect(errorsAfter((prompt) => korean(prompt).requirements.functional.pop())).toContain(
      "the ko translation has 3 requirements.functional lines, the prompt has 4",
    );
    expect(errorsAfter((prompt) => korean(prompt).requirements.nonFunctional.push("하나 더 있습니다."))).toContain(
      "requirements.nonFunctional",
    );
    expect(errorsAfter((prompt) => korean(prompt).scale.shift())).toContain("the ko translation has 4 scale lines");
  });

  it("rejects a translation that misses a topic or names one the prompt does not have", () => {
    const text = errorsAfter((prompt) => {
      const topics = korean(prompt).topics;
      delete topics.caching;
      topics["made-up"] = "지어낸 주제";
    });
    expect(text).toContain("missing: caching");
    expect(text).toContain("not a topic: made-up");
  });

  it("rejects empty Korean text, markdown in the brief, and a language that is not translated", () => {
    expect(errorsAfter((prompt) => (korean(prompt).title = "  "))).toContain("title must not be empty");
    expect(errorsAfter((prompt) => (korean(prompt).scale[0]!.value = ""))).toContain("scale value must not be empty");
    expect(errorsAfter((prompt) => (korean(prompt).brief = "## 제목\n\n본문입니다."))).toContain(
      "brief must be plain text",
    );
    expect(
      errorsAfter((prompt) => {
        prompt.translations = { ...prompt.translations, en: korean(prompt) } as PromptDefinition["translations"];
      }),
    ).toContain('Unrecognized key: "en"');
  });

  it("accepts a prompt with no translations (one an admin writes in English only)", () => {
    const { translations: _none, ...english } = structuredClone(PROMPT_CATALOG[1]!);
    expect(promptDefinitionSchema.safeParse(english).success).toBe(true);
  });
});

describe("localizePrompt", () => {
  const prompt = PROMPT_CATALOG[0]!;
  const row = { ...prompt, translations: prompt.translations as unknown };

  it("leaves English as written, without the translations column", () => {
    const english = localizePrompt(row, "en");
    expect(english.title).toBe(prompt.title);
    expect(english.requirements).toEqual(prompt.requirements);
    expect(english.topicLabels).toEqual({});
    expect("translations" in english).toBe(false);
  });

  it("gives every text in Korean, keeping slugs, topics, rubric and figures' order", () => {
    const ko = localizePrompt(row, "ko");
    const translation = korean(prompt);
    expect(ko).toMatchObject({
      slug: prompt.slug,
      title: translation.title,
      summary: translation.summary,
      brief: translation.brief,
      requirements: translation.requirements,
      scale: translation.scale,
      topics: prompt.topics,
      rubric: prompt.rubric,
      difficulty: prompt.difficulty,
    });
    expect(ko.topicLabels).toEqual(translation.topics);
  });

  it("replaces only the columns a reader selected", () => {
    const titleOnly = localizePrompt({ slug: prompt.slug, title: prompt.title, translations: row.translations }, "ko");
    expect(titleOnly).toEqual({ slug: prompt.slug, title: korean(prompt).title, topicLabels: {} });
  });

  it("falls back to English for a prompt with no Korean version", () => {
    expect(localizePrompt({ slug: "mine", title: "My prompt", translations: null }, "ko").title).toBe("My prompt");
    expect(localizePrompt({ slug: "mine", title: "My prompt", translations: {} }, "ko").title).toBe("My prompt");
  });

  it("throws on a malformed translations column, naming the prompt", () => {
    expect(() =>
      localizePrompt({ slug: "broken", title: "Broken", translations: { ko: { title: "제목만" } } }, "ko"),
    ).toThrow(/Prompt "broken" has malformed stored translations/);
  });
});
