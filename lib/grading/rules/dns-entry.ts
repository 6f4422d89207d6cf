import { ENTRY_TIER, idsOf, isKind, linkIds, mentions, unique } from "./helpers";
import { defineRule } from "./types";

export const dnsEntry = defineRule({
  meta: {
    id: "dns-entry",
    title: "Users arrive through DNS",
    summary: "A DNS component is connected to the clients or to the entry tier.",
    checklist: "Where every design starts: users reach the service by its domain name",
    severity: "minor",
    rationale:
      "Every request starts with a DNS lookup. Drawing DNS in front of the entry tier shows where traffic enters and is the hook for DNS load balancing and geo-routing later.",
    remediation:
      "Add a DNS component (e.g. Route 53) and connect it to the clients or to the load balancer it resolves to.",
    messages: {
      pass: "{dns} resolves traffic for {targets}.",
      noDns: "There is no DNS: draw how users find the service (e.g. Route 53) in front of the entry tier.",
      notConnected:
        "{dns} {dnsCount, plural, one {is} other {are}} not connected to a client or to the entry tier (load balancer, gateway, web server or CDN).",
    },
  },
  check(graph) {
    const dns = graph.ofKind("dns");
    if (dns.length === 0) return { status: "fail", messageId: "noDns", elementIds: [] };
    for (const d of dns) {
      const targets = graph.neighbours(d.id).filter((n) => isKind(n, ["client", ...ENTRY_TIER]));
      if (targets.length) {
        return {
          status: "pass",
          messageId: "pass",
          data: { dns: mentions([d]), targets: mentions(targets) },
          elementIds: unique([...idsOf([d], targets), ...linkIds(graph, d, targets)]),
        };
      }
    }
    return {
      status: "fail",
      messageId: "notConnected",
      data: { dns: mentions(dns) },
      elementIds: idsOf(dns),
    };
  },
});
