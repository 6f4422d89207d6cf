// The shape of a rule, after ESLint's rule modules: metadata a person reads (title,
// rationale, remediation, message templates) and a pure check over the architecture graph.
import type { RuleId } from "../contract";
import type { ArchitectureGraph } from "../graph/model";
import type { RuleStatus, Severity } from "../types";

export interface RuleMeta {
  id: RuleId;
  title: string;
  /** The point of the seeds' 8-point checklist the rule comes from. */
  checklist: string;
  severity: Severity;
  rationale: string;
  remediation: string;
  /** Message templates by id; `{{name}}` is replaced by the outcome's data. */
  messages: Record<string, string>;
}

export interface RuleOutcome {
  status: RuleStatus;
  messageId: string;
  data?: Record<string, string | number>;
  /** Elements that prove a pass, or that must change for a fail. */
  elementIds: string[];
}

export interface Rule {
  meta: RuleMeta;
  check(graph: ArchitectureGraph): RuleOutcome;
}

/** Fills `{{name}}` placeholders; an unknown name stays visible rather than vanishing. */
export function formatMessage(template: string, data: Record<string, string | number> = {}): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, key: string) => (key in data ? String(data[key]) : whole));
}
