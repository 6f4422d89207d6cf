// A stored grade read in Korean: the same findings (rules, statuses, elements, score) in the
// engine's Korean words, and the stored English sentence whenever the drawing cannot be graded
// again into exactly the same grade.
import { describe, expect, it } from "vitest";
import { ENGINE_VERSION, gradeScene, ruleWords } from "@/lib/grading";
import type { GradeResult } from "@/lib/grading/types";
import { localisedFindings, ruleMetaIn } from "@/lib/reports/localise";
import { buildReport } from "@/lib/reports/report";
import { reportSource, WARM_UP_RUBRIC, warmUpScene } from "./fixtures";

const HANGUL = /[\uAC00-\uD7A3]/;

/** What the app stores at submit: the engine's English grade of the drawing, as JSON. */
function storedGrade(scene: unknown = warmUpScene()): GradeResult {
  return JSON.parse(JSON.stringify(gradeScene(scene, WARM_UP_RUBRIC as never, { prompt: "warm-up-cache" })));
}

function source(result: GradeResult, scene: unknown = warmUpScene()) {
  const base = reportSource({ result });
  return {
    ...base,
    interview: { ...base.interview, scene },
    grade: { ...base.grade, engineVersion: result.engineVersion },
  };
}

describe("the report in the reader's language", () => {
  it("says the same findings in Korean: same rules, statuses, elements and score, other words", () => {
    const stored = storedGrade();
    const english = buildReport(source(stored), "en");
    const korean = buildReport(source(stored), "ko");

    const facts = (report: typeof english) =>
      report.findings.map((f) => [f.ruleId, f.status, f.severity, f.weight, f.elementIds]);
    expect(facts(korean)).toEqual(facts(english));
    expect(korean.score).toBe(english.score);
    expect(korean.summary).toEqual(english.summary);

    // English is what is stored, word for word.
    expect(english.findings.map((f) => f.message).sort()).toEqual(stored.findings.map((f) => f.message).sort());
    expect(english.findings[0]!.title).toBe("Replicated database");

    const replication = korean.findings[0]!;
    expect(replication.ruleId).toBe("database-replication");
    expect(replication.title).toBe(ruleWords("database-replication", "ko").title);
    expect(replication.remediation).toBe(ruleWords("database-replication", "ko").remediation);
    for (const finding of korean.findings) {
      expect(finding.message).toMatch(HANGUL);
      expect(finding.title).toMatch(HANGUL);
      expect(finding.message).not.toBe(english.findings.find((f) => f.ruleId === finding.ruleId)!.message);
    }
    // The label the candidate wrote stays as written inside the Korean sentence.
    expect(replication.message).toContain('"MySQL"');
    // Exactly the engine's own Korean grade of the drawing.
    const direct = gradeScene(warmUpScene(), WARM_UP_RUBRIC as never, { prompt: "warm-up-cache", language: "ko" });
    expect(replication.message).toBe(direct.findings.find((f) => f.ruleId === "database-replication")!.message);
  });

  it("keeps the stored sentence when another engine version wrote the grade, and still names rules in Korean", () => {
    const stored = { ...storedGrade(), engineVersion: "0.9.0" };
    expect(localisedFindings(stored, warmUpScene(), WARM_UP_RUBRIC as never, "ko")).toBeNull();
    const korean = buildReport(source(stored), "ko");
    expect(korean.findings.map((f) => f.message).sort()).toEqual(stored.findings.map((f) => f.message).sort());
    expect(korean.findings[0]!.title).toMatch(HANGUL);
  });

  it("keeps the stored sentence when the drawing no longer grades the same", () => {
    const stored = storedGrade();
    expect(stored.engineVersion).toBe(ENGINE_VERSION);
    // A grade whose verdict differs from what the drawing gives today (edited by hand, or a rubric changed).
    const flipped = {
      ...stored,
      findings: stored.findings.map((f) => (f.ruleId === "cache-layer" ? { ...f, status: "fail" as const } : f)),
    };
    expect(localisedFindings(flipped, warmUpScene(), WARM_UP_RUBRIC as never, "ko")).toBeNull();
    const rescored = { ...stored, score: stored.score + 1 };
    expect(localisedFindings(rescored, warmUpScene(), WARM_UP_RUBRIC as never, "ko")).toBeNull();
    // Another drawing than the one graded: its elements differ.
    const otherDrawing = { type: "excalidraw", elements: [] };
    expect(localisedFindings(stored, otherDrawing, WARM_UP_RUBRIC as never, "ko")).toBeNull();
    const korean = buildReport(source(flipped), "ko");
    expect(korean.findings.find((f) => f.ruleId === "cache-layer")!.message).toBe(
      stored.findings.find((f) => f.ruleId === "cache-layer")!.message,
    );
  });

  it("grades a drawing the engine refuses as the empty board it was graded as", () => {
    const empty = storedGrade({ type: "excalidraw", elements: [] });
    const refused = "not a drawing at all";
    const findings = localisedFindings(empty, refused, WARM_UP_RUBRIC as never, "ko");
    expect(findings?.map((f) => [f.ruleId, f.status])).toEqual(empty.findings.map((f) => [f.ruleId, f.status]));
    expect(findings?.every((f) => HANGUL.test(f.message))).toBe(true);
  });

  it("has every rule's words in each language, with the registry's severity", () => {
    const korean = ruleMetaIn("ko");
    const english = ruleMetaIn("en");
    expect(Object.keys(korean).sort()).toEqual(Object.keys(english).sort());
    for (const [id, words] of Object.entries(korean)) {
      expect(words!.severity).toBe(english[id]!.severity);
      expect(words!.title).toMatch(HANGUL);
    }
  });
});
