import { ruleTester } from "../rule-tester";

ruleTester("database-replication", {
  valid: [
    {
      name: "master connected to slave",
      build: (b) => {
        b.box("m", "Master DB");
        b.box("s", "Slave DB");
        b.arrow("a1", "m", "s");
      },
      elementIds: ["m", "m-text", "s", "s-text", "a1"],
    },
    {
      name: "a database with no role word and a read replica, loose line",
      build: (b) => {
        b.box("db", "MySQL");
        b.box("r", "Read replica");
        b.arrow("a1", "db", "r", { type: "line", bind: "none" });
      },
      elementIds: ["db", "db-text", "r", "r-text", "a1"],
    },
    {
      name: "Korean: 마스터 DB and 슬레이브",
      build: (b) => {
        b.box("m", "마스터 DB");
        b.box("s", "슬레이브");
        b.arrow("a1", "s", "m");
      },
      elementIds: ["m", "m-text", "s", "s-text", "a1"],
    },
    {
      name: "one database annotated as replicated",
      build: (b) => b.box("db", "PostgreSQL (primary/replica)"),
      elementIds: ["db", "db-text"],
    },
    {
      name: "a database cluster",
      build: (b) => b.box("db", "Aurora cluster"),
      elementIds: ["db", "db-text"],
    },
  ],
  invalid: [
    {
      name: "a lone database",
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
      build: (b) => b.box("web", "Web"),
      elementIds: [],
    },
    {
      name: "a replica drawn but not connected to the primary",
      build: (b) => {
        b.box("p", "Primary DB");
        b.box("r", "Replica DB");
      },
      elementIds: ["r", "r-text"],
      message: /not connected to a primary/,
    },
    {
      name: "two standalone databases linked are not a replica pair",
      build: (b) => {
        b.box("a", "Users DB");
        b.box("o", "Orders DB");
        b.arrow("a1", "a", "o");
      },
      elementIds: ["a", "a-text", "o", "o-text"],
    },
  ],
});
