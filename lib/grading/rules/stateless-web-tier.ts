import { factsOfText } from "../classify/classify";
import type { Component } from "../graph/model";
import { idsOf, linkIds, mentions, unique, WEB_TIER } from "./helpers";
import { defineRule } from "./types";

export const statelessWebTier = defineRule({
  meta: {
    id: "stateless-web-tier",
    title: "Stateless web tier with a shared session store",
    summary: "The web tier keeps sessions in a shared session store, with no sticky sessions.",
    checklist: "1. Keep the web tier stateless",
    severity: "major",
    rationale:
      "When sessions live inside one web server, users are logged out whenever the load balancer sends them elsewhere or that server dies. Moving state to a shared store lets any server answer any request and lets the tier scale out freely; sticky sessions only hide the problem.",
    remediation:
      "Add a session store (e.g. Redis or a session DB) connected to every web server, and drop sticky sessions from the load balancer.",
    messages: {
      pass: "{web} {webCount, plural, one {keeps} other {keep}} session state in {stores}.",
      noWebTier: "There is no web tier (web server or API gateway) to judge.",
      sticky:
        "{sticky} {stickyCount, plural, one {is} other {are}} set up with sticky sessions: keep state in a shared session store instead.",
      noSessionStore: "The web tier has no shared session store: sessions would live on each server.",
      notConnected: "{stores} {storesCount, plural, one {is} other {are}} not connected to the web tier.",
      notShared:
        "{missing} {missingCount, plural, one {is} other {are}} not connected to the session store the other servers behind {lb} use: a user sent there loses the session.",
    },
  },
  check(graph) {
    const web = graph.ofKind(...WEB_TIER);
    if (web.length === 0) return { status: "fail", messageId: "noWebTier", elementIds: [] };
    const tier = graph.ofKind("load_balancer", ...WEB_TIER);
    const sticky = tier.filter((c) => c.facts.sticky);
    if (sticky.length)
      return {
        status: "fail",
        messageId: "sticky",
        data: { sticky: mentions(sticky) },
        elementIds: idsOf(sticky),
      };
    // "sticky session" written on a link of the load balancer or web tier says the same.
    const inTier = new Set(tier.map((c) => c.id));
    const stickyLinks = graph.connections.filter(
      (l) => l.label && (inTier.has(l.from) || inTier.has(l.to)) && factsOfText(l.label).sticky,
    );
    if (stickyLinks.length) {
      const ends = unique(stickyLinks.flatMap((l) => [l.from, l.to]).filter((id) => inTier.has(id))).map((id) =>
        graph.component(id)!,
      );
      return {
        status: "fail",
        messageId: "sticky",
        data: { sticky: mentions(ends) },
        elementIds: unique([...idsOf(ends), ...stickyLinks.flatMap((l) => l.elementIds)]),
      };
    }
    const stores = graph.ofKind("session_store");
    if (stores.length === 0) return { status: "fail", messageId: "noSessionStore", elementIds: idsOf(web) };
    const storesOf = (w: Component) => graph.neighbours(w.id).filter((n) => n.kind === "session_store");
    const linked = web.filter((w) => storesOf(w).length > 0);
    if (linked.length === 0) {
      return {
        status: "fail",
        messageId: "notConnected",
        data: { stores: mentions(stores) },
        elementIds: idsOf(stores, web),
      };
    }
    // Shared means every server behind the same load balancer reaches the store.
    for (const lb of graph.ofKind("load_balancer")) {
      const peers = graph.neighbours(lb.id).filter((n) => WEB_TIER.includes(n.kind));
      const missing = peers.filter((p) => storesOf(p).length === 0);
      if (missing.length && missing.length < peers.length) {
        return {
          status: "fail",
          messageId: "notShared",
          data: { missing: mentions(missing), lb: mentions([lb]) },
          elementIds: idsOf(missing),
        };
      }
    }
    const used = unique(linked.flatMap((w) => storesOf(w).map((s) => s.id))).map((id) => graph.component(id)!);
    return {
      status: "pass",
      messageId: "pass",
      data: { web: mentions(linked), stores: mentions(used) },
      elementIds: unique([...idsOf(linked, used), ...linked.flatMap((w) => linkIds(graph, w, storesOf(w)))]),
    };
  },
});
