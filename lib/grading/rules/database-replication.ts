import { idsOf, linkIds, mentions, unique } from "./helpers";
import { defineRule } from "./types";

export const databaseReplication = defineRule({
  meta: {
    id: "database-replication",
    title: "Replicated database",
    summary: "A primary database is connected to at least one replica, or a database is annotated as replicated.",
    checklist: "2. Build redundancy at every tier",
    severity: "major",
    rationale:
      "A lone database loses data and takes the service down when it fails, and it must serve every read. A primary with replicas can fail over, and the replicas absorb the reads that dominate most workloads.",
    remediation:
      "Connect the primary database to at least one read replica (or annotate it master-slave, replicated, cluster…).",
    messages: {
      pass: "{primary} replicates to {replicas}.",
      annotated: "{db} is annotated as replicated.",
      noDatabase: "There is no database to replicate.",
      noReplica: "{dbs} {dbsCount, plural, one {has} other {have}} no replica: one failure loses the data tier.",
      replicaNotConnected:
        "{replicas} {replicasCount, plural, one {is} other {are}} not connected to a primary database to copy.",
    },
  },
  check(graph) {
    const dbs = graph.ofKind("database");
    if (dbs.length === 0) return { status: "fail", messageId: "noDatabase", elementIds: [] };
    const annotated = dbs.find((d) => d.replicas >= 2 || d.facts.replicatedDatabase);
    if (annotated) {
      return {
        status: "pass",
        messageId: "annotated",
        data: { db: mentions([annotated]) },
        elementIds: annotated.elementIds,
      };
    }
    for (const primary of dbs.filter((d) => d.role !== "replica")) {
      const replicas = graph.neighbours(primary.id).filter((n) => n.kind === "database" && n.role === "replica");
      if (replicas.length) {
        return {
          status: "pass",
          messageId: "pass",
          data: { primary: mentions([primary]), replicas: mentions(replicas) },
          elementIds: unique([...idsOf([primary], replicas), ...linkIds(graph, primary, replicas)]),
        };
      }
    }
    const replicas = dbs.filter((d) => d.role === "replica");
    if (replicas.length)
      return {
        status: "fail",
        messageId: "replicaNotConnected",
        data: { replicas: mentions(replicas) },
        elementIds: idsOf(replicas),
      };
    return {
      status: "fail",
      messageId: "noReplica",
      data: { dbs: mentions(dbs) },
      elementIds: idsOf(dbs),
    };
  },
});
