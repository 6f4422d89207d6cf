import type { ArchitectureGraph, Component } from "../graph/model";
import { separators } from "../graph/cuts";
import { idsOf, mentions } from "./helpers";
import { defineRule } from "./types";

/** Clients are the users, DNS and CDN are managed global services: none is counted as a SPOF. */
const NEVER_SPOF = new Set(["client", "dns", "cdn"]);
/** "Internet" drawn between users and the system is the network they cross, not a part of it. */
const TRANSIT = /^(?:the |public )?(?:internet|www|인터넷|互联网)$/i;

function isReplicated(graph: ArchitectureGraph, c: Component): boolean {
  if (c.replicas >= 2) return true;
  if (c.kind !== "database") return false;
  if (c.facts.replicatedDatabase) return true;
  // A database with a connected replica can fail over (and a replica has its primary).
  return graph.neighbours(c.id).some((n) => n.kind === "database" && (n.role === "replica" || c.role === "replica"));
}

export const noSinglePointOfFailure = defineRule({
  meta: {
    id: "no-single-point-of-failure",
    title: "No single point of failure between users and data",
    summary: "Losing any one component still leaves every client connected to a database.",
    checklist: "2. Build redundancy at every tier, end to end",
    severity: "critical",
    rationale:
      "Redundancy is only as good as its weakest tier: one unreplicated load balancer, server or database on every path from the users to the data takes the whole service down when it fails.",
    remediation:
      "Replicate each named component (a second instance, an annotation like x2/HA/cluster, or a replica for a database) or add a parallel path around it.",
    messages: {
      pass: "Every client still reaches a database after the loss of any one component.",
      noClient: "There is no client, so no path from users to data can be checked: draw the users or browsers.",
      noDatabase: "There is no database, so no path from users to data can be checked.",
      unreachable:
        "{clients} {clientsCount, plural, one {is} other {are}} not connected to any database, even indirectly: draw the path from users to data.",
      spof: "{spofsCount, plural, one {{spofs} is a single point of failure: if it fails} other {Each of {spofs} is a single point of failure: if any one fails}}, clients reach no database.",
    },
  },
  check(graph) {
    const clients = graph.ofKind("client");
    const dbs = graph.ofKind("database");
    if (clients.length === 0) return { status: "fail", messageId: "noClient", elementIds: [] };
    if (dbs.length === 0) return { status: "fail", messageId: "noDatabase", elementIds: [] };
    // One virtual node joined to every database: "reaches some database" = "reaches it".
    const index = new Map(graph.components.map((c, i) => [c.id, i]));
    const sink = graph.components.length;
    const adjacency = graph.components.map((c) => [...graph.neighbourIds(c.id)].map((id) => index.get(id)!));
    adjacency.push([]);
    for (const d of dbs) {
      const i = index.get(d.id)!;
      adjacency[i]!.push(sink);
      adjacency[sink]!.push(i);
    }
    const isClient = [...graph.components.map((c) => c.kind === "client"), false];
    const { reached, cuts } = separators(adjacency, sink, isClient);
    const stranded = clients.filter((c) => !reached[index.get(c.id)!]);
    if (stranded.length)
      return {
        status: "fail",
        messageId: "unreachable",
        data: { clients: mentions(stranded) },
        elementIds: idsOf(stranded),
      };
    const spofs = [...cuts]
      .map((i) => graph.components[i]!)
      .filter((c) => !NEVER_SPOF.has(c.kind) && !TRANSIT.test(c.label.trim()) && !isReplicated(graph, c))
      .sort((a, b) => a.order - b.order);
    if (spofs.length)
      return {
        status: "fail",
        messageId: "spof",
        data: { spofs: mentions(spofs) },
        elementIds: idsOf(spofs),
      };
    return { status: "pass", messageId: "pass", elementIds: idsOf(clients, dbs) };
  },
});
