import { idsOf, linkIds, mentions, unique, zoneMentions } from "./helpers";
import { defineRule } from "./types";

export const monitoringAutomation = defineRule({
  meta: {
    id: "monitoring-automation",
    title: "Monitoring and automation",
    summary: "Monitoring, logging or automation (CI/CD) is connected to the system or drawn in its zone.",
    checklist: "8. Monitor the system and use automation",
    severity: "minor",
    rationale:
      "At scale something is always failing. Logs, metrics and alerts tell operators before users do, and automation (CI/CD, auto scaling) keeps changes and capacity safe without manual steps.",
    remediation:
      "Add a monitoring or automation component (logging, metrics, alerting, CloudWatch, Prometheus/Grafana, CI/CD) connected to the system or drawn inside its zone.",
    messages: {
      pass: "{monitoring} watches {watched}.",
      zone: "{monitoring} watches the components of {zone}.",
      unnamedZone: "{monitoring} watches the components of its zone.",
      noMonitoring: "There is no monitoring, logging or automation: failures would be found by users first.",
      isolated:
        "{monitoring} {monitoringCount, plural, one {is} other {are}} not connected to the system or drawn in its zone.",
    },
  },
  check(graph) {
    const tools = graph.ofKind("monitoring");
    if (tools.length === 0) return { status: "fail", messageId: "noMonitoring", elementIds: [] };
    const zonesWithSystem = new Set<string>();
    for (const c of graph.components) if (c.kind !== "monitoring") for (const z of c.zones) zonesWithSystem.add(z);
    for (const tool of tools) {
      const watched = graph.neighbours(tool.id).filter((n) => n.kind !== "monitoring");
      if (watched.length) {
        return {
          status: "pass",
          messageId: "pass",
          data: { monitoring: mentions([tool]), watched: mentions(watched) },
          elementIds: unique([...idsOf([tool], watched), ...linkIds(graph, tool, watched)]),
        };
      }
      const zone = tool.zones[0];
      if (zone && zonesWithSystem.has(zone)) {
        const z = graph.zones.find((x) => x.id === zone)!;
        return {
          status: "pass",
          ...(z.label
            ? { messageId: "zone", data: { monitoring: mentions([tool]), zone: zoneMentions([z]) } }
            : { messageId: "unnamedZone", data: { monitoring: mentions([tool]) } }),
          elementIds: unique([...tool.elementIds, ...z.elementIds]),
        };
      }
    }
    return {
      status: "fail",
      messageId: "isolated",
      data: { monitoring: mentions(tools) },
      elementIds: idsOf(tools),
    };
  },
});
