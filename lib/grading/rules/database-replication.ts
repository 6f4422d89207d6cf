import { idsOf, isAre, linkIds, names, unique } from "./helpers";
import type { Rule, RuleOutcome } from "./types";

export const databaseReplication: Rule = {
  meta: {
    id: "database-replication",
    title: "Replicated database",
    checklist: "2. Build redundancy at every tier",
    severity: "major",
    rationale:
      "A lone database loses data and takes the service down when it fails, and it must serve every read. A primary with replicas can fail over, and the replicas absorb the reads that dominate most workloads.",
    remediation:
      "Connect the primary database to at least one read replica (or annotate it master-slave, replicated, cluster…).",
    messages: {
      pass: "{{how}}.",
      noDatabase: "There is no database to replicate.",
      noReplica: "{{dbs}} {{has}} no replica: one failure loses the data tier.",
      replicaNotConnected: "{{replicas}} {{is}} not connected to a primary database to copy.",
    },
  },
  check(graph): RuleOutcome {
    const dbs = graph.ofKind("database");
    if (dbs.length === 0) return { status: "fail", messageId: "noDatabase", elementIds: [] };
    const annotated = dbs.find((d) => d.replicas >= 2 || d.facts.replicatedDatabase);
    if (annotated) {
      return {
        status: "pass",
        messageId: "pass",
        data: { how: `${names([annotated])} is annotated as replicated` },
        elementIds: annotated.elementIds,
      };
    }
    for (const primary of dbs.filter((d) => d.role !== "replica")) {
      const replicas = graph.neighbours(primary.id).filter((n) => n.kind === "database" && n.role === "replica");
      if (replicas.length) {
        return {
          status: "pass",
          messageId: "pass",
          data: { how: `${names([primary])} replicates to ${names(replicas)}` },
          elementIds: unique([...idsOf([primary], replicas), ...linkIds(graph, primary, replicas)]),
        };
      }
    }
    const replicas = dbs.filter((d) => d.role === "replica");
    if (replicas.length)
      return {
        status: "fail",
        messageId: "replicaNotConnected",
        data: { replicas: names(replicas), is: isAre(replicas) },
        elementIds: idsOf(replicas),
      };
    return {
      status: "fail",
      messageId: "noReplica",
      data: { dbs: names(dbs), has: dbs.length === 1 ? "has" : "have" },
      elementIds: idsOf(dbs),
    };
  },
};
