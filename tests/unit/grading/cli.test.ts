// The command line, run as a user runs it: a child process per call.
import { spawn } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { RULE_IDS, type GradeResult } from "@/lib/grading";
import { findPromptBySlug } from "@/lib/prompts/catalog";
import { RESULT_KEYS_WITH_PROMPT } from "../../support/result-keys";

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function grade(args: string[], stdin?: string | Buffer): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", "scripts/grade.ts", ...args], {
      cwd: process.cwd(),
      env: { ...process.env, NODE_NO_WARNINGS: "1" },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
    child.stdin.on("error", () => undefined); // the CLI may stop reading an oversized input early
    child.stdin.end(stdin ?? "");
  });
}

const SMALL = "tests/fixtures/drawings/korean.excalidraw";
const tmp = mkdtempSync(join(tmpdir(), "grade-cli-"));

describe("npm run grade", { timeout: 60_000 }, () => {
  it("prints a readable report: score, a line per rule, components, unrecognised labels", async () => {
    const run = await grade(["tests/fixtures/corpus/diagrams/brewinski_rate-limiter.excalidraw"]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("");
    expect(run.stdout).toMatch(/^Score: \d+\/100$/m);
    for (const id of RULE_IDS) expect(run.stdout).toMatch(new RegExp(`(PASS|FAIL|N/A ) +${id} `));
    expect(run.stdout).toMatch(/load_balancer +"LB"/);
    expect(run.stdout).toMatch(/Not recognised \(4\):\n {2}"Rate Limiter"/);
  });

  it("--json prints exactly the result JSON, with the prompt's rubric and slug", async () => {
    const run = await grade([SMALL, "--json", "--prompt", "scale-to-millions"]);
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout) as {
      prompt: string;
      findings: { ruleId: string }[];
      engineVersion: string;
      score: number;
    };
    expect(Object.keys(result)).toEqual([...RESULT_KEYS_WITH_PROMPT]);
    expect(result.prompt).toBe("scale-to-millions");
    expect(result.findings.map((f) => f.ruleId)).toEqual(
      findPromptBySlug("scale-to-millions")!.rubric.rules.map((r) => r.id),
    );
  });

  it("grades Scaleboard's own architecture, docs/architecture.excalidraw, as the README's CI example does", async () => {
    const args = ["docs/architecture.excalidraw", "--prompt", "scale-to-millions"];
    const report = await grade(args);
    expect([report.code, report.stderr]).toEqual([0, ""]);
    expect(report.stdout).toMatch(/^Score: \d+\/100$/m);
    const run = await grade([...args, "--json"]);
    const result = JSON.parse(run.stdout) as GradeResult;
    expect(result.prompt).toBe("scale-to-millions");
    // What "How it scales out" describes: browsers, DNS, one load balancer, three stateless
    // app servers, a monitor, Postgres with a standby, and the optional language model.
    expect(result.components.map((c) => [c.kind, c.role, c.replicas])).toEqual([
      ["client", null, 1],
      ["dns", null, 1],
      ["load_balancer", null, 1],
      ["monitoring", null, 1],
      ["web_server", null, 1],
      ["web_server", null, 1],
      ["web_server", null, 1],
      ["database", "primary", 1],
      ["database", "replica", 1],
      ["unknown", null, 1],
    ]);
    expect(result.unrecognised.map((u) => u.label)).toEqual(["Language model (optional, OpenAI-compatible)"]);
    const passed = result.findings.filter((f) => f.status === "pass").map((f) => f.ruleId);
    expect(passed.sort()).toEqual(["database-replication", "dns-entry", "monitoring-automation", "redundant-web-tier"]);
  });

  it("reads standard input with -", async () => {
    const run = await grade(["-", "--json"], readFileSync(SMALL));
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as { score: number }).score).toBe(75);
  });

  it.each([
    ["a missing file", ["no/such/file.excalidraw"], /cannot read no\/such\/file.excalidraw: no such file/],
    ["a directory", ["tests"], /tests is a directory/],
    ["a file that is not JSON", ["README-not-json"], /not valid JSON/],
    ["JSON that is not a scene", ["package.json"], /no "elements" array/],
    ["an element of the wrong shape", ["bad-element"], /elements\[0\].*x must be a number/],
    [
      "an unknown prompt",
      [SMALL, "--prompt", "no-such-prompt"],
      /unknown prompt "no-such-prompt"; known prompts: scale-to-millions/,
    ],
  ])("exits 2 with one line on stderr for %s", async (_name, args, message) => {
    writeFileSync(join(tmp, "README-not-json"), "# hello");
    writeFileSync(
      join(tmp, "bad-element"),
      JSON.stringify({ elements: [{ id: "a", type: "rectangle", x: "0", y: 0 }] }),
    );
    const fixed = args.map((a) => (a === "README-not-json" || a === "bad-element" ? join(tmp, a) : a));
    const run = await grade(fixed);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(message);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it("exits 2 for invalid standard input and for a file over 10 MB", async () => {
    const bad = await grade(["-"], "{not json");
    expect([bad.code, bad.stderr]).toEqual([
      2,
      expect.stringMatching(/^grade: standard input: The scene is not valid JSON/),
    ]);
    const big = join(tmp, "big.excalidraw");
    writeFileSync(big, `{"elements":[],"pad":"${"x".repeat(10_000_001)}"}`);
    const run = await grade([big]);
    expect([run.code, run.stderr]).toEqual([2, expect.stringMatching(/larger than 10 MB/)]);
    const piped = await grade(["-"], readFileSync(big));
    expect([piped.code, piped.stderr]).toEqual([2, expect.stringMatching(/standard input is larger than 10 MB/)]);
  });

  it("exits 1 for anything else (a usage error)", async () => {
    const none = await grade([]);
    expect([none.code, none.stderr]).toEqual([1, expect.stringMatching(/no FILE given/)]);
    const unknown = await grade([SMALL, "--frobnicate"]);
    expect(unknown.code).toBe(1);
  });

  it("--lang ko writes the messages and fixes in Korean, with the same ids and score", async () => {
    const korean = await grade([SMALL, "--lang", "ko", "--json"]);
    const english = await grade([SMALL, "--json"]);
    const [ko, en] = [korean, english].map((run) => JSON.parse(run.stdout) as GradeResult);
    expect(ko!.score).toBe(en!.score);
    expect(ko!.findings.map((f) => [f.ruleId, f.status])).toEqual(en!.findings.map((f) => [f.ruleId, f.status]));
    for (const finding of ko!.findings) expect(finding.message).toMatch(/[가-힣]/);
    const report = await grade([SMALL, "--lang=ko"]);
    expect(report.stdout).toMatch(/fix: .*[가-힣]/);
    const wrong = await grade([SMALL, "--lang", "fr"]);
    expect([wrong.code, wrong.stderr]).toEqual([1, expect.stringMatching(/--lang must be one of en, ko/)]);
  });

  it("--explain says, per element, what it became and why", async () => {
    const run = await grade(["tests/fixtures/reading/misspellings.excalidraw", "--explain"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Elements \(\d+\):/);
    expect(run.stdout).toMatch(
      /k-text +text +"Kafak" -> part of component c\d+ \(message_queue\) \(kind from its bound label; "Kafak" read as "kafka"\)/,
    );
    expect(run.stdout).toMatch(
      /a1 +arrow +-> connection c\d+ "API Gatway" -> c\d+ "Order servise" \(both ends bound\)/,
    );
    const json = await grade(["tests/fixtures/reading/misspellings.excalidraw", "--explain", "--json"]);
    const parsed = JSON.parse(json.stdout) as {
      explanation: { id: string; became: string }[];
      components: { reading?: unknown }[];
    };
    expect(parsed.explanation.find((e) => e.id === "k")?.became).toMatch(/^component c\d+ \(message_queue\)$/);
    expect(parsed.components.every((c) => c.reading)).toBe(true);
  });

  it("grades every corpus file and every drawing of our own", async () => {
    const files = [
      ...["diagrams", "libraries"].flatMap((d) =>
        readdirSync(`tests/fixtures/corpus/${d}`).map((f) => `tests/fixtures/corpus/${d}/${f}`),
      ),
      ...readdirSync("tests/fixtures/drawings")
        .filter((f) => f.endsWith(".excalidraw"))
        .map((f) => `tests/fixtures/drawings/${f}`),
    ];
    expect(files.length).toBeGreaterThanOrEqual(17);
    const runs = await Promise.all(files.map((f) => grade([f, "--json"])));
    runs.forEach((run, i) => {
      expect(run.code, `${files[i]}: ${run.stderr}`).toBe(0);
      expect((JSON.parse(run.stdout) as { findings: unknown[] }).findings).toHaveLength(12);
    });
  });
});
