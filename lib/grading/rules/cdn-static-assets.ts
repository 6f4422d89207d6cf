import { idsOf, linkIds, mentions, unique } from "./helpers";
import { defineRule } from "./types";

export const cdnStaticAssets = defineRule({
  meta: {
    id: "cdn-static-assets",
    title: "Static assets served from a CDN",
    summary: "Clients reach a CDN, directly or through DNS.",
    checklist: "5. Host static assets in a CDN",
    severity: "minor",
    rationale:
      "Images, scripts and stylesheets are the bulk of the bytes users download. A CDN serves them from the edge near each user, which is faster for them and takes that load off the web tier.",
    remediation: "Add a CDN (CloudFront, Cloudflare, Akamai…) and connect the clients to it, directly or through DNS.",
    messages: {
      pass: "{clients} {clientsCount, plural, one {fetches} other {fetch}} static assets from {cdn}.",
      noCdn: "There is no CDN: static assets come from the web servers, far from most users.",
      notConnected:
        "{cdns} {cdnsCount, plural, one {is} other {are}} not connected to the clients (directly or through DNS).",
    },
  },
  check(graph) {
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
          data: { clients: mentions(direct), cdn: mentions([cdn]) },
          elementIds: unique([...idsOf([cdn], direct), ...linkIds(graph, cdn, direct)]),
        };
      }
      for (const dns of graph.neighbours(cdn.id).filter((n) => n.kind === "dns")) {
        const clients = clientsBehind(dns);
        if (clients.length) {
          return {
            status: "pass",
            messageId: "pass",
            data: { clients: mentions(clients), cdn: mentions([cdn]) },
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
      data: { cdns: mentions(cdns) },
      elementIds: idsOf(cdns),
    };
  },
});
