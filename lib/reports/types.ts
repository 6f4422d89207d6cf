// The report as plain JSON: what the server assembles from an interview and its grade, and
// what the page, the Markdown export and the client components all read. No Dates (ISO
// strings) and no Prisma types, so it crosses the server/client boundary as is.
import type { FinishedStatus } from "@/lib/interviews/status";
import type {
  ComponentJson,
  ConnectionJson,
  RequiredKindJson,
  RuleStatus,
  Severity,
  UnrecognisedJson,
  ZoneJson,
} from "@/lib/grading/types";

/** A rule's human side, from the rule registry (or a fallback for a rule this build lacks). */
export interface RuleInfo {
  title: string;
  checklist: string;
  severity: Severity;
  rationale: string;
  remediation: string;
}

/** One finding of the grade with its rule's metadata and rubric weight. */
export interface ReportFinding extends RuleInfo {
  /** A string rather than RuleId: a grade stored by a newer engine may name rules we do not know. */
  ruleId: string;
  status: RuleStatus;
  message: string;
  elementIds: string[];
  /** The rule's weight in the prompt's rubric; null when the rubric no longer lists it. */
  weight: number | null;
}

export interface FindingSummary {
  pass: number;
  fail: number;
  notApplicable: number;
  total: number;
}

export interface MentorReview {
  score: number;
  reason: string | null;
}

export interface ReportData {
  interviewId: string;
  status: FinishedStatus;
  prompt: { slug: string; title: string; durationMinutes: number };
  startedAt: string;
  endedAt: string;
  /** Time the candidate used, capped at the prompt's duration. */
  usedMs: number;
  /** The engine's score; null only for a finished interview whose grade is missing. */
  score: number | null;
  engineVersion: string | null;
  gradedAt: string | null;
  review: MentorReview | null;
  /** Failing first, then passing, then not applicable (see orderFindings). */
  findings: ReportFinding[];
  summary: FindingSummary;
  components: ComponentJson[];
  /** Ids of the components whose kind the candidate tagged by hand ("This is a…"), read from the drawing. */
  handTagged: string[];
  connections: ConnectionJson[];
  zones: ZoneJson[];
  unrecognised: UnrecognisedJson[];
  requiredKinds: RequiredKindJson[];
  notes: string;
  /** Live elements in the graded drawing (0 means an empty board). */
  elementCount: number;
}
