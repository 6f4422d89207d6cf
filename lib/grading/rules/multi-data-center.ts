import type { Zone } from "../graph/model";
import { pushTo } from "../graph/multimap";
import { idsOf, mentions, WEB_TIER, zoneMentions } from "./helpers";
import { defineRule } from "./types";

export const multiDataCenter = defineRule({
  meta: {
    id: "multi-data-center",
    title: "Two or more data centers behind geo-routing",
    summary: "Two or more data centers hold web servers, with DNS or geo-routing in front of them.",
    checklist: "4. Support multiple data centers",
    severity: "minor",
    rationale:
      "One data center is one outage (power, network, region) away from downtime, and far from most users. Two or more, each with its own web tier and fronted by DNS or geo-routing, serve users nearby and take over when one fails.",
    remediation:
      "Draw two data centers (frames or boxes titled DC1/DC2, regions or AZs), each holding web servers, with DNS or a geo-routing node in front of both.",
    messages: {
      pass: "{dns} routes users to {zones}, each with its own web tier.",
      tooFew:
        "{count, plural, =0 {No data center holds} one {Only one data center holds} other {Only # data centers hold}} a web tier: draw at least two (frames or boxes titled DC1/DC2, regions, AZs).",
      notFronted: "{zones} are not fronted by DNS or geo-routing: nothing sends users to one or the other.",
    },
  },
  check(graph) {
    const holding = graph.zones.filter(
      (z) => z.kind === "data_center" && graph.inZone(z.id).some((c) => WEB_TIER.includes(c.kind)),
    );
    const zoneIds = (zones: Zone[]) => zones.flatMap((z) => z.elementIds);
    if (holding.length < 2) {
      const dcs = graph.zones.filter((z) => z.kind === "data_center");
      return {
        status: "fail",
        messageId: "tooFew",
        data: { count: holding.length },
        elementIds: zoneIds(dcs),
      };
    }
    // Users are sent to a data center's web tier through DNS when the two are linked, directly
    // or through other parts (the client that looked the name up): group by connected part.
    const part = graph.parts();
    const reachedIn = new Map<number, Zone[]>();
    for (const z of holding) {
      const parts = new Set(
        graph
          .inZone(z.id)
          .filter((c) => WEB_TIER.includes(c.kind))
          .map((c) => part.get(c.id)!),
      );
      for (const p of parts) pushTo(reachedIn, p, z);
    }
    for (const dns of graph.ofKind("dns")) {
      const reached = reachedIn.get(part.get(dns.id)!) ?? [];
      if (reached.length >= 2) {
        return {
          status: "pass",
          messageId: "pass",
          data: { dns: mentions([dns]), zones: zoneMentions(reached) },
          elementIds: [...dns.elementIds, ...zoneIds(reached)],
        };
      }
    }
    return {
      status: "fail",
      messageId: "notFronted",
      data: { zones: zoneMentions(holding) },
      elementIds: [...zoneIds(holding), ...idsOf(graph.ofKind("dns"))],
    };
  },
});
