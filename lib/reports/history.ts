// Statistics over a candidate's past interviews: the score over time, how often each rule
// passed, and which rules to practise next. Pure functions over plain data.
import { RULE_IDS } from "@/lib/grading/contract";
import type { RuleStatus } from "@/lib/grading/types";
import { ruleInfo, rubricWeights, type RuleMetaLookup } from "./findings";
import { RULE_META } from "@/lib/grading/rules";

import type { InterviewStatus, ReviewStatus } from "@/lib/interviews/status";

export interface HistoryEntry {
  id: string;
  promptSlug: string;
  promptTitle: string;
  status: InterviewStatus;
  startedAt: string;
  /** When it was submitted or ran out; null while still in progress. */
  endedAt: string | null;
  /** The engine's score; null until graded. */
  score: number | null;
  /** A finished mentor review's score, when it set one. */
  adjustedScore: number | null;
  review: ReviewStatus | null;
  findings: { ruleId: string; status: RuleStatus }[];
}

export interface ScorePoint {
  id: string;
  at: string;
  /** The score that counts: the mentor's when a finished review adjusted it, else the engine's. */
  score: number;
  engineScore: number;
  adjusted: boolean;
  promptTitle: string;
}

/** Graded interviews, oldest first: the line of the score-over-time chart. */
export function scoreSeries(entries: readonly HistoryEntry[]): ScorePoint[] {
  return entries
    .filter(
      (entry): entry is HistoryEntry & { endedAt: string; score: number } =>
        entry.endedAt !== null && entry.score !== null,
    )
    .map((entry) => ({
      id: entry.id,
      at: entry.endedAt,
      score: entry.adjustedScore ?? entry.score,
      engineScore: entry.score,
      adjusted: entry.adjustedScore !== null,
      promptTitle: entry.promptTitle,
    }))
    .sort((a, b) => a.at.localeCompare(b.at) || a.id.localeCompare(b.id));
}

export interface ScoreSummary {
  count: number;
  average: number;
  best: number;
  latest: number;
  /** Latest minus the first graded score; 0 with a single interview. */
  change: number;
}

export function scoreSummary(series: readonly ScorePoint[]): ScoreSummary | null {
  const first = series[0];
  const last = series[series.length - 1];
  if (!first || !last) return null;
  const scores = series.map((point) => point.score);
  return {
    count: series.length,
    average: Math.round(scores.reduce((sum, score) => sum + score, 0) / scores.length),
    best: Math.max(...scores),
    latest: last.score,
    change: last.score - first.score,
  };
}

export interface RulePassRate {
  ruleId: string;
  title: string;
  checklist: string;
  remediation: string;
  passed: number;
  failed: number;
  notApplicable: number;
  /** passed + failed: the interviews where the rule could be judged. */
  judged: number;
  /** passed ÷ judged; null when the rule never applied. */
  rate: number | null;
  /** The status in the most recent graded interview that used the rule. */
  lastStatus: RuleStatus;
}

const RULE_ORDER = new Map<string, number>(RULE_IDS.map((id, index) => [id, index]));

/** For every rule used in any graded interview: how often it passed. Registry order. */
export function rulePassRates(entries: readonly HistoryEntry[], meta: RuleMetaLookup = RULE_META): RulePassRate[] {
  const byRule = new Map<string, RulePassRate>();
  // Oldest first, so the last write of lastStatus is the most recent interview's.
  const graded = entries
    .filter((entry) => entry.endedAt !== null && entry.score !== null)
    .sort((a, b) => (a.endedAt ?? "").localeCompare(b.endedAt ?? ""));
  for (const entry of graded) {
    for (const finding of entry.findings) {
      let rate = byRule.get(finding.ruleId);
      if (!rate) {
        const info = ruleInfo(finding.ruleId, meta);
        rate = {
          ruleId: finding.ruleId,
          title: info.title,
          checklist: info.checklist,
          remediation: info.remediation,
          passed: 0,
          failed: 0,
          notApplicable: 0,
          judged: 0,
          rate: null,
          lastStatus: finding.status,
        };
        byRule.set(finding.ruleId, rate);
      }
      if (finding.status === "pass") rate.passed += 1;
      else if (finding.status === "fail") rate.failed += 1;
      else rate.notApplicable += 1;
      rate.lastStatus = finding.status;
    }
  }
  const rates = [...byRule.values()].map((rate) => {
    const judged = rate.passed + rate.failed;
    return { ...rate, judged, rate: judged > 0 ? rate.passed / judged : null };
  });
  const order = (id: string) => RULE_ORDER.get(id) ?? Number.MAX_SAFE_INTEGER;
  return rates.sort((a, b) => order(a.ruleId) - order(b.ruleId) || a.ruleId.localeCompare(b.ruleId));
}

export interface PracticePrompt {
  slug: string;
  title: string;
  durationMinutes: number;
  rubric: unknown;
}

export interface PracticeSuggestion extends RulePassRate {
  rate: number;
  /** A prompt whose rubric weighs this rule the most, to practise it on. */
  prompt: { slug: string; title: string } | null;
}

/** The prompt where the rule carries the largest share of the rubric's weight (then the shortest). */
export function promptForRule(
  ruleId: string,
  prompts: readonly PracticePrompt[],
): { slug: string; title: string } | null {
  let best: { prompt: PracticePrompt; share: number } | null = null;
  for (const prompt of prompts) {
    const weights = rubricWeights(prompt.rubric);
    const weight = weights.get(ruleId);
    if (!weight) continue;
    const total = [...weights.values()].reduce((sum, w) => sum + w, 0);
    const share = weight / total;
    if (!best || share > best.share || (share === best.share && prompt.durationMinutes < best.prompt.durationMinutes))
      best = { prompt, share };
  }
  return best ? { slug: best.prompt.slug, title: best.prompt.title } : null;
}

/**
 * The weakest rules: lowest pass rate among rules that failed at least once, then the most
 * failures, then the ones failed most recently. Rules the candidate always passes are left out.
 */
export function practiseNext(
  rates: readonly RulePassRate[],
  prompts: readonly PracticePrompt[] = [],
  limit = 3,
): PracticeSuggestion[] {
  return rates
    .filter((rate): rate is RulePassRate & { rate: number } => rate.rate !== null && rate.failed > 0)
    .sort(
      (a, b) =>
        a.rate - b.rate || b.failed - a.failed || Number(b.lastStatus === "fail") - Number(a.lastStatus === "fail"),
    )
    .slice(0, limit)
    .map((rate) => ({ ...rate, prompt: promptForRule(rate.ruleId, prompts) }));
}
