import { describe, expect, it } from "vitest";
import { gradeScene } from "@/lib/grading";
import { readGradeResult } from "@/lib/reports/grade";
import { orderFindings, reportFindings, rubricWeights, ruleInfo, summariseFindings } from "@/lib/reports/findings";
import { buildReport, liveElementCount } from "@/lib/reports/report";
import { reportSource, WARM_UP_GRADE, WARM_UP_RUBRIC, warmUpScene } from "./fixtures";

describe("buildReport", () => {
  it("puts the failing finding first, with the registry's rationale, remediation and the rubric weight", () => {
    const report = buildReport(reportSource());
    expect(report.score).toBe(67);
    expect(report.findings.map((f) => [f.ruleId, f.status, f.weight])).toEqual([
      ["database-replication", "fail", 1],
      ["cache-layer", "pass", 2],
    ]);
    const replication = report.findings[0]!;
    expect(replication.title).toBe("Replicated database");
    expect(replication.checklist).toMatch(/redundancy/i);
    expect(replication.remediation).toMatch(/replica/i);
    expect(replication.rationale.length).toBeGreaterThan(20);
    expect(replication.elementIds).toEqual(["db", "db-text"]);
    expect(report.summary).toEqual({ pass: 1, fail: 1, notApplicable: 0, total: 2 });
  });

  it("reports time used, capped at the prompt's duration, and counts only live elements", () => {
    expect(buildReport(reportSource()).usedMs).toBe(210_000);
    const expired = buildReport(reportSource({ status: "expired" }));
    expect(expired.status).toBe("expired");
    expect(expired.usedMs).toBe(300_000);
    expect(expired.elementCount).toBe(1);
  });

  it("names the components the candidate tagged by hand, read from the graded drawing", () => {
    expect(buildReport(reportSource()).handTagged).toEqual([]);
    const tagged = buildReport(
      reportSource({
        elements: [
          { id: "web", type: "rectangle", customData: { kind: "web_server" } },
          { id: "cache", type: "rectangle", customData: { kind: "cache", taggedBy: "hand" } },
        ],
      }),
    );
    // The palette's mark on the web server is not a correction; the hand tag on the cache is.
    expect(tagged.handTagged).toEqual(["c2"]);
    // The stored grade keeps exactly the JSON of docs/grading.md §5.
    expect(tagged.components).toEqual(WARM_UP_GRADE.components);
  });

  it("shows a mentor's score only from a finished review", () => {
    expect(
      buildReport(reportSource({ review: { status: "in_review", scoreOverride: 90, overrideReason: "x" } })).review,
    ).toBeNull();
    expect(
      buildReport(reportSource({ review: { status: "done", scoreOverride: null, overrideReason: null } })).review,
    ).toBeNull();
    expect(
      buildReport(
        reportSource({
          review: { status: "done", scoreOverride: 80, overrideReason: "Replication is implied by RDS Multi-AZ." },
        }),
      ).review,
    ).toEqual({
      score: 80,
      reason: "Replication is implied by RDS Multi-AZ.",
    });
  });

  it("reads a grade the live engine produced for the e2e drawing", () => {
    const graded = gradeScene(warmUpScene(), WARM_UP_RUBRIC as never, { prompt: "warm-up-cache" });
    const report = buildReport(reportSource({ result: JSON.parse(JSON.stringify(graded)) }));
    expect(graded.score).toBe(67);
    expect(report.findings[0]).toMatchObject({ ruleId: "database-replication", status: "fail" });
    expect(report.findings[0]!.elementIds).toContain("db");
    expect(report.components.map((c) => c.kind).sort()).toEqual(["cache", "database", "web_server"]);
  });
});

describe("readGradeResult", () => {
  it("keeps a well-formed grade as is", () => {
    expect(readGradeResult(JSON.parse(JSON.stringify(WARM_UP_GRADE)))).toEqual(WARM_UP_GRADE);
  });

  it("drops malformed parts instead of failing the whole report", () => {
    const grade = readGradeResult({
      ...WARM_UP_GRADE,
      findings: [WARM_UP_GRADE.findings[0], { ruleId: 3 }],
      zones: "nope",
    });
    expect(grade?.findings).toHaveLength(1);
    expect(grade?.zones).toEqual([]);
    expect(readGradeResult("not a grade")).toBeNull();
  });
});

describe("findings", () => {
  it("orders fail (critical before minor, heavier first) then pass then not applicable", () => {
    const base = { message: "", elementIds: [] as string[] };
    const ordered = reportFindings(
      [
        { ...base, ruleId: "dns-entry", status: "not_applicable", severity: "minor" },
        { ...base, ruleId: "cache-layer", status: "pass", severity: "major" },
        { ...base, ruleId: "monitoring-automation", status: "fail", severity: "minor" },
        { ...base, ruleId: "redundant-web-tier", status: "fail", severity: "major" },
        { ...base, ruleId: "database-replication", status: "fail", severity: "major" },
        { ...base, ruleId: "no-single-point-of-failure", status: "fail", severity: "critical" },
      ],
      new Map([
        ["database-replication", 4],
        ["redundant-web-tier", 3],
      ]),
    );
    expect(ordered.map((f) => f.ruleId)).toEqual([
      "no-single-point-of-failure",
      "database-replication",
      "redundant-web-tier",
      "monitoring-automation",
      "cache-layer",
      "dns-entry",
    ]);
    expect(orderFindings(ordered)).toEqual(ordered);
    expect(summariseFindings(ordered)).toEqual({ pass: 1, fail: 4, notApplicable: 1, total: 6 });
  });

  it("names a rule this build does not know by its id", () => {
    expect(ruleInfo("rate-limiting")).toMatchObject({ title: "rate-limiting", remediation: "" });
  });

  it("reads rubric weights and ignores junk", () => {
    expect([...rubricWeights(WARM_UP_RUBRIC)]).toEqual([
      ["cache-layer", 2],
      ["database-replication", 1],
    ]);
    expect(rubricWeights(null).size).toBe(0);
    expect(rubricWeights({ rules: [{ id: 1 }, null] }).size).toBe(0);
  });

  it("counts live elements of odd scenes", () => {
    expect(liveElementCount(null)).toBe(0);
    expect(liveElementCount({ elements: "x" })).toBe(0);
  });
});
