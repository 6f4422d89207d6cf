import { idsOf, linkIds, mentions, totalReplicas, unique } from "./helpers";
import { defineRule } from "./types";

export const redundantWebTier = defineRule({
  meta: {
    id: "redundant-web-tier",
    title: "Two or more web servers behind a load balancer",
    summary: "Two or more web servers (or one annotated with a count) sit behind a load balancer.",
    checklist: "2. Build redundancy at every tier",
    severity: "critical",
    rationale:
      "One web server is a single point of failure and a hard ceiling on traffic. Two or more behind a load balancer survive the loss of one and scale out by adding more.",
    remediation: "Put at least two web servers (or one annotated x2, x3, cluster…) behind the load balancer.",
    messages: {
      pass: "{lb} spreads traffic over {count} web server instances ({servers}).",
      noWebServer: "There is no web server to make redundant.",
      noLoadBalancer: "No load balancer sits in front of {servers}: add one and at least two servers behind it.",
      single: "Only 1 web server instance sits behind {lb}: add another (or annotate the server with a count).",
      notBehind:
        "No web server sits behind {lb}: connect at least two web servers to it (or one annotated with a count).",
    },
  },
  check(graph) {
    const servers = graph.ofKind("web_server");
    if (servers.length === 0) return { status: "fail", messageId: "noWebServer", elementIds: [] };
    const lbs = graph.ofKind("load_balancer");
    if (lbs.length === 0)
      return {
        status: "fail",
        messageId: "noLoadBalancer",
        data: { servers: mentions(servers) },
        elementIds: idsOf(servers),
      };
    let best = { lb: lbs[0]!, behind: [] as typeof servers, count: 0 };
    for (const lb of lbs) {
      const behind = graph.neighbours(lb.id).filter((n) => n.kind === "web_server");
      const count = totalReplicas(behind);
      if (count > best.count) best = { lb, behind, count };
    }
    if (best.count >= 2) {
      return {
        status: "pass",
        messageId: "pass",
        data: { lb: mentions([best.lb]), count: best.count, servers: mentions(best.behind) },
        elementIds: unique([...idsOf([best.lb], best.behind), ...linkIds(graph, best.lb, best.behind)]),
      };
    }
    return {
      status: "fail",
      messageId: best.count === 0 ? "notBehind" : "single",
      data: { lb: mentions([best.lb]) },
      elementIds: idsOf([best.lb], best.behind.length ? best.behind : servers),
    };
  },
});
