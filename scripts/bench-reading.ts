// npm run bench:reading [-- DIR ...] [--draft FILE]
// How well the grader reads real drawings: component recall, component precision and
// connection recall against hand-made labels (tests/fixtures/reading/README.md describes the
// label format). Reads every labelled drawing under tests/fixtures/corpus/labels and
// tests/fixtures/reading, plus each DIR given (or listed in READING_LABELS, separated by ":"),
// for drawings that may not be committed. `--draft FILE` prints a starting label for FILE
// from the grader's current reading, for a person to correct.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { z } from "zod";
import { COMPONENT_KINDS } from "@/lib/grading/contract";
import { describeGraph, type DescribedGraph } from "@/lib/grading";

export const COMMITTED_DIRS = ["tests/fixtures/corpus/labels", "tests/fixtures/reading"];
/** The floor every committed labelled set must stay above (issue 12). */
export const TARGET = { recall: 0.95, precision: 0.95, connections: 0.9 };

const labelSchema = z.object({
  note: z.string().optional(),
  components: z.array(
    z.object({
      id: z.string().min(1),
      kind: z.enum(COMPONENT_KINDS),
      label: z.string().optional(),
      elementIds: z.array(z.string()).min(1),
    }),
  ),
  connections: z.array(z.tuple([z.string(), z.string()])),
});
export type Labels = z.infer<typeof labelSchema>;

export interface DrawingScore {
  name: string;
  components: number;
  found: number;
  reported: number;
  right: number;
  connections: number;
  linked: number;
  /** Human-readable misses, for the verbose listing. */
  misses: string[];
}

const norm = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");

/** Pairs labelled components with reported ones: most shared elements first, then same kind, then same words. */
function match(labels: Labels, graph: DescribedGraph): Map<string, string> {
  const pairs: { l: string; p: string; score: number }[] = [];
  for (const l of labels.components) {
    const ids = new Set(l.elementIds);
    for (const p of graph.components) {
      const shared = p.elementIds.filter((id) => ids.has(id)).length;
      if (!shared) continue;
      const sameKind = p.kind === l.kind ? 1 : 0;
      const sameWords = l.label !== undefined && norm(l.label) === norm(p.label) ? 1 : 0;
      pairs.push({ l: l.id, p: p.id, score: sameWords * 1e6 + sameKind * 1e5 + shared });
    }
  }
  pairs.sort((a, b) => b.score - a.score || a.l.localeCompare(b.l) || a.p.localeCompare(b.p));
  const byLabel = new Map<string, string>();
  const taken = new Set<string>();
  for (const { l, p } of pairs) {
    if (byLabel.has(l) || taken.has(p)) continue;
    byLabel.set(l, p);
    taken.add(p);
  }
  return byLabel;
}

export function scoreDrawing(name: string, scene: unknown, labels: Labels): DrawingScore {
  const graph = describeGraph(scene);
  const matched = match(labels, graph);
  const reported = new Map(graph.components.map((c) => [c.id, c]));
  const misses: string[] = [];
  let found = 0;
  for (const l of labels.components) {
    const p = matched.get(l.id);
    const got = p ? reported.get(p) : undefined;
    if (got?.kind === l.kind) found++;
    else
      misses.push(
        `missed ${l.id} (${l.kind}${l.label ? ` "${l.label}"` : ""}): ${got ? `read as ${got.kind}` : "not reported"}`,
      );
  }
  const kindOfLabel = new Map(labels.components.map((l) => [l.id, l.kind]));
  const labelOf = new Map([...matched].map(([l, p]) => [p, l]));
  let right = 0;
  for (const c of graph.components) {
    const l = labelOf.get(c.id);
    if (l && kindOfLabel.get(l) === c.kind) right++;
    else if (!l) misses.push(`extra ${c.id} ${c.kind} "${c.label}"`);
  }
  const linked = new Set(graph.connections.flatMap((c) => [`${c.from}|${c.to}`, `${c.to}|${c.from}`]));
  let found2 = 0;
  for (const [a, b] of labels.connections) {
    const pa = matched.get(a);
    const pb = matched.get(b);
    if (pa && pb && linked.has(`${pa}|${pb}`)) found2++;
    else misses.push(`missed link ${a} - ${b}`);
  }
  return {
    name,
    components: labels.components.length,
    found,
    reported: graph.components.length,
    right,
    connections: labels.connections.length,
    linked: found2,
    misses,
  };
}

/**
 * Every drawing with a label file beside it (NAME.excalidraw + NAME.labels.json) in a folder.
 * A folder of drawings whose labels sit in its `labels/` subfolder is read from there, so the
 * drawings' folder can be named as well as the labels' one.
 */
export function labelledDrawings(dir: string): { name: string; scene: string; labels: Labels }[] {
  if (!existsSync(dir)) return [];
  const under = join(dir, "labels");
  if (!hasLabels(dir) && existsSync(under)) return labelledDrawings(under);
  return readdirSync(dir)
    .filter((f) => f.endsWith(".labels.json"))
    .sort()
    .map((f) => {
      const name = f.slice(0, -".labels.json".length);
      const candidates = ["", "../diagrams", ".."].map((up) => join(dir, up, `${name}.excalidraw`));
      const drawing = candidates.find((c) => existsSync(c));
      if (!drawing) throw new Error(`${join(dir, f)}: no ${name}.excalidraw beside it (or in the folder above)`);
      const parsed = labelSchema.safeParse(JSON.parse(readFileSync(join(dir, f), "utf8")));
      if (!parsed.success) throw new Error(`${join(dir, f)}: ${parsed.error.issues[0]?.message ?? "invalid labels"}`);
      checkLabels(join(dir, f), parsed.data);
      return { name, scene: readFileSync(drawing, "utf8"), labels: parsed.data };
    });
}

function hasLabels(dir: string): boolean {
  return readdirSync(dir).some((f) => f.endsWith(".labels.json"));
}

function checkLabels(file: string, labels: Labels): void {
  const ids = new Set<string>();
  for (const c of labels.components) {
    if (ids.has(c.id)) throw new Error(`${file}: component id "${c.id}" repeats`);
    ids.add(c.id);
  }
  for (const [a, b] of labels.connections)
    for (const end of [a, b])
      if (!ids.has(end)) throw new Error(`${file}: connection names unknown component "${end}"`);
}

export interface Totals {
  recall: number;
  precision: number;
  connections: number;
}

export function totals(scores: DrawingScore[]): Totals {
  const sum = (f: (s: DrawingScore) => number) => scores.reduce((n, s) => n + f(s), 0);
  const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
  return {
    recall: ratio(
      sum((s) => s.found),
      sum((s) => s.components),
    ),
    precision: ratio(
      sum((s) => s.right),
      sum((s) => s.reported),
    ),
    connections: ratio(
      sum((s) => s.linked),
      sum((s) => s.connections),
    ),
  };
}

/** A label file for a drawing, as the grader reads it now: a draft a person corrects. */
function draft(file: string): string {
  const graph = describeGraph(readFileSync(file, "utf8"));
  const labels: Labels = {
    note: `Draft from the grader's reading of ${basename(file)}: correct every kind, element list and link by hand.`,
    components: graph.components.map((c) => ({ id: c.id, kind: c.kind, label: c.label, elementIds: c.elementIds })),
    connections: graph.connections.map((c) => [c.from, c.to] as [string, string]),
  };
  return JSON.stringify(labels, null, 2);
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`.padStart(6);

function report(title: string, scores: DrawingScore[], verbose: boolean): Totals {
  console.log(`\n${title}`);
  console.log(`${"drawing".padEnd(44)} comp recall   precision   conn recall`);
  for (const s of scores) {
    const cell = (a: number, b: number) => `${`${a}/${b}`.padStart(7)} ${pct(b ? a / b : 1)}`;
    console.log(
      `${s.name.slice(0, 43).padEnd(44)}${cell(s.found, s.components)}${cell(s.right, s.reported)}${cell(s.linked, s.connections)}`,
    );
    if (verbose) for (const m of s.misses) console.log(`    ${m}`);
  }
  const t = totals(scores);
  console.log(`${"TOTAL".padEnd(44)}        ${pct(t.recall)}        ${pct(t.precision)}        ${pct(t.connections)}`);
  return t;
}

function main(argv: string[]): void {
  const draftAt = argv.indexOf("--draft");
  if (draftAt >= 0) {
    const file = argv[draftAt + 1];
    if (!file) throw new Error("--draft needs a drawing file");
    console.log(draft(file));
    return;
  }
  const verbose = argv.includes("--verbose") || argv.includes("-v");
  const extra = [
    ...argv.filter((a) => !a.startsWith("-")),
    ...(process.env.READING_LABELS ?? "").split(":").filter(Boolean),
  ];
  const score = (dirs: string[]) =>
    dirs.flatMap((d) => labelledDrawings(d).map((x) => scoreDrawing(x.name, x.scene, x.labels)));
  const committed = report("Committed labelled drawings", score(COMMITTED_DIRS), verbose);
  const ok =
    committed.recall >= TARGET.recall &&
    committed.precision >= TARGET.precision &&
    committed.connections >= TARGET.connections;
  console.log(
    `target ${pct(TARGET.recall)} / ${pct(TARGET.precision)} / ${pct(TARGET.connections)}: ${ok ? "met" : "NOT met"}`,
  );
  for (const dir of extra) report(`Extra folder ${dir}`, score([dir]), verbose);
  if (!ok) process.exitCode = 1;
}

if (process.argv[1]?.includes("bench-reading")) main(process.argv.slice(2));
