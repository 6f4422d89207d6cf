import type { Component } from "../graph/model";
import { idsOf, isAre, names } from "./helpers";
import type { Rule, RuleOutcome } from "./types";

export const dataSharding: Rule = {
  meta: {
    id: "data-sharding",
    title: "Data tier scaled out by sharding",
    checklist: "6. Scale the data tier by sharding",
    severity: "minor",
    rationale:
      "Replicas scale reads, but every write still lands on one primary and all data must fit on it. Sharding splits the data by a key across several databases so writes and storage scale out too.",
    remediation:
      "Split the database into two or more shards (Shard 1, Shard 2… each may have its own replicas), or annotate it as sharded.",
    messages: {
      pass: "{{how}}.",
      noDatabase: "There is no database to shard.",
      noShards: "{{dbs}} {{is}} not sharded: draw two or more shards (Shard 1, Shard 2…) or annotate it as sharded.",
    },
  },
  check(graph): RuleOutcome {
    const dbs = graph.ofKind("database");
    if (dbs.length === 0) return { status: "fail", messageId: "noDatabase", elementIds: [] };
    const annotated = dbs.find((d) => d.facts.sharded);
    if (annotated)
      return {
        status: "pass",
        messageId: "pass",
        data: { how: `${names([annotated])} is sharded` },
        elementIds: annotated.elementIds,
      };
    // A shard's primary and its replica are one shard: count distinct shard names.
    const shards = new Map<string, Component[]>();
    for (const d of dbs.filter((x) => x.facts.namesShard)) {
      const key = d.facts.shardKey ?? (d.role === "replica" ? null : `#${d.id}`);
      if (key === null) continue;
      shards.set(key, [...(shards.get(key) ?? []), d]);
    }
    if (shards.size >= 2) {
      const parts = [...shards.values()].flat();
      return {
        status: "pass",
        messageId: "pass",
        data: { how: `${shards.size} shards: ${names(parts)}` },
        elementIds: idsOf(parts),
      };
    }
    return { status: "fail", messageId: "noShards", data: { dbs: names(dbs), is: isAre(dbs) }, elementIds: idsOf(dbs) };
  },
};
