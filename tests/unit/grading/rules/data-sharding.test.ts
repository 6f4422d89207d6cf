import { ruleTester } from "../rule-tester";

ruleTester("data-sharding", {
  valid: [
    {
      name: "Shard 1 and Shard 2",
      messageId: "pass",
      data: { count: 2, shards: '"Shard 1" and "Shard 2"' },
      build: (b) => {
        b.box("s1", "Shard 1");
        b.box("s2", "Shard 2");
      },
      elementIds: ["s1", "s1-text", "s2", "s2-text"],
    },
    {
      name: "shards with their own replicas count once each",
      messageId: "pass",
      data: { count: 2, shards: '"Shard 1 primary", "Shard 1 replica" and "Shard 2 primary"' },
      build: (b) => {
        b.box("p1", "Shard 1 primary");
        b.box("r1", "Shard 1 replica");
        b.box("p2", "Shard 2 primary");
        b.arrow("a1", "p1", "r1");
      },
      elementIds: ["p1", "p1-text", "r1", "r1-text", "p2", "p2-text"],
    },
    {
      name: "one database annotated as sharded",
      messageId: "annotated",
      data: { db: '"MySQL (sharded by user_id)"' },
      build: (b) => b.box("db", "MySQL (sharded by user_id)"),
      elementIds: ["db", "db-text"],
    },
    {
      name: "Korean 샤드 labels",
      messageId: "pass",
      data: { count: 2, shards: '"샤드 1" and "샤드 2"' },
      build: (b) => {
        b.box("s1", "샤드 1");
        b.box("s2", "샤드 2");
      },
      elementIds: ["s1", "s1-text", "s2", "s2-text"],
    },
    {
      name: "zones titled Shard A and Shard B holding primary and replica",
      messageId: "pass",
      data: { count: 2, shards: '"Primary", "Replica", "Primary" and "Replica"' },
      build: (b) => {
        b.box("pa", "Primary", { x: 0, y: 0 });
        b.box("ra", "Replica", { x: 0, y: 200 });
        b.box("pb", "Primary", { x: 600, y: 0 });
        b.box("rb", "Replica", { x: 600, y: 200 });
        b.arrow("a1", "pa", "ra");
        b.arrow("a2", "pb", "rb");
        b.zone("za", "Shard A", ["pa", "ra"]);
        b.zone("zb", "Shard B", ["pb", "rb"]);
      },
      includes: ["pa", "ra", "pb", "rb"],
    },
  ],
  invalid: [
    {
      name: "one shard with its replica is not sharding",
      messageId: "noShards",
      data: { dbs: '"Shard 1 primary" and "Shard 1 replica"' },
      build: (b) => {
        b.box("p1", "Shard 1 primary");
        b.box("r1", "Shard 1 replica");
        b.arrow("a1", "p1", "r1");
      },
      elementIds: ["p1", "p1-text", "r1", "r1-text"],
    },
    {
      name: "a lone database",
      messageId: "noShards",
      data: { dbs: '"PostgreSQL"' },
      build: (b) => b.box("db", "PostgreSQL"),
      elementIds: ["db", "db-text"],
      message: /not sharded/,
    },
    {
      name: "no database",
      messageId: "noDatabase",
      build: (b) => b.box("web", "Web"),
      elementIds: [],
    },
  ],
});
