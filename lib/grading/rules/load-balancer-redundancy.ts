import { idsOf, linkIds, mentions, totalReplicas, unique } from "./helpers";
import { defineRule } from "./types";

export const loadBalancerRedundancy = defineRule({
  meta: {
    id: "load-balancer-redundancy",
    title: "No single load balancer",
    summary:
      "Two or more load balancers, one annotated HA, active-passive or cluster, or DNS spreading traffic over two or more entry nodes.",
    checklist: "2. Build redundancy at every tier, the load balancer included",
    severity: "major",
    rationale:
      "A single load balancer is the one box every request crosses: when it dies the whole service is down, however many servers stand behind it. An active/passive pair, a cluster, or DNS spreading traffic over several entry nodes removes that point of failure.",
    remediation:
      "Draw a second load balancer (active/passive), annotate it HA or cluster, or let DNS spread traffic over two or more entry nodes.",
    messages: {
      pass: "{count} load balancers ({lbs}).",
      annotated: "{lb} is annotated as {count} instances.",
      dnsSpread: "{dns} spreads traffic over {entry}.",
      notApplicable: "There is no load balancer and no web tier, so there is nothing to balance.",
      single: "{lb} is the only load balancer: if it fails, everything behind it is unreachable.",
      noLoadBalancer:
        "Nothing spreads traffic over the entry tier: {entry} {entryCount, plural, one {is} other {are}} reached directly. Add two load balancers or DNS over several entry nodes.",
    },
  },
  check(graph) {
    const lbs = graph.ofKind("load_balancer");
    const web = graph.ofKind("web_server", "api_gateway");
    if (lbs.length === 0 && web.length === 0)
      return { status: "not_applicable", messageId: "notApplicable", elementIds: [] };
    if (totalReplicas(lbs) >= 2) {
      return lbs.length >= 2
        ? { status: "pass", messageId: "pass", data: { count: lbs.length, lbs: mentions(lbs) }, elementIds: idsOf(lbs) }
        : {
            status: "pass",
            messageId: "annotated",
            data: { lb: mentions(lbs), count: lbs[0]!.replicas },
            elementIds: idsOf(lbs),
          };
    }
    for (const dns of graph.ofKind("dns")) {
      const entry = graph
        .neighbours(dns.id)
        .filter((n) => ["load_balancer", "api_gateway", "web_server"].includes(n.kind));
      if (totalReplicas(entry) >= 2) {
        return {
          status: "pass",
          messageId: "dnsSpread",
          data: { dns: mentions([dns]), entry: mentions(entry) },
          elementIds: unique([...idsOf([dns], entry), ...linkIds(graph, dns, entry)]),
        };
      }
    }
    if (lbs.length) return { status: "fail", messageId: "single", data: { lb: mentions(lbs) }, elementIds: idsOf(lbs) };
    return {
      status: "fail",
      messageId: "noLoadBalancer",
      data: { entry: mentions(web) },
      elementIds: idsOf(web),
    };
  },
});
