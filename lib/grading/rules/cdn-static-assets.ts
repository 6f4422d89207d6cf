import { idsOf, isAre, linkIds, names, unique } from "./helpers";
import type { Rule, RuleOutcome } from "./types";

export const cdnStaticAssets: Rule = {
  meta: {
    id: "cdn-static-assets",
    title: "Static assets served from a CDN",
    checklist: "5. Host static assets in a CDN",
    severity: "minor",
    rationale:
      "Images, scripts and stylesheets are the bulk of the bytes users download. A CDN serves them from the edge near each user, which is faster for them and takes that load off the web tier.",
    remediation: "Add a CDN (CloudFront, Cloudflare, Akamai…) and connect the clients to it, directly or through DNS.",
    messages: {
      pass: "{{clients}} {{fetch}} static assets from {{cdn}}.",
      noCdn: "There is no CDN: static assets come from the web servers, far from most users.",
      notConnected: "{{cdns}} {{is}} not connected to the clients (directly or through DNS).",
    },
  },
  check(graph): RuleOutcome {
    const cdns = graph.ofKind("cdn");
    if (cdns.length === 0) return { status: "fail", messageId: "noCdn", elementIds: [] };
    const clientsOf = new Map<string, ReturnType<typeof graph.neighbours>>();
    const clientsBehind = (dns: { id: string }) => {
      let found = clientsOf.get(dns.id);
      if (!found) clientsOf.set(dns.id, (found = graph.neighbours(dns.id).filter((n) => n.kind === "client")));
      return found;
    };
    for (const cdn of cdns) {
      const direct = graph.neighbours(cdn.id).filter((n) => n.kind === "client");
      if (direct.length) {
        return {
          status: "pass",
          messageId: "pass",
          data: { clients: names(direct), cdn: names([cdn]), fetch: direct.length === 1 ? "fetches" : "fetch" },
          elementIds: unique([...idsOf([cdn], direct), ...linkIds(graph, cdn, direct)]),
        };
      }
      for (const dns of graph.neighbours(cdn.id).filter((n) => n.kind === "dns")) {
        const clients = clientsBehind(dns);
        if (clients.length) {
          return {
            status: "pass",
            messageId: "pass",
            data: { clients: names(clients), cdn: names([cdn]), fetch: clients.length === 1 ? "fetches" : "fetch" },
            elementIds: unique([
              ...idsOf([cdn, dns], clients),
              ...linkIds(graph, cdn, [dns]),
              ...linkIds(graph, dns, clients),
            ]),
          };
        }
      }
    }
    return {
      status: "fail",
      messageId: "notConnected",
      data: { cdns: names(cdns), is: isAre(cdns) },
      elementIds: idsOf(cdns),
    };
  },
};
