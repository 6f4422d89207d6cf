// A grade's findings as a report shows them: each with its rule's title, checklist point,
// rationale and remediation from the rule registry, and ordered so what to fix comes first.
import { RULE_META } from "@/lib/grading/rules";
import type { RuleMeta } from "@/lib/grading/rules";
import type { FindingJson, RuleStatus, Severity } from "@/lib/grading/types";
import type { FindingSummary, ReportFinding, RuleInfo } from "./types";

export type RuleMetaLookup = Partial<Record<string, Pick<RuleMeta, keyof RuleInfo>>>;

/** The rule's human side; a rule this build does not know still gets a readable entry. */
export function ruleInfo(ruleId: string, meta: RuleMetaLookup = RULE_META): RuleInfo {
  const known = meta[ruleId];
  if (known) {
    return {
      title: known.title,
      checklist: known.checklist,
      severity: known.severity,
      rationale: known.rationale,
      remediation: known.remediation,
    };
  }
  return { title: ruleId, checklist: "", severity: "major", rationale: "", remediation: "" };
}

const STATUS_ORDER: Record<RuleStatus, number> = { fail: 0, pass: 1, not_applicable: 2 };
const SEVERITY_ORDER: Record<Severity, number> = { critical: 0, major: 1, minor: 2 };

/**
 * Failing first (most severe, then heaviest in the rubric), then passing, then not
 * applicable; within a group the rubric's own order is kept.
 */
export function orderFindings(findings: ReportFinding[]): ReportFinding[] {
  return findings
    .map((finding, index) => ({ finding, index }))
    .sort((a, b) => {
      const byStatus = STATUS_ORDER[a.finding.status] - STATUS_ORDER[b.finding.status];
      if (byStatus !== 0) return byStatus;
      if (a.finding.status === "fail") {
        const bySeverity = SEVERITY_ORDER[a.finding.severity] - SEVERITY_ORDER[b.finding.severity];
        if (bySeverity !== 0) return bySeverity;
        const byWeight = (b.finding.weight ?? 0) - (a.finding.weight ?? 0);
        if (byWeight !== 0) return byWeight;
      }
      return a.index - b.index;
    })
    .map(({ finding }) => finding);
}

/** Joins the grade's findings with the rule registry and the rubric's weights, ordered for reading. */
export function reportFindings(
  findings:
    FindingJson[] | { ruleId: string; status: RuleStatus; severity: Severity; message: string; elementIds: string[] }[],
  weights: ReadonlyMap<string, number> = new Map(),
  meta: RuleMetaLookup = RULE_META,
): ReportFinding[] {
  return orderFindings(
    findings.map((finding) => ({
      ...ruleInfo(finding.ruleId, meta),
      ruleId: finding.ruleId,
      status: finding.status,
      // The stored severity is what the engine graded with; it wins over today's registry.
      severity: finding.severity,
      message: finding.message,
      elementIds: finding.elementIds,
      weight: weights.get(finding.ruleId) ?? null,
    })),
  );
}

export function summariseFindings(findings: readonly { status: RuleStatus }[]): FindingSummary {
  const summary: FindingSummary = { pass: 0, fail: 0, notApplicable: 0, total: findings.length };
  for (const finding of findings) {
    if (finding.status === "pass") summary.pass += 1;
    else if (finding.status === "fail") summary.fail += 1;
    else summary.notApplicable += 1;
  }
  return summary;
}

/** Reads a rubric JSON's weights; anything malformed is ignored (weights are display-only here). */
export function rubricWeights(rubric: unknown): Map<string, number> {
  const weights = new Map<string, number>();
  const rules = (rubric as { rules?: unknown } | null)?.rules;
  if (!Array.isArray(rules)) return weights;
  for (const rule of rules) {
    const { id, weight } = (rule ?? {}) as { id?: unknown; weight?: unknown };
    if (typeof id === "string" && typeof weight === "number") weights.set(id, weight);
  }
  return weights;
}
