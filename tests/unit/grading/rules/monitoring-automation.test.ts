import { ruleTester } from "../rule-tester";

ruleTester("monitoring-automation", {
  valid: [
    {
      name: "Prometheus scraping the web server",
      build: (b) => {
        b.box("m", "Prometheus");
        b.box("web", "Web server");
        b.arrow("a1", "m", "web");
      },
      elementIds: ["m", "m-text", "web", "web-text", "a1"],
    },
    {
      name: "CloudWatch drawn inside the system's zone",
      build: (b) => {
        b.box("web", "EC2", { x: 0, y: 0 });
        b.box("m", "CloudWatch", { x: 300, y: 0 });
        b.zone("vpc", "VPC", ["web", "m"]);
      },
      elementIds: ["m", "m-text", "vpc", "vpc-text"],
    },
    {
      name: "Korean 모니터링 connected to a 서버",
      build: (b) => {
        b.box("m", "모니터링");
        b.box("s", "서버");
        b.arrow("a1", "s", "m", { type: "line" });
      },
      elementIds: ["m", "m-text", "s", "s-text", "a1"],
    },
  ],
  invalid: [
    {
      name: "no monitoring",
      build: (b) => b.box("web", "Web"),
      elementIds: [],
    },
    {
      name: "monitoring drawn apart from everything",
      build: (b) => {
        b.box("web", "Web");
        b.box("m", "Grafana");
      },
      elementIds: ["m", "m-text"],
      message: /not connected/,
    },
  ],
});
