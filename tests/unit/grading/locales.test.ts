// The engine's Korean catalogue against its English one (the rules' meta): the same rules and
// messages, each template taking the same data, every template valid ICU in its language; the
// Korean particles; the choice of language from an Accept-Language header.
import { IntlMessageFormat } from "intl-messageformat";
import { describe, expect, it } from "vitest";
import { COMPONENT_KINDS, RULE_IDS } from "@/lib/grading/contract";
import { gradeScene, gradingLanguageFor, kindWords, ruleWords } from "@/lib/grading";
import { attachParticles } from "@/lib/grading/locales/korean-particles";
import { formatMessage } from "@/lib/grading/messages";
import { messageLocale } from "@/lib/grading/locales";

type Ast = ReturnType<IntlMessageFormat["getAst"]>;
/** The parser's type of plain text, whose `value` is the text itself, not an argument's name. */
const LITERAL = 0;

/** The data a template reads, without the `…Count` values a language may or may not need for plurals. */
function dataArguments(template: string, tag: string): string[] {
  const names = new Set<string>();
  const walk = (elements: Ast) => {
    for (const element of elements) {
      if ("value" in element && typeof element.value === "string" && Number(element.type) !== LITERAL)
        names.add(element.value);
      if ("options" in element)
        for (const option of Object.values(element.options as Record<string, { value: Ast }>)) walk(option.value);
    }
  };
  walk(new IntlMessageFormat(template, tag, undefined, { ignoreTag: true }).getAst());
  return [...names].filter((name) => !name.endsWith("Count")).sort();
}

describe("the Korean catalogue", () => {
  it.each(RULE_IDS)("%s: the same messages, taking the same data, as in English", (id) => {
    const english = ruleWords(id, "en");
    const korean = ruleWords(id, "ko");
    expect(Object.keys(korean.messages).sort()).toEqual(Object.keys(english.messages).sort());
    for (const [messageId, template] of Object.entries(english.messages)) {
      const translated = korean.messages[messageId]!;
      expect(dataArguments(translated, "ko"), `${id}.${messageId}`).toEqual(dataArguments(template, "en"));
      expect(translated, `${id}.${messageId}`).toMatch(/[가-힣]/);
    }
    for (const field of ["title", "summary", "checklist", "rationale", "remediation"] as const)
      expect(korean[field], `${id}.${field}`).toMatch(/[가-힣]/);
  });

  it("names every kind", () => {
    const words = kindWords("ko");
    for (const kind of COMPONENT_KINDS) expect(words[kind].title.length, kind).toBeGreaterThan(1);
  });

  it("writes a list of components the Korean way, settling the particle after it", () => {
    const mentions = [
      { label: "웹 서버 1", kind: "web_server" as const },
      { label: "", kind: "web_server" as const },
    ];
    expect(formatMessage("{web}은(는) 캐시를 거쳐 읽습니다.", { web: mentions }, messageLocale("ko"))).toBe(
      '"웹 서버 1" 및 이름 없는 웹 서버는 캐시를 거쳐 읽습니다.',
    );
  });
});

describe("attachParticles", () => {
  it.each([
    ['"웹 서버"은(는)', '"웹 서버"는'],
    ['"웹 계층"은(는)', '"웹 계층"은'],
    ["데이터베이스이(가)", "데이터베이스가"],
    ["로드밸런서을(를)", "로드밸런서를"],
    ["캐시 클러스터을(를)", "캐시 클러스터를"],
    ['"DB 3"(으)로', '"DB 3"으로'],
    ['"DB 2"(으)로', '"DB 2"로'],
    ["서울(으)로", "서울로"],
    ["부산(으)로", "부산으로"],
    ["샤드 1과(와)", "샤드 1과"],
    ['"Redis"은(는)', '"Redis"은(는)'],
    ['"ALB"이(가)', '"ALB"이(가)'],
  ])("%s → %s", (written, settled) => {
    expect(attachParticles(written)).toBe(settled);
  });
});

describe("gradingLanguageFor", () => {
  it.each([
    ["ko-KR,ko;q=0.9,en-US;q=0.8,en;q=0.7", "ko"],
    ["en-US,en;q=0.9,ko;q=0.8", "en"],
    ["fr-FR,ko;q=0.5", "ko"],
    ["fr-FR,de;q=0.5", "en"],
    ["ko;q=0, en;q=0.1", "en"],
    ["", "en"],
    [null, "en"],
  ])("%s → %s", (header, language) => {
    expect(gradingLanguageFor(header)).toBe(language);
  });
});

describe("gradeScene in Korean", () => {
  const scene = { type: "excalidraw", elements: [] };

  it("keeps ids, statuses and score, and changes only the messages", () => {
    const english = gradeScene(scene);
    const korean = gradeScene(scene, undefined, { language: "ko" });
    expect({ ...korean, findings: korean.findings.map(({ message: _message, ...rest }) => rest) }).toEqual({
      ...english,
      findings: english.findings.map(({ message: _message, ...rest }) => rest),
    });
    for (const finding of korean.findings) expect(finding.message, finding.ruleId).toMatch(/[가-힣]/);
    expect(korean.findings.find((f) => f.ruleId === "cache-layer")?.message).toBe(
      "캐시가 없습니다: 모든 읽기가 데이터베이스로 갑니다.",
    );
  });
});
