// docs/grading.md stays true to the engine: its rule table is written from the rules' meta
// (npm run docs:rules), and every word, role and count its tables show is read as they say.
// No file of the repository points at a document outside it.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { COMPONENT_KINDS, describeGraph, RULE_IDS, RULE_META, type DescribedGraph } from "@/lib/grading";
import { KIND_WORDS } from "@/lib/grading/kinds";
import { checkGenerated } from "./rule-docs";
import { SceneBuilder } from "./scene-builder";

const PATH = "docs/grading.md";
const doc = readFileSync(PATH, "utf8");

function markers(name: string): [string, string] {
  return [`<!-- ${name}:start -->`, `<!-- ${name}:end -->`];
}

/** The rows of the table between a section's markers, cell by cell, without header and rule. */
function rows(name: string): string[][] {
  const [start, end] = markers(name);
  const body = doc.slice(doc.indexOf(start) + start.length, doc.indexOf(end));
  return body
    .split("\n")
    .filter((line) => line.startsWith("|"))
    .slice(2)
    .map((line) =>
      line
        .slice(1, -1)
        .split("|")
        .map((cell) => cell.trim()),
    );
}

function graphOf(label: string): DescribedGraph {
  const b = new SceneBuilder();
  b.box("x", label);
  return describeGraph(b.scene());
}

const code = (cell: string) => cell.replace(/^`|`$/g, "");
const words = (cell: string) =>
  cell.startsWith("(")
    ? []
    : cell
        .split(",")
        .map((w) => w.trim())
        .filter(Boolean);

describe(PATH, () => {
  it("lists every rule as its meta says (npm run docs:rules writes the table)", async () => {
    const table = [
      "| rule | severity | checklist point | passes when |",
      "| --- | --- | --- | --- |",
      ...RULE_IDS.map((id) => {
        const meta = RULE_META[id];
        return `| [${meta.title}](rules/${id}.md) \`${id}\` | ${meta.severity} | ${meta.checklist} | ${meta.summary} |`;
      }),
    ].join("\n");
    const [start, end] = markers("rules");
    const written = `${doc.slice(0, doc.indexOf(start))}${start}\n\n${table}\n\n${doc.slice(doc.indexOf(end))}`;
    await checkGenerated(PATH, written);
  });

  it("names every kind with the title the product shows", () => {
    const table = rows("kinds");
    expect(table.map((row) => code(row[0]!))).toEqual([...COMPONENT_KINDS]);
    for (const row of table) expect(row[1], row[0]).toBe(KIND_WORDS[code(row[0]!) as keyof typeof KIND_WORDS].title);
  });

  it.each(
    rows("kinds").flatMap((row) =>
      row
        .slice(2)
        .flatMap(words)
        .map((word) => [word, code(row[0]!)]),
    ),
  )("reads %s as %s", (word, kind) => {
    if (kind === "unknown") return;
    expect(graphOf(word).components.map((c) => c.kind)).toEqual([kind]);
  });

  it.each(rows("roles").flatMap((row) => words(row[1]!).map((word) => [word, code(row[0]!)])))(
    "reads %s as a database's role %s",
    (word, role) => {
      expect(graphOf(`${word} DB`).components.map((c) => [c.kind, c.role])).toEqual([["database", role]]);
    },
  );

  it.each(rows("instances").map((row) => [code(row[0]!), Number(row[1])] as const))(
    "reads %s as %i instances",
    (label, count) => {
      expect(graphOf(label).components.map((c) => c.replicas)).toEqual([count]);
    },
  );
});

describe("the repository", () => {
  it("refers to no document outside it", () => {
    // This file is left out: it must name what it looks for.
    const pattern = String.raw`RULES\.md|PRODUCT\.md|STACK\.md|\.\./shared|/work/shared|shared/(design|seeds|corpus)`;
    const grep = spawnSync(
      "git",
      ["grep", "--untracked", "-n", "-I", "-E", pattern, "--", ".", ":(exclude)tests/unit/grading/docs.test.ts"],
      { encoding: "utf8" },
    );
    expect(grep.status === 0 ? grep.stdout : "", grep.stderr).toBe("");
  });
});
