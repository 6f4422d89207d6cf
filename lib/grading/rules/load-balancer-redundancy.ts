import { idsOf, isAre, linkIds, names, totalReplicas, unique } from "./helpers";
import type { Rule, RuleOutcome } from "./types";

export const loadBalancerRedundancy: Rule = {
  meta: {
    id: "load-balancer-redundancy",
    title: "No single load balancer",
    checklist: "2. Build redundancy at every tier (seed 000: the single load balancer died)",
    severity: "major",
    rationale:
      "A single load balancer is the one box every request crosses: when it dies the whole service is down, however many servers stand behind it. An active/passive pair, a cluster, or DNS spreading traffic over several entry nodes removes that point of failure.",
    remediation:
      "Draw a second load balancer (active/passive), annotate it HA or cluster, or let DNS spread traffic over two or more entry nodes.",
    messages: {
      pass: "{{how}}.",
      notApplicable: "There is no load balancer and no web tier, so there is nothing to balance.",
      single: "{{lb}} is the only load balancer: if it fails, everything behind it is unreachable.",
      noLoadBalancer:
        "Nothing spreads traffic over the entry tier: {{entry}} {{is}} reached directly. Add two load balancers or DNS over several entry nodes.",
    },
  },
  check(graph): RuleOutcome {
    const lbs = graph.ofKind("load_balancer");
    const web = graph.ofKind("web_server", "api_gateway");
    if (lbs.length === 0 && web.length === 0)
      return { status: "not_applicable", messageId: "notApplicable", elementIds: [] };
    if (totalReplicas(lbs) >= 2) {
      const how =
        lbs.length >= 2
          ? `${lbs.length} load balancers (${names(lbs)})`
          : `${names(lbs)} is annotated as ${lbs[0]!.replicas} instances`;
      return { status: "pass", messageId: "pass", data: { how }, elementIds: idsOf(lbs) };
    }
    for (const dns of graph.ofKind("dns")) {
      const entry = graph
        .neighbours(dns.id)
        .filter((n) => ["load_balancer", "api_gateway", "web_server"].includes(n.kind));
      if (totalReplicas(entry) >= 2) {
        return {
          status: "pass",
          messageId: "pass",
          data: { how: `${names([dns])} spreads traffic over ${names(entry)}` },
          elementIds: unique([...idsOf([dns], entry), ...linkIds(graph, dns, entry)]),
        };
      }
    }
    if (lbs.length) return { status: "fail", messageId: "single", data: { lb: names(lbs) }, elementIds: idsOf(lbs) };
    return {
      status: "fail",
      messageId: "noLoadBalancer",
      data: { entry: names(web), is: isAre(web) },
      elementIds: idsOf(web),
    };
  },
};
