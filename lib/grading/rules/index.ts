// The rule registry: every rule of docs/grading.md §3, keyed by its public id.
import type { RuleId } from "../contract";
import { ENGLISH, formatMessage, type MessageLocale } from "../messages";
import { cacheLayer } from "./cache-layer";
import { cdnStaticAssets } from "./cdn-static-assets";
import { dataSharding } from "./data-sharding";
import { databaseReplication } from "./database-replication";
import { dnsEntry } from "./dns-entry";
import { loadBalancerRedundancy } from "./load-balancer-redundancy";
import { messageQueueDecoupling } from "./message-queue-decoupling";
import { monitoringAutomation } from "./monitoring-automation";
import { multiDataCenter } from "./multi-data-center";
import { noSinglePointOfFailure } from "./no-single-point-of-failure";
import { redundantWebTier } from "./redundant-web-tier";
import { statelessWebTier } from "./stateless-web-tier";
import type { MessageIdOf, Rule, RuleMeta, RuleOutcome } from "./types";

/** Every rule by id; each keeps its own message ids (MessageIdOf<(typeof RULES)[id]>). */
export const RULES = {
  "dns-entry": dnsEntry,
  "stateless-web-tier": statelessWebTier,
  "redundant-web-tier": redundantWebTier,
  "load-balancer-redundancy": loadBalancerRedundancy,
  "database-replication": databaseReplication,
  "cache-layer": cacheLayer,
  "multi-data-center": multiDataCenter,
  "cdn-static-assets": cdnStaticAssets,
  "data-sharding": dataSharding,
  "message-queue-decoupling": messageQueueDecoupling,
  "monitoring-automation": monitoringAutomation,
  "no-single-point-of-failure": noSinglePointOfFailure,
} satisfies Record<RuleId, Rule>;

/** The message ids of a rule, by its id: what a test case or a translation must name. */
export type RuleMessageId<Id extends RuleId> = MessageIdOf<(typeof RULES)[Id]>;

/** A rule through the registry's common shape: what the engine runs. */
export function ruleById(id: RuleId): Rule {
  return RULES[id];
}

/**
 * The words of a rule's outcome (in English, or in the templates and locale of another
 * language, lib/grading/locales). An id the rule's meta does not define cannot pass the type
 * check; should one come through anyway it is a bug, thrown rather than shown as a bare id.
 */
export function outcomeMessage(
  rule: Rule,
  outcome: RuleOutcome,
  locale: MessageLocale = ENGLISH,
  templates: Record<string, string> = rule.meta.messages,
): string {
  const template = (templates as Partial<Record<string, string>>)[outcome.messageId];
  if (template === undefined)
    throw new Error(
      `Rule "${rule.meta.id}" answered with message "${outcome.messageId}", which its meta does not define.`,
    );
  return formatMessage(template, outcome.data, locale);
}

/** The words of every rule (title, summary, checklist point, rationale, remediation, messages). */
export const RULE_META: Record<RuleId, RuleMeta> = Object.fromEntries(
  Object.entries(RULES).map(([id, rule]) => [id, rule.meta]),
) as Record<RuleId, RuleMeta>;

export type { MessageIdOf, Rule, RuleMeta, RuleOutcome } from "./types";
