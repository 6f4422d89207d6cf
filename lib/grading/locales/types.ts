import type { RuleId } from "../contract";
import type { RuleMessageId } from "../rules";
import type { RuleMeta } from "../rules/types";

/** What a language says about one rule: the words of its meta, with every message. */
export type RuleWords<MessageId extends string = string> = Pick<
  RuleMeta<MessageId>,
  "title" | "summary" | "checklist" | "rationale" | "remediation" | "messages"
>;

/** A language's words for every rule, keyed so that a missing rule or message fails the type check. */
export type RuleCatalogue = { [Id in RuleId]: RuleWords<RuleMessageId<Id>> };
