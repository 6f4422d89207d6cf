// Data shaped exactly like what the engine stores (docs/grading.md §5), for the report tests.
import type { GradeResult } from "@/lib/grading/types";

export { warmUpScene } from "../../fixtures/warm-up-scene";

/** A warm-up-cache grade: the cache passes, the lone MySQL fails replication. */
export const WARM_UP_GRADE: GradeResult = {
  engineVersion: "1.0.0",
  prompt: "warm-up-cache",
  score: 67,
  components: [
    {
      id: "c1",
      kind: "web_server",
      label: "Web server",
      role: null,
      replicas: 1,
      zone: null,
      elementIds: ["web", "web-text"],
    },
    {
      id: "c2",
      kind: "cache",
      label: "Redis cache",
      role: null,
      replicas: 1,
      zone: null,
      elementIds: ["cache", "cache-text"],
    },
    {
      id: "c3",
      kind: "database",
      label: "MySQL",
      role: "standalone",
      replicas: 1,
      zone: null,
      elementIds: ["db", "db-text"],
    },
    { id: "c4", kind: "unknown", label: "Blob | thing", role: null, replicas: 1, zone: null, elementIds: ["blob"] },
  ],
  connections: [
    { from: "c1", to: "c2", label: null, elementIds: ["arrow-cache"] },
    { from: "c1", to: "c3", label: null, elementIds: ["arrow-db"] },
  ],
  zones: [],
  findings: [
    {
      ruleId: "cache-layer",
      status: "pass",
      severity: "major",
      message: '"Web server" reads through "Redis cache".',
      elementIds: ["cache", "cache-text", "web", "web-text", "arrow-cache"],
    },
    {
      ruleId: "database-replication",
      status: "fail",
      severity: "major",
      message: '"MySQL" has no replica: one failure loses the data tier.',
      elementIds: ["db", "db-text"],
    },
  ],
  unrecognised: [{ label: "Blob | thing", elementIds: ["blob"] }],
  requiredKinds: [
    { kind: "cache", present: true, elementIds: ["cache", "cache-text"] },
    { kind: "database", present: true, elementIds: ["db", "db-text"] },
  ],
};

export const WARM_UP_RUBRIC = {
  rules: [
    { id: "cache-layer", weight: 2 },
    { id: "database-replication", weight: 1 },
  ],
  requiredKinds: ["cache", "database"],
};

const at = (iso: string) => new Date(iso);

export function reportSource(
  overrides: {
    status?: "submitted" | "expired";
    notes?: string;
    review?: { status: string; scoreOverride: number | null; overrideReason: string | null } | null;
    result?: unknown;
    /** The graded drawing's elements (default: one live rectangle and a deleted text). */
    elements?: unknown[];
  } = {},
) {
  return {
    interview: {
      id: "iv1",
      status: overrides.status ?? "submitted",
      startedAt: at("2026-03-04T10:00:00.000Z"),
      deadline: at("2026-03-04T10:05:00.000Z"),
      submittedAt: overrides.status === "expired" ? at("2026-03-04T10:05:00.000Z") : at("2026-03-04T10:03:30.000Z"),
      notes: overrides.notes ?? "Cache-aside with a 60 s TTL.",
      scene: {
        type: "excalidraw",
        elements: overrides.elements ?? [
          { id: "web", type: "rectangle" },
          { id: "gone", type: "text", isDeleted: true },
        ],
      },
    },
    prompt: {
      slug: "warm-up-cache",
      title: "Warm-up: put a cache in front of a database",
      durationMinutes: 5,
      rubric: WARM_UP_RUBRIC,
    },
    grade: {
      score: 67,
      engineVersion: "1.0.0",
      result: overrides.result ?? WARM_UP_GRADE,
      createdAt: at("2026-03-04T10:03:31.000Z"),
    },
    review: overrides.review ?? null,
  };
}
