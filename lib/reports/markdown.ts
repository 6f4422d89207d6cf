// The report as a Markdown file a candidate can keep, paste into notes or share with a
// mentor: score, prompt, every finding with status, message and remediation, what the grader
// recognised, what it did not, and the candidate's own notes. Written in the report's language
// (its words from the "report" catalogue, the engine's from lib/grading/locales).
import { kindTitleIn } from "@/lib/grading/locales";
import type { Locale } from "@/lib/i18n/locales";
import type { ReportData, ReportFinding } from "./types";
import { durationText, reportTranslator, type ReportTranslator } from "./words";

/** Text a person typed, made safe for one line of Markdown (no accidental links, tables, HTML). */
export function inlineText(text: string): string {
  return text
    .replace(/\s+/g, " ")
    .trim()
    .replace(/[\\`*_[\]{}<>|#!~]/g, (char) => `\\${char}`);
}

/** "2026-03-04 12:03 UTC": unambiguous whatever the reader's time zone or language. */
export function utcStamp(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}

function findingBlock(t: ReportTranslator, finding: ReportFinding): string[] {
  const facts = [
    t(`severity.${finding.severity}`),
    finding.weight === null ? null : t("markdown.weight", { weight: finding.weight }),
  ]
    .filter(Boolean)
    .join(", ");
  const lines = [`### ${t(`markdown.status.${finding.status}`)}: ${finding.title} (\`${finding.ruleId}\`)`, ""];
  if (finding.checklist) lines.push(t("markdown.checklist", { checklist: finding.checklist, facts }), "");
  else lines.push(facts, "");
  lines.push(`- **${t("markdown.result")}:** ${finding.message || t("markdown.noMessage")}`);
  if (finding.rationale) lines.push(`- **${t("whyItMatters")}:** ${finding.rationale}`);
  if (finding.remediation)
    lines.push(`- **${finding.status === "fail" ? t("howToFix") : t("whatItTakes")}:** ${finding.remediation}`);
  lines.push("");
  return lines;
}

export function reportMarkdown(report: ReportData, locale: Locale = "en"): string {
  const t = reportTranslator(locale);
  const { summary } = report;
  const out: string[] = [`# ${t("markdown.title", { prompt: inlineText(report.prompt.title) })}`, ""];

  out.push(
    report.score === null ? `**${t("markdown.notGraded")}**` : `**${t("markdown.score", { score: report.score })}**`,
    "",
  );
  if (report.review) {
    const reason = report.review.reason ? `: ${inlineText(report.review.reason)}` : "";
    out.push(`**${t("markdown.mentorScore", { score: report.review.score })}**${reason}`, "");
  }
  const used = durationText(t, report.usedMs);
  const limit = durationText(t, report.prompt.durationMinutes * 60_000);
  out.push(
    `- ${t("markdown.prompt", { title: inlineText(report.prompt.title), slug: report.prompt.slug })}`,
    `- ${t("markdown.started", { time: utcStamp(report.startedAt) })}`,
    report.status === "expired"
      ? `- ${t("markdown.ended", { time: utcStamp(report.endedAt) })}`
      : `- ${t("markdown.submitted", { time: utcStamp(report.endedAt) })}`,
    `- ${t("markdown.timeUsed", { used, limit })}`,
    `- ${t("markdown.engine", { version: report.engineVersion ?? t("unknownVersion") })}`,
    `- ${t("markdown.findingCounts", { fail: summary.fail, pass: summary.pass, notApplicable: summary.notApplicable })}`,
    "",
  );
  if (report.elementCount === 0) out.push(`> ${t("markdown.emptyDrawing")}`, "");

  out.push(`## ${t("findings.title")}`, "");
  if (report.findings.length === 0) out.push(t("markdown.noFindings"), "");
  for (const finding of report.findings) out.push(...findingBlock(t, finding));

  out.push(`## ${t("components.recognisedTitle")}`, "");
  const recognised = report.components.filter((component) => component.kind !== "unknown");
  if (recognised.length === 0) out.push(t("markdown.none"), "");
  else {
    const zones = new Map(report.zones.map((zone) => [zone.id, zone.label]));
    const byHand = new Set(report.handTagged);
    const columns = ["kind", "label", "role", "instances", "zone"] as const;
    out.push(
      `| ${columns.map((column) => t(`markdown.columns.${column}`)).join(" | ")} |`,
      `| ${columns.map(() => "---").join(" | ")} |`,
    );
    for (const component of recognised) {
      const zone = component.zone ? (zones.get(component.zone) ?? component.zone) : null;
      const kind = `${kindTitleIn(component.kind, locale)}${byHand.has(component.id) ? ` (${t("components.taggedByHand")})` : ""}`;
      const role = component.role ? t(`roles.${component.role}`) : "";
      out.push(
        `| ${kind} | ${inlineText(component.label) || t("markdown.noLabel")} | ${role} | ${component.replicas} | ${zone ? inlineText(zone) : ""} |`,
      );
    }
    out.push("");
  }

  out.push(`## ${t("components.unrecognisedTitle")}`, "");
  if (report.unrecognised.length === 0) out.push(t("components.allRecognised"), "");
  else {
    out.push(t("markdown.unrecognisedIntro"), "");
    for (const item of report.unrecognised)
      out.push(`- ${item.label ? inlineText(item.label) : t("markdown.shapeWithoutLabel")}`);
    out.push("");
  }

  out.push(`## ${t("notes.markdownTitle")}`, "");
  // The candidate's own text, kept as they wrote it (it may well be Markdown already).
  out.push(report.notes.trim() ? report.notes.trim() : t("notes.markdownNone"), "");
  return out.join("\n");
}

/** "scaleboard-warm-up-cache-2026-03-04.md": the same name in every language. */
export function markdownFileName(report: ReportData): string {
  return `scaleboard-${report.prompt.slug}-${report.endedAt.slice(0, 10)}.md`;
}
