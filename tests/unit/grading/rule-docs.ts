// The pages of docs/rules, written from each rule's meta and its own test cases: for every
// message the rule has, the first case that reaches it is the example. The rule tests check
// that the page in the repository is what this writes today; `npm run docs:rules` rewrites it.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import prettier from "prettier";
import { expect } from "vitest";
import type { RuleId } from "@/lib/grading/contract";
import { describeGraph, gradeScene, type DescribedGraph } from "@/lib/grading";
import { KIND_WORDS } from "@/lib/grading/kinds";
import { ruleById } from "@/lib/grading/rules";
import type { FindingJson, RuleStatus } from "@/lib/grading/types";
import type { RuleCase, RuleCases } from "./rule-tester";
import { SceneBuilder } from "./scene-builder";

/** Set by `npm run docs:rules`: write generated documentation instead of checking it. */
const UPDATE = process.env.UPDATE_DOCS === "1";

/** Checks (or, when updating, writes) a generated file, formatted as the repository formats it. */
export async function checkGenerated(path: string, text: string): Promise<void> {
  const config = (await prettier.resolveConfig(path)) ?? {};
  const formatted = await prettier.format(text, { ...config, filepath: path });
  if (UPDATE) {
    writeFileSync(path, formatted);
    return;
  }
  const current = existsSync(path) ? readFileSync(path, "utf8") : "(missing)";
  expect(current, `${path} is not what its sources give: run npm run docs:rules`).toBe(formatted);
}

const STATUS_WORDS: Record<RuleStatus, string> = { pass: "Passes", fail: "Fails", not_applicable: "Not applicable" };

function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

function labelOf(label: string | null): string {
  return label ? `\`${oneLine(label)}\`` : "(no label)";
}

/** The drawing as the grader reads it: components with their kind, then the connections. */
function drawingLines(graph: DescribedGraph): string[] {
  const zones = new Map(graph.zones.map((zone) => [zone.id, zone.label]));
  const byId = new Map(graph.components.map((component) => [component.id, component]));
  const lines = graph.components.map((component) => {
    const facts = [
      component.kind === "unknown" ? "not recognised" : KIND_WORDS[component.kind].noun,
      component.role && component.role !== "standalone" ? component.role : null,
      component.replicas > 1 ? `${component.replicas} instances` : null,
      component.zone ? `in ${labelOf(zones.get(component.zone) ?? null)}` : null,
    ].filter(Boolean);
    return `- ${labelOf(component.label)}: ${facts.join(", ")}`;
  });
  // An end is named by its label, and by its zone too when another component shares the label.
  const shared = new Set(graph.components.map((c) => c.label).filter((label, i, all) => all.indexOf(label) !== i));
  const end = (id: string) => {
    const component = byId.get(id);
    const label = labelOf(component?.label ?? null);
    const zone = component?.zone ? zones.get(component.zone) : null;
    return component && shared.has(component.label) && zone ? `${label} in ${labelOf(zone)}` : label;
  };
  for (const link of graph.connections) {
    lines.push(`- ${end(link.from)} → ${end(link.to)}${link.label ? `, labelled ${labelOf(link.label)}` : ""}`);
  }
  return lines.length ? lines : ["- (nothing the grader recognises)"];
}

interface Example {
  messageId: string;
  case: RuleCase;
  graph: DescribedGraph;
  finding: FindingJson;
}

function exampleSection({ case: c, graph, finding }: Example): string[] {
  return [
    `### ${STATUS_WORDS[finding.status]}: ${oneLine(c.name)}`,
    "",
    "The drawing, as the grader reads it:",
    "",
    ...drawingLines(graph),
    "",
    `Finding (\`${c.messageId}\`):`,
    "",
    `> ${oneLine(finding.message)}`,
    "",
  ];
}

/** The page of one rule, in Markdown (before formatting). */
export function ruleDoc(ruleId: RuleId, cases: RuleCases): string {
  const { meta } = ruleById(ruleId);
  const all = [...cases.valid, ...cases.invalid];
  const examples: Example[] = [];
  for (const messageId of Object.keys(meta.messages)) {
    const c = all.find((x) => x.messageId === messageId);
    if (!c) continue;
    const b = new SceneBuilder();
    c.build(b);
    const scene = b.scene();
    const [finding] = gradeScene(scene, { rules: [{ id: ruleId, weight: 1 }] }).findings;
    examples.push({ messageId, case: c, graph: describeGraph(scene), finding: finding! });
  }
  const byStatus = (status: RuleStatus) => examples.filter((example) => example.finding.status === status);
  return [
    `<!-- Written by npm run docs:rules from lib/grading/rules/${ruleId}.ts and the cases of tests/unit/grading/rules/${ruleId}.test.ts: change those, not this page. -->`,
    "",
    `# ${meta.title}`,
    "",
    `\`${ruleId}\` · severity ${meta.severity} · checklist point: ${meta.checklist}`,
    "",
    `**To pass:** ${meta.summary}`,
    "",
    "## Why it matters",
    "",
    meta.rationale,
    "",
    "## How to pass",
    "",
    meta.remediation,
    "",
    "## Examples",
    "",
    "Each example is one of the rule's own test cases, one per message the rule can give.",
    "",
    ...[...byStatus("pass"), ...byStatus("fail"), ...byStatus("not_applicable")].flatMap(exampleSection),
    "## Messages",
    "",
    "English templates in ICU MessageFormat ([docs/grading.md §3](../grading.md#messages)).",
    "",
    "| id | template |",
    "| --- | --- |",
    ...Object.entries(meta.messages).map(([id, template]) => `| \`${id}\` | \`${template}\` |`),
    "",
  ].join("\n");
}

export async function checkRuleDoc(ruleId: RuleId, cases: RuleCases): Promise<void> {
  await checkGenerated(`docs/rules/${ruleId}.md`, ruleDoc(ruleId, cases));
}
