/**
 * Kinds for the labels the engine did not recognise ("Kakfa" -> message queue?), suggested by
 * the model while the interview runs. The request carries those labels (text and element id)
 * and the engine's kinds, nothing else of the drawing. What comes back is only a suggestion:
 * the candidate accepts one in the grader view, which tags the element as the palette does
 * (lib/interviews/client/tag-element.ts), and the engine then grades the tagged drawing as
 * always. No path leads from the model's answer to a grade.
 */
import { zodResponseFormat } from "openai/helpers/zod";
import type { OpenAIConfig } from "@/lib/config/env";
import type { Database } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { TAG_KINDS, type TagKind } from "@/lib/interviews/client/tag-element";
import { readParsedAnswer } from "./answer";
import { loadCoachContext } from "./context";
import { assertWithinBudget, callModel, modelFailure, requireModel } from "./model";
import { LABELS_INSTRUCTIONS } from "./prompts";
import {
  labelSuggestionItemSchema,
  labelSuggestionsAnswerSchema,
  labelSuggestionsReadSchema,
  type LabelSuggestionsBody,
} from "./schemas";

export interface KindSuggestion {
  elementId: string;
  kind: TagKind;
  /** The model's own 0–1 estimate, when it gave one. */
  confidence: number | null;
}

export interface PreparedLabels {
  config: OpenAIConfig;
  userId: string;
  interviewId: string;
  labels: LabelSuggestionsBody["labels"];
}

/** Every check before a call (owner, still running, model, budget); the labels once per element. */
export async function prepareLabelSuggestions(
  db: Database,
  userId: string,
  interviewId: string,
  body: LabelSuggestionsBody,
  configured: OpenAIConfig | undefined,
): Promise<PreparedLabels> {
  const config = requireModel(configured);
  const interview = await loadCoachContext(db, userId, interviewId);
  if (interview.status !== "in_progress") {
    throw new AppError("already_submitted", "This interview is over: its drawing can no longer be tagged.");
  }
  await assertWithinBudget(db, userId, config);
  const labels = [...new Map(body.labels.map((label) => [label.elementId, label])).values()];
  return { config, userId, interviewId, labels };
}

/** What the model is sent: the labels and the kinds, exactly (a test reads it back). */
export function labelsMessage(labels: PreparedLabels["labels"]): string {
  return JSON.stringify({ labels: labels.map(({ elementId, text }) => ({ elementId, text })), kinds: TAG_KINDS });
}

/**
 * Keeps the suggestions that name a label that was sent and a kind the engine knows, one per
 * label (the first); anything else a model may answer is dropped.
 */
export function groundSuggestions(answer: readonly unknown[], labels: PreparedLabels["labels"]): KindSuggestion[] {
  const sent = new Set(labels.map((label) => label.elementId));
  const kinds = new Set<string>(TAG_KINDS);
  const kept = new Map<string, KindSuggestion>();
  for (const item of answer) {
    const parsed = labelSuggestionItemSchema.safeParse(item);
    if (!parsed.success) continue;
    const { elementId, kind, confidence } = parsed.data;
    if (!sent.has(elementId) || !kinds.has(kind) || kept.has(elementId)) continue;
    kept.set(elementId, {
      elementId,
      kind: kind as TagKind,
      confidence: typeof confidence === "number" && confidence >= 0 && confidence <= 1 ? confidence : null,
    });
  }
  return [...kept.values()];
}

/** Asks the model (one call, counted against the budget) and returns the grounded suggestions. */
export async function suggestKinds(db: Database, prepared: PreparedLabels): Promise<KindSuggestion[]> {
  const result = await callModel(db, {
    config: prepared.config,
    userId: prepared.userId,
    interviewId: prepared.interviewId,
    purpose: "labels",
    messages: [
      { role: "system", content: LABELS_INSTRUCTIONS },
      { role: "user", content: labelsMessage(prepared.labels) },
    ],
    responseFormat: zodResponseFormat(labelSuggestionsAnswerSchema, "label_suggestions"),
  });
  try {
    return groundSuggestions(readParsedAnswer(result.content, labelSuggestionsReadSchema).suggestions, prepared.labels);
  } catch (error) {
    // The call itself was recorded; an answer that cannot be read is a failure to retry.
    throw modelFailure(error);
  }
}
