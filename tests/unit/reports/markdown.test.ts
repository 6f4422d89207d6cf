import { describe, expect, it } from "vitest";
import { ENGINE_VERSION, gradeScene } from "@/lib/grading";
import { inlineText, markdownFileName, reportMarkdown, utcStamp } from "@/lib/reports/markdown";
import { buildReport } from "@/lib/reports/report";
import { reportSource, WARM_UP_GRADE, WARM_UP_RUBRIC, warmUpScene } from "./fixtures";

/** Runs of three or more Latin words in a row: an English sentence left in a text (product lists are comma-separated). */
function englishRuns(text: string): string[] {
  return text.match(/[A-Za-z][A-Za-z'’-]*(?: [A-Za-z][A-Za-z'’-]*){2,}/g) ?? [];
}

describe("reportMarkdown", () => {
  const markdown = reportMarkdown(buildReport(reportSource({ notes: "## My plan\nCache-aside, TTL 60 s." })));

  it("leads with the prompt and the score", () => {
    expect(markdown.startsWith("# Scaleboard report: Warm-up: put a cache in front of a database\n")).toBe(true);
    expect(markdown).toContain("**Score: 67 / 100**");
    expect(markdown).toContain("- Prompt: Warm-up: put a cache in front of a database (`warm-up-cache`)");
    expect(markdown).toContain("- Submitted: 2026-03-04 10:03 UTC");
    expect(markdown).toContain("- Time used: 3 min 30 s of 5 min");
    expect(markdown).toContain("- Findings: 1 failed, 1 passed, 0 not applicable");
  });

  it("lists every finding with status, message and remediation, failing first", () => {
    const fail = markdown.indexOf("### FAIL: Replicated database (`database-replication`)");
    const pass = markdown.indexOf("### PASS: Cache in front of the data tier (`cache-layer`)");
    expect(fail).toBeGreaterThan(0);
    expect(pass).toBeGreaterThan(fail);
    expect(markdown).toContain('- **Result:** "MySQL" has no replica: one failure loses the data tier.');
    expect(markdown).toContain("- **How to fix:** Connect the primary database to at least one read replica");
    expect(markdown).toContain("major, weight 1");
  });

  it("lists recognised components, unrecognised labels (escaped) and the notes verbatim", () => {
    expect(markdown).toContain("| Cache | Redis cache |  | 1 |  |");
    expect(markdown).toContain("| Database | MySQL | standalone | 1 |  |");
    expect(markdown).not.toContain("| Not recognised |");
    expect(markdown).toContain("- Blob \\| thing");
    expect(markdown.endsWith("## Notes\n\n## My plan\nCache-aside, TTL 60 s.\n")).toBe(true);
  });

  it("says which components were tagged by hand", () => {
    const tagged = reportMarkdown(
      buildReport(reportSource({ elements: [{ id: "cache", customData: { kind: "cache", taggedBy: "hand" } }] })),
    );
    expect(tagged).toContain("| Cache (tagged by hand) | Redis cache |  | 1 |  |");
    expect(tagged).toContain("| Database | MySQL | standalone | 1 |  |");
  });

  it("says when time ran out, when a mentor adjusted the score, and when the board was empty", () => {
    const empty = {
      ...WARM_UP_GRADE,
      components: [],
      connections: [],
      unrecognised: [],
      findings: WARM_UP_GRADE.findings.map((f) => ({ ...f, status: "fail" as const, elementIds: [] })),
    };
    const source = reportSource({
      status: "expired",
      notes: "  ",
      result: empty,
      review: { status: "done", scoreOverride: 50, overrideReason: "Good *talk*" },
    });
    source.interview.scene = { type: "excalidraw", elements: [] };
    const text = reportMarkdown(buildReport(source));
    expect(text).toContain("time ran out and the last saved drawing was graded");
    expect(text).toContain("**Mentor's adjusted score: 50 / 100**: Good \\*talk\\*");
    expect(text).toContain("> The drawing was empty when it was graded.");
    expect(text).toContain("## Recognised components\n\nNone.");
    expect(text).toContain("Every labelled shape was recognised.");
    expect(text).toContain("## Notes\n\nNo notes.");
  });
});

describe("reportMarkdown in Korean", () => {
  // A grade the current engine stored in English, read by a Korean reader.
  const stored = JSON.parse(
    JSON.stringify(gradeScene(warmUpScene(), WARM_UP_RUBRIC as never, { prompt: "warm-up-cache" })),
  );
  const source = reportSource({ result: stored, notes: "캐시 어사이드, TTL 60초." });
  source.interview.scene = warmUpScene();
  source.grade.engineVersion = ENGINE_VERSION;
  source.prompt.title = "워밍업: 데이터베이스 앞에 캐시 두기";
  const markdown = reportMarkdown(buildReport(source, "ko"), "ko");

  it("writes every heading, fact and finding in Korean", () => {
    expect(markdown.startsWith("# Scaleboard 결과 보고서: 워밍업: 데이터베이스 앞에 캐시 두기\n")).toBe(true);
    expect(markdown).toContain("**점수: 67 / 100**");
    expect(markdown).toContain("- 사용한 시간: 5분 중 3분 30초");
    expect(markdown).toContain("- 규칙별 결과: 실패 1개, 통과 1개, 해당 없음 0개");
    expect(markdown).toMatch(/### 실패: [^\n]*[가-힣][^\n]* \(`database-replication`\)/);
    expect(markdown).toMatch(/- \*\*결과:\*\* "MySQL"[^\n]*[가-힣]/);
    expect(markdown).toContain("| 종류 | 이름 | 역할 | 인스턴스 | 영역 |");
    expect(markdown).toContain("| 데이터베이스 | MySQL | 단독 | 1 |  |");
    expect(markdown).toContain("## 메모\n\n캐시 어사이드, TTL 60초.\n");
  });

  it("leaves no English sentence", () => {
    expect(englishRuns(markdown)).toEqual([]);
  });

  it("keeps the English stored message when the drawing cannot be graded again the same way", () => {
    const old = reportSource({ notes: "메모" });
    const text = reportMarkdown(buildReport(old, "ko"), "ko");
    // WARM_UP_GRADE was written by engine 1.0.0: its sentence stays as stored, the rest is Korean.
    expect(text).toContain('- **결과:** "MySQL" has no replica: one failure loses the data tier.');
    expect(text).toContain("**점수: 67 / 100**");
  });
});

describe("markdown helpers", () => {
  it("escapes what would become links, tables or HTML, on one line", () => {
    expect(inlineText("a|b\n[x](y) <b>")).toBe("a\\|b \\[x\\](y) \\<b\\>");
    expect(utcStamp("2026-03-04T10:03:30.000Z")).toBe("2026-03-04 10:03 UTC");
    expect(markdownFileName(buildReport(reportSource()))).toBe("scaleboard-warm-up-cache-2026-03-04.md");
  });
});
