import type { Component } from "../graph/model";
import { pushTo } from "../graph/multimap";
import { idsOf, mentions } from "./helpers";
import { defineRule } from "./types";

export const dataSharding = defineRule({
  meta: {
    id: "data-sharding",
    title: "Data tier scaled out by sharding",
    summary: "Data is split over two or more shards, or a database is annotated as sharded.",
    checklist: "6. Scale the data tier by sharding",
    severity: "minor",
    rationale:
      "Replicas scale reads, but every write still lands on one primary and all data must fit on it. Sharding splits the data by a key across several databases so writes and storage scale out too.",
    remediation:
      "Split the database into two or more shards (Shard 1, Shard 2… each may have its own replicas), or annotate it as sharded.",
    messages: {
      pass: "{count} shards: {shards}.",
      annotated: "{db} is sharded.",
      noDatabase: "There is no database to shard.",
      noShards:
        "{dbs} {dbsCount, plural, one {is} other {are}} not sharded: draw two or more shards (Shard 1, Shard 2…) or annotate {dbsCount, plural, one {it} other {them}} as sharded.",
    },
  },
  check(graph) {
    const dbs = graph.ofKind("database");
    if (dbs.length === 0) return { status: "fail", messageId: "noDatabase", elementIds: [] };
    const annotated = dbs.find((d) => d.facts.sharded);
    if (annotated)
      return {
        status: "pass",
        messageId: "annotated",
        data: { db: mentions([annotated]) },
        elementIds: annotated.elementIds,
      };
    // A shard's primary and its replica are one shard: count distinct shard names.
    const shards = new Map<string, Component[]>();
    for (const d of dbs.filter((x) => x.facts.namesShard)) {
      const key = d.facts.shardKey ?? (d.role === "replica" ? null : `#${d.id}`);
      if (key === null) continue;
      pushTo(shards, key, d);
    }
    if (shards.size >= 2) {
      const parts = [...shards.values()].flat();
      return {
        status: "pass",
        messageId: "pass",
        data: { count: shards.size, shards: mentions(parts) },
        elementIds: idsOf(parts),
      };
    }
    return { status: "fail", messageId: "noShards", data: { dbs: mentions(dbs) }, elementIds: idsOf(dbs) };
  },
});
