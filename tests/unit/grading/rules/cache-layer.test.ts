import { ruleTester } from "../rule-tester";

ruleTester("cache-layer", {
  valid: [
    {
      name: "web server reads through Redis",
      messageId: "pass",
      data: { web: '"Web server"', cache: '"Redis"' },
      build: (b) => {
        b.box("web", "Web server");
        b.box("c", "Redis");
        b.arrow("a1", "web", "c");
      },
      elementIds: ["web", "web-text", "c", "c-text", "a1"],
    },
    {
      name: "Korean 캐시 next to an API gateway, arrow bound at one end",
      messageId: "pass",
      data: { web: '"API 게이트웨이"', cache: '"캐시"' },
      build: (b) => {
        b.box("gw", "API 게이트웨이");
        b.box("c", "캐시");
        b.arrow("a1", "gw", "c", { bind: "start" });
      },
      elementIds: ["gw", "gw-text", "c", "c-text", "a1"],
    },
    {
      name: "ElastiCache drawn as an ellipse with free text",
      messageId: "pass",
      data: { web: '"Order Service"', cache: '"ElastiCache"' },
      build: (b) => {
        b.box("svc", "Order Service");
        b.box("c", "ElastiCache", { type: "ellipse", style: "free" });
        b.arrow("a1", "svc", "c");
      },
      elementIds: ["svc", "svc-text", "c", "c-text", "a1"],
    },
  ],
  invalid: [
    {
      name: "no cache",
      messageId: "noCache",
      build: (b) => {
        b.box("web", "Web");
        b.box("db", "DB");
        b.arrow("a1", "web", "db");
      },
      elementIds: [],
    },
    {
      name: "a cache attached only to the database",
      messageId: "notConnected",
      data: { caches: '"Memcached"' },
      build: (b) => {
        b.box("web", "Web");
        b.box("db", "DB");
        b.box("c", "Memcached");
        b.arrow("a1", "web", "db");
        b.arrow("a2", "db", "c");
      },
      elementIds: ["c", "c-text"],
      message: /not connected to the web tier/,
    },
    {
      name: "a Redis session store is not a cache",
      messageId: "noCache",
      build: (b) => {
        b.box("web", "Web");
        b.box("s", "Redis session store");
        b.arrow("a1", "web", "s");
      },
      elementIds: [],
    },
  ],
});
