// The JSON of docs/grading.md §5, as TypeScript. Plain data only, so a result can be
// stored, sent and compared as is.
import type { ComponentKind, DatabaseRole, RuleId } from "./contract";

export type RuleStatus = "pass" | "fail" | "not_applicable";
export type Severity = "critical" | "major" | "minor";

export interface ComponentJson {
  id: string;
  kind: ComponentKind;
  /** The text a person wrote for it; "" for a shape without any label. */
  label: string;
  /** Only databases have a role; null for every other kind. */
  role: DatabaseRole | null;
  /** How many instances the drawing says it stands for (1 unless annotated). */
  replicas: number;
  /** Innermost zone holding it, or null. */
  zone: string | null;
  elementIds: string[];
}

export interface ConnectionJson {
  /** Component at the arrow's start (direction kept; rules mostly ignore it). */
  from: string;
  to: string;
  label: string | null;
  elementIds: string[];
}

export interface ZoneJson {
  id: string;
  /** Title of the frame or box; null when the drawer gave it none. */
  label: string | null;
  elementIds: string[];
}

export interface FindingJson {
  ruleId: RuleId;
  status: RuleStatus;
  severity: Severity;
  message: string;
  elementIds: string[];
}

export interface UnrecognisedJson {
  label: string;
  elementIds: string[];
}

/** What the grader sees in a drawing, before any rule runs. */
export interface GraphJson {
  components: ComponentJson[];
  connections: ConnectionJson[];
  zones: ZoneJson[];
  unrecognised: UnrecognisedJson[];
}

/** Present only when the rubric lists required kinds (an addition docs/grading.md allows). */
export interface RequiredKindJson {
  kind: Exclude<ComponentKind, "unknown">;
  present: boolean;
  elementIds: string[];
}

export interface GradeResult extends GraphJson {
  engineVersion: string;
  prompt: string | null;
  score: number;
  findings: FindingJson[];
  requiredKinds?: RequiredKindJson[];
}
