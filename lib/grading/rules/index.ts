// The rule registry: every rule of docs/grading.md §3, keyed by its public id.
import type { RuleId } from "../contract";
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
import type { Rule, RuleMeta } from "./types";

export const RULES: Record<RuleId, Rule> = {
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
};

/** Metadata of every rule, for UIs that list rules with their titles and remediation. */
export const RULE_META: Record<RuleId, RuleMeta> = Object.fromEntries(
  Object.entries(RULES).map(([id, rule]) => [id, rule.meta]),
) as Record<RuleId, RuleMeta>;

export type { Rule, RuleMeta, RuleOutcome } from "./types";
