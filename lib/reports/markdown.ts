// The report as a Markdown file a candidate can keep, paste into notes or share with a
// mentor: score, prompt, every finding with status, message and remediation, what the grader
// recognised, what it did not, and the candidate's own notes.
import { kindTitle } from "@/lib/grading/kinds";
import { formatDuration } from "./format";
import type { ReportData, ReportFinding } from "./types";

const STATUS_TEXT: Record<ReportFinding["status"], string> = { fail: "FAIL", pass: "PASS", not_applicable: "N/A" };

/** Text a person typed, made safe for one line of Markdown (no accidental links, tables, HTML). */
export function inlineText(text: string): string {
  return text
    .replace(/\s+/g, " ")
    .trim()
    .replace(/[\\`*_[\]{}<>|#!~]/g, (char) => `\\${char}`);
}

/** "2026-03-04 12:03 UTC": unambiguous whatever the reader's time zone. */
export function utcStamp(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}

function findingBlock(finding: ReportFinding): string[] {
  const facts = [finding.severity, finding.weight === null ? null : `weight ${finding.weight}`]
    .filter(Boolean)
    .join(", ");
  const lines = [`### ${STATUS_TEXT[finding.status]}: ${finding.title} (\`${finding.ruleId}\`)`, ""];
  if (finding.checklist) lines.push(`Checklist point: ${finding.checklist} · ${facts}`, "");
  else lines.push(facts, "");
  lines.push(`- **Result:** ${finding.message || "(no message)"}`);
  if (finding.rationale) lines.push(`- **Why it matters:** ${finding.rationale}`);
  if (finding.remediation)
    lines.push(`- **${finding.status === "fail" ? "How to fix" : "What it takes"}:** ${finding.remediation}`);
  lines.push("");
  return lines;
}

export function reportMarkdown(report: ReportData): string {
  const { summary } = report;
  const out: string[] = [`# Scaleboard report: ${inlineText(report.prompt.title)}`, ""];

  out.push(report.score === null ? "**Score: not graded**" : `**Score: ${report.score} / 100**`, "");
  if (report.review) {
    const reason = report.review.reason ? `: ${inlineText(report.review.reason)}` : "";
    out.push(`**Mentor's adjusted score: ${report.review.score} / 100**${reason}`, "");
  }
  out.push(
    `- Prompt: ${inlineText(report.prompt.title)} (\`${report.prompt.slug}\`)`,
    `- Started: ${utcStamp(report.startedAt)}`,
    report.status === "expired"
      ? `- Ended: ${utcStamp(report.endedAt)}, time ran out and the last saved drawing was graded`
      : `- Submitted: ${utcStamp(report.endedAt)}`,
    `- Time used: ${formatDuration(report.usedMs)} of ${formatDuration(report.prompt.durationMinutes * 60_000)}`,
    `- Grading engine: ${report.engineVersion ?? "unknown"}`,
    `- Findings: ${summary.fail} failed, ${summary.pass} passed, ${summary.notApplicable} not applicable`,
    "",
  );
  if (report.elementCount === 0) out.push("> The drawing was empty when it was graded.", "");

  out.push("## Findings", "");
  if (report.findings.length === 0) out.push("No findings were recorded for this interview.", "");
  for (const finding of report.findings) out.push(...findingBlock(finding));

  out.push("## Recognised components", "");
  const recognised = report.components.filter((component) => component.kind !== "unknown");
  if (recognised.length === 0) out.push("None.", "");
  else {
    const zones = new Map(report.zones.map((zone) => [zone.id, zone.label]));
    const byHand = new Set(report.handTagged);
    out.push("| Kind | Label | Role | Instances | Zone |", "| --- | --- | --- | --- | --- |");
    for (const component of recognised) {
      const zone = component.zone ? (zones.get(component.zone) ?? component.zone) : null;
      const kind = `${kindTitle(component.kind)}${byHand.has(component.id) ? " (tagged by hand)" : ""}`;
      out.push(
        `| ${kind} | ${inlineText(component.label) || "(no label)"} | ${component.role ?? ""} | ${component.replicas} | ${zone ? inlineText(zone) : ""} |`,
      );
    }
    out.push("");
  }

  out.push("## Not recognised", "");
  if (report.unrecognised.length === 0) out.push("Every labelled shape was recognised.", "");
  else {
    out.push("These labels did not match any component kind, so no rule could use them:", "");
    for (const item of report.unrecognised)
      out.push(`- ${item.label ? inlineText(item.label) : "(a shape with no label)"}`);
    out.push("");
  }

  out.push("## Notes", "");
  // The candidate's own text, kept as they wrote it (it may well be Markdown already).
  out.push(report.notes.trim() ? report.notes.trim() : "No notes.", "");
  return out.join("\n");
}

/** "scaleboard-warm-up-cache-2026-03-04.md" */
export function markdownFileName(report: ReportData): string {
  return `scaleboard-${report.prompt.slug}-${report.endedAt.slice(0, 10)}.md`;
}
