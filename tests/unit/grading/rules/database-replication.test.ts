import { ruleTester } from "../rule-tester";

ruleTester("database-replication", {
  valid: [
    {
      name: "master connected to slave",
      messageId: "pass",
      data: { primary: '"Master DB"', replicas: '"Slave DB"' },
      build: (b) => {
        b.box("m", "Master DB");
        b.box("s", "Slave DB");
        b.arrow("a1", "m", "s");
      },
      elementIds: ["m", "m-text", "s", "s-text", "a1"],
    },
    {
      name: "a database with no role word and a read replica, loose line",
      messageId: "pass",
      data: { primary: '"MySQL"', replicas: '"Read replica"' },
      build: (b) => {
        b.box("db", "MySQL");
        b.box("r", "Read replica");
        b.arrow("a1", "db", "r", { type: "line", bind: "none" });
      },
      elementIds: ["db", "db-text", "r", "r-text", "a1"],
    },
    {
      name: "Korean: 마스터 DB and 슬레이브",
      messageId: "pass",
      data: { primary: '"마스터 DB"', replicas: '"슬레이브"' },
      build: (b) => {
        b.box("m", "마스터 DB");
        b.box("s", "슬레이브");
        b.arrow("a1", "s", "m");
      },
      elementIds: ["m", "m-text", "s", "s-text", "a1"],
    },
    {
      name: "one database annotated as replicated",
      messageId: "annotated",
      data: { db: '"PostgreSQL (primary/replica)"' },
      build: (b) => b.box("db", "PostgreSQL (primary/replica)"),
      elementIds: ["db", "db-text"],
    },
    {
      name: "a database cluster",
      messageId: "annotated",
      data: { db: '"Aurora cluster"' },
      build: (b) => b.box("db", "Aurora cluster"),
      elementIds: ["db", "db-text"],
    },
  ],
  invalid: [
    {
      name: "a lone database",
      messageId: "noReplica",
      data: { dbs: '"DB"' },
      build: (b) => {
        b.box("web", "Web");
        b.box("db", "DB");
        b.arrow("a1", "web", "db");
      },
      elementIds: ["db", "db-text"],
      message: /no replica/,
    },
    {
      name: "no database",
      messageId: "noDatabase",
      build: (b) => b.box("web", "Web"),
      elementIds: [],
    },
    {
      name: "a replica drawn but not connected to the primary",
      messageId: "replicaNotConnected",
      data: { replicas: '"Replica DB"' },
      build: (b) => {
        b.box("p", "Primary DB");
        b.box("r", "Replica DB");
      },
      elementIds: ["r", "r-text"],
      message: /not connected to a primary/,
    },
    {
      name: "two standalone databases linked are not a replica pair",
      messageId: "noReplica",
      data: { dbs: '"Users DB" and "Orders DB"' },
      build: (b) => {
        b.box("a", "Users DB");
        b.box("o", "Orders DB");
        b.arrow("a1", "a", "o");
      },
      elementIds: ["a", "a-text", "o", "o-text"],
    },
  ],
});
