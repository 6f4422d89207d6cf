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
  /** How the kind was read (an addition to docs/grading.md §5: absent from older grades). */
  reading?: ComponentReadingJson;
}

/**
 * Where a component's kind came from: `tag` (customData.kind, from the palette or set by
 * hand), `bound_label`, `text_on_shape`, `icon_caption`, `nearby_text`, `frame_name`,
 * `standalone_text` (a text drawn without a shape), `annotation` (a second text beside the
 * label), `inferred` (from shape or position: see `why`), or `none` (nothing said it).
 */
export type KindSourceJson =
  | "tag"
  | "bound_label"
  | "text_on_shape"
  | "icon_caption"
  | "nearby_text"
  | "frame_name"
  | "standalone_text"
  | "annotation"
  | "inferred"
  | "none";

export interface ComponentReadingJson {
  source: KindSourceJson;
  /** The words that said the kind, when they are only part of the label (its first line, one listed line). */
  words?: string;
  /** Misspelt words read as the vocabulary word they are a slip of: [{ from: "Kafak", to: "kafka" }]. */
  corrected?: { from: string; to: string }[];
  /** Why a kind was inferred from shape or position. */
  why?: string;
  /** Other kinds the label names ("Gateway + LB"): the component's kind is the first. */
  alsoKinds?: ComponentKind[];
}

/**
 * How a connection's end was tied to its component: `bound` by Excalidraw, or inferred from
 * a loose end that `touching` the shape, stops `near` it, lies on its `caption`, or points
 * at it from a little way short (`ahead`).
 */
export type EndJson = "bound" | "touching" | "near" | "caption" | "ahead";

export interface ConnectionJson {
  /** Component at the arrow's start (direction kept; rules mostly ignore it). */
  from: string;
  to: string;
  label: string | null;
  elementIds: string[];
  /** Present when the grader inferred an end from where a loose end lies (an addition to §5). */
  ends?: { from: EndJson; to: EndJson };
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
