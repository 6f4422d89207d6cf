import { ruleTester } from "../rule-tester";

ruleTester("monitoring-automation", {
  valid: [
    {
      name: "Prometheus scraping the web server",
      messageId: "pass",
      data: { monitoring: '"Prometheus"', watched: '"Web server"' },
      build: (b) => {
        b.box("m", "Prometheus");
        b.box("web", "Web server");
        b.arrow("a1", "m", "web");
      },
      elementIds: ["m", "m-text", "web", "web-text", "a1"],
    },
    {
      name: "CloudWatch drawn inside the system's zone",
      messageId: "zone",
      data: { monitoring: '"CloudWatch"', zone: '"VPC"' },
      build: (b) => {
        b.box("web", "EC2", { x: 0, y: 0 });
        b.box("m", "CloudWatch", { x: 300, y: 0 });
        b.zone("vpc", "VPC", ["web", "m"]);
      },
      elementIds: ["m", "m-text", "vpc", "vpc-text"],
    },
    {
      name: "Grafana drawn in an untitled frame with the servers it watches",
      messageId: "unnamedZone",
      data: { monitoring: '"Grafana"' },
      build: (b) => {
        b.box("web", "Web server", { x: 0, y: 0 });
        b.box("m", "Grafana", { x: 300, y: 0 });
        b.zone("f", "", ["web", "m"], { frame: true });
      },
      elementIds: ["m", "m-text", "f"],
    },
    {
      name: "Korean 모니터링 connected to a 서버",
      messageId: "pass",
      data: { monitoring: '"모니터링"', watched: '"서버"' },
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
      messageId: "noMonitoring",
      build: (b) => b.box("web", "Web"),
      elementIds: [],
    },
    {
      name: "monitoring drawn apart from everything",
      messageId: "isolated",
      data: { monitoring: '"Grafana"' },
      build: (b) => {
        b.box("web", "Web");
        b.box("m", "Grafana");
      },
      elementIds: ["m", "m-text"],
      message: /not connected/,
    },
  ],
});
