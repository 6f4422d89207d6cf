import type { GraderSummary } from "@/lib/interviews/client/grader-view";
import type { OverlayMark } from "./reading-overlay";

/** The board's marks: every label the grader did not recognise, and what a hovered row is about. */
export function readingMarks(summary: GraderSummary | null, highlighted: string[] | null): OverlayMark[] {
  const marks: OverlayMark[] = (summary?.unrecognised ?? []).map((entry, index) => ({
    key: `unrecognised:${entry.elementIds[0] ?? index}`,
    elementIds: entry.elementIds,
    tone: "unrecognised",
  }));
  if (highlighted?.length) marks.push({ key: "highlight", elementIds: highlighted, tone: "highlight" });
  return marks;
}
