import { describe, expect, it } from "vitest";
import {
  practiseNext,
  promptForRule,
  rulePassRates,
  scoreSeries,
  scoreSummary,
  type HistoryEntry,
} from "@/lib/reports/history";

function entry(
  id: string,
  endedAt: string | null,
  score: number | null,
  findings: HistoryEntry["findings"],
  extra: Partial<HistoryEntry> = {},
): HistoryEntry {
  return {
    id,
    promptSlug: "scale-to-millions",
    promptTitle: "Scale a web service",
    status: endedAt ? "submitted" : "in_progress",
    startedAt: "2026-01-01T00:00:00.000Z",
    endedAt,
    score,
    adjustedScore: null,
    review: null,
    findings,
    ...extra,
  };
}

// Newest first, as the database lists them; one still running, one mentor-adjusted.
const ENTRIES: HistoryEntry[] = [
  entry("running", null, null, []),
  entry(
    "third",
    "2026-03-03T09:00:00.000Z",
    80,
    [
      { ruleId: "cache-layer", status: "pass" },
      { ruleId: "database-replication", status: "fail" },
      { ruleId: "load-balancer-redundancy", status: "not_applicable" },
    ],
    { adjustedScore: 90, review: "done" },
  ),
  entry("second", "2026-02-02T09:00:00.000Z", 50, [
    { ruleId: "cache-layer", status: "pass" },
    { ruleId: "database-replication", status: "pass" },
    { ruleId: "monitoring-automation", status: "fail" },
  ]),
  entry("first", "2026-01-01T09:00:00.000Z", 20, [
    { ruleId: "cache-layer", status: "fail" },
    { ruleId: "database-replication", status: "fail" },
    { ruleId: "monitoring-automation", status: "fail" },
  ]),
];

describe("scoreSeries and scoreSummary", () => {
  it("plots graded interviews oldest first, with the mentor's score when a review set one", () => {
    const series = scoreSeries(ENTRIES);
    expect(series.map((p) => [p.id, p.score, p.engineScore, p.adjusted])).toEqual([
      ["first", 20, 20, false],
      ["second", 50, 50, false],
      ["third", 90, 80, true],
    ]);
    expect(scoreSummary(series)).toEqual({ count: 3, average: 53, best: 90, latest: 90, change: 70 });
  });

  it("has no summary without a graded interview", () => {
    expect(scoreSeries([ENTRIES[0]!])).toEqual([]);
    expect(scoreSummary([])).toBeNull();
  });
});

describe("rulePassRates", () => {
  const rates = rulePassRates(ENTRIES);

  it("counts passes over the interviews where the rule could be judged, in registry order", () => {
    expect(rates.map((r) => [r.ruleId, r.passed, r.failed, r.notApplicable, r.rate])).toEqual([
      ["load-balancer-redundancy", 0, 0, 1, null],
      ["database-replication", 1, 2, 0, 1 / 3],
      ["cache-layer", 2, 1, 0, 2 / 3],
      ["monitoring-automation", 0, 2, 0, 0],
    ]);
  });

  it("remembers the latest status and the rule's title and remediation", () => {
    const replication = rates.find((r) => r.ruleId === "database-replication")!;
    expect(replication.lastStatus).toBe("fail");
    expect(replication.title).toBe("Replicated database");
    expect(replication.remediation).toMatch(/replica/);
  });
});

describe("practiseNext", () => {
  const prompts = [
    {
      slug: "scale-to-millions",
      title: "Scale",
      durationMinutes: 45,
      rubric: {
        rules: [
          { id: "database-replication", weight: 4 },
          { id: "monitoring-automation", weight: 2 },
          { id: "cache-layer", weight: 3 },
        ],
      },
    },
    {
      slug: "warm-up-cache",
      title: "Warm-up",
      durationMinutes: 5,
      rubric: {
        rules: [
          { id: "cache-layer", weight: 2 },
          { id: "database-replication", weight: 1 },
        ],
      },
    },
    {
      slug: "other",
      title: "Other",
      durationMinutes: 30,
      rubric: {
        rules: [
          { id: "cache-layer", weight: 2 },
          { id: "database-replication", weight: 1 },
        ],
      },
    },
  ];

  it("names the weakest rules first, never a rule that always passes or never applied", () => {
    const next = practiseNext(rulePassRates(ENTRIES), prompts);
    expect(next.map((s) => s.ruleId)).toEqual(["monitoring-automation", "database-replication", "cache-layer"]);
    expect(practiseNext(rulePassRates(ENTRIES), prompts, 1)).toHaveLength(1);
    expect(practiseNext(rulePassRates([ENTRIES[2]!]), prompts).map((s) => s.ruleId)).toEqual(["monitoring-automation"]);
  });

  it("suggests the prompt where the rule weighs most, the shorter one on a tie", () => {
    expect(promptForRule("monitoring-automation", prompts)).toEqual({ slug: "scale-to-millions", title: "Scale" });
    expect(promptForRule("cache-layer", prompts)).toEqual({ slug: "warm-up-cache", title: "Warm-up" });
    expect(promptForRule("data-sharding", prompts)).toBeNull();
  });
});
