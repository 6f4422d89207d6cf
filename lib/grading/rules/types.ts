// The shape of a rule, after ESLint's rule modules: the words a person reads about it (its
// meta) and a pure check over the architecture graph that answers with one of its own message
// ids. defineRule ties the two together, so a message id the meta does not define fails the
// type check.
import type { RuleId } from "../contract";
import type { ArchitectureGraph } from "../graph/model";
import type { MessageData } from "../messages";
import type { RuleStatus, Severity } from "../types";

export interface RuleMeta<MessageId extends string = string> {
  id: RuleId;
  /** What the rule checks, as a heading: the same on the prompt page, the report and the history. */
  title: string;
  /** One line on what it takes to pass. */
  summary: string;
  /** The point of the scaling checklist (the landing page's eight points) the rule comes from. */
  checklist: string;
  severity: Severity;
  /** Why it matters. */
  rationale: string;
  /** What to draw to pass. */
  remediation: string;
  /** English message templates by id, in ICU MessageFormat (see ../messages.ts). */
  messages: Record<MessageId, string>;
}

export interface RuleOutcome<MessageId extends string = string> {
  status: RuleStatus;
  messageId: MessageId;
  data?: MessageData;
  /** Elements that prove a pass, or that must change for a fail. */
  elementIds: string[];
}

export interface Rule<MessageId extends string = string> {
  meta: RuleMeta<MessageId>;
  check(graph: ArchitectureGraph): RuleOutcome<MessageId>;
}

/** A rule whose check may only answer with the message ids its meta defines. */
export function defineRule<const MessageId extends string>(rule: {
  meta: RuleMeta<MessageId>;
  check(graph: ArchitectureGraph): RuleOutcome<NoInfer<MessageId>>;
}): Rule<MessageId> {
  return rule;
}

/** The message ids of a rule. */
export type MessageIdOf<R> = R extends Rule<infer MessageId> ? MessageId : never;
