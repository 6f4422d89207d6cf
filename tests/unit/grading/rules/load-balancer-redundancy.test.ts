import { ruleTester } from "../rule-tester";

ruleTester("load-balancer-redundancy", {
  valid: [
    {
      name: "two load balancers",
      messageId: "pass",
      data: { count: 2, lbs: '"LB 1" and "LB 2"' },
      build: (b) => {
        b.box("lb1", "LB 1");
        b.box("lb2", "LB 2");
        b.box("web", "Web");
      },
      elementIds: ["lb1", "lb1-text", "lb2", "lb2-text"],
    },
    {
      name: "one load balancer annotated active-passive",
      messageId: "annotated",
      data: { lb: '"Load Balancer (active-passive)"', count: 2 },
      build: (b) => b.box("lb", "Load Balancer (active-passive)"),
      elementIds: ["lb", "lb-text"],
    },
    {
      name: "HAProxy cluster",
      messageId: "annotated",
      data: { lb: '"HAProxy cluster"', count: 2 },
      build: (b) => b.box("lb", "HAProxy cluster"),
      elementIds: ["lb", "lb-text"],
    },
    {
      name: "Korean: 로드밸런서 이중화",
      messageId: "annotated",
      data: { lb: '"로드밸런서 이중화"', count: 2 },
      build: (b) => b.box("lb", "로드밸런서 이중화"),
      elementIds: ["lb", "lb-text"],
    },
    {
      name: "DNS spreading traffic over two entry nodes",
      messageId: "dnsSpread",
      data: { dns: '"DNS"', entry: '"API Gateway" and "API Gateway"' },
      build: (b) => {
        b.box("dns", "DNS", { x: 0, y: 200 });
        b.box("gw1", "API Gateway", { x: 300, y: 0 });
        b.box("gw2", "API Gateway", { x: 300, y: 400 });
        b.arrow("a1", "dns", "gw1");
        b.arrow("a2", "dns", "gw2");
      },
      elementIds: ["dns", "dns-text", "gw1", "gw1-text", "gw2", "gw2-text", "a1", "a2"],
    },
    {
      name: "not applicable without load balancer or web tier",
      messageId: "notApplicable",
      build: (b) => {
        b.box("user", "User");
        b.box("db", "Database");
        b.arrow("a1", "user", "db");
      },
      status: "not_applicable",
      elementIds: [],
    },
  ],
  invalid: [
    {
      name: "a single load balancer",
      messageId: "single",
      data: { lb: '"ELB"' },
      build: (b) => {
        b.box("lb", "ELB");
        b.box("web1", "Web 1");
        b.box("web2", "Web 2");
        b.arrow("a1", "lb", "web1");
        b.arrow("a2", "lb", "web2");
      },
      elementIds: ["lb", "lb-text"],
      message: /only load balancer/,
    },
    {
      name: "HAProxy is one product name, not an HA annotation",
      messageId: "single",
      data: { lb: '"HAProxy"' },
      build: (b) => b.box("lb", "HAProxy"),
      elementIds: ["lb", "lb-text"],
    },
    {
      name: "a web server reached directly, no load balancer",
      messageId: "noLoadBalancer",
      data: { entry: '"Server"' },
      build: (b) => {
        b.box("user", "User");
        b.box("web", "Server");
        b.arrow("a1", "user", "web");
      },
      elementIds: ["web", "web-text"],
      message: /reached directly/,
    },
  ],
});
