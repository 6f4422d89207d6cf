import { ruleTester } from "../rule-tester";

ruleTester("dns-entry", {
  valid: [
    {
      name: "DNS connected to the client",
      messageId: "pass",
      data: { dns: '"DNS"', targets: '"User"' },
      build: (b) => {
        b.box("user", "User");
        b.box("dns", "DNS");
        b.arrow("a1", "user", "dns");
      },
      elementIds: ["user", "user-text", "dns", "dns-text", "a1"],
    },
    {
      name: "Route 53 in front of a Korean-labelled load balancer",
      messageId: "pass",
      data: { dns: '"Route 53"', targets: '"로드밸런서"' },
      build: (b) => {
        b.box("dns", "Route 53");
        b.box("lb", "로드밸런서");
        b.arrow("a1", "dns", "lb");
      },
      elementIds: ["dns", "dns-text", "lb", "lb-text", "a1"],
    },
    {
      name: "GeoDNS to a CDN with a loose arrow (no bindings)",
      messageId: "pass",
      data: { dns: '"GeoDNS"', targets: '"CloudFront"' },
      build: (b) => {
        b.box("dns", "GeoDNS");
        b.box("cdn", "CloudFront");
        b.arrow("a1", "dns", "cdn", { bind: "none" });
      },
      includes: ["dns", "cdn", "a1"],
    },
  ],
  invalid: [
    {
      name: "no DNS at all",
      messageId: "noDns",
      build: (b) => {
        b.box("user", "Users");
        b.box("lb", "Load Balancer");
        b.arrow("a1", "user", "lb");
      },
      elementIds: [],
      message: /no DNS/,
    },
    {
      name: "DNS drawn but connected to nothing",
      messageId: "notConnected",
      data: { dns: '"DNS"' },
      build: (b) => {
        b.box("dns", "DNS");
        b.box("user", "Browser");
        b.box("lb", "LB");
        b.arrow("a1", "user", "lb");
      },
      elementIds: ["dns", "dns-text"],
    },
    {
      name: "DNS connected only to the database",
      messageId: "notConnected",
      data: { dns: '"도메인 (DNS)"' },
      build: (b) => {
        b.box("dns", "도메인 (DNS)");
        b.box("db", "MySQL");
        b.arrow("a1", "dns", "db");
      },
      elementIds: ["dns", "dns-text"],
    },
  ],
});
