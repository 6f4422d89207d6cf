import { describe, expect, it } from "vitest";
import { inlineText, markdownFileName, reportMarkdown, utcStamp } from "@/lib/reports/markdown";
import { buildReport } from "@/lib/reports/report";
import { reportSource, WARM_UP_GRADE } from "./fixtures";

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

describe("markdown helpers", () => {
  it("escapes what would become links, tables or HTML, on one line", () => {
    expect(inlineText("a|b\n[x](y) <b>")).toBe("a\\|b \\[x\\](y) \\<b\\>");
    expect(utcStamp("2026-03-04T10:03:30.000Z")).toBe("2026-03-04 10:03 UTC");
    expect(markdownFileName(buildReport(reportSource()))).toBe("scaleboard-warm-up-cache-2026-03-04.md");
  });
});
