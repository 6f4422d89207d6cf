import { ruleTester } from "../rule-tester";

ruleTester("redundant-web-tier", {
  valid: [
    {
      name: "two web servers behind a load balancer",
      messageId: "pass",
      data: { lb: '"LB"', count: 2, servers: '"Web 1" and "Web 2"' },
      build: (b) => {
        b.box("lb", "LB", { x: 0, y: 200 });
        b.box("web1", "Web 1", { x: 300, y: 0 });
        b.box("web2", "Web 2", { x: 300, y: 400 });
        b.arrow("a1", "lb", "web1");
        b.arrow("a2", "lb", "web2");
      },
      elementIds: ["lb", "lb-text", "web1", "web1-text", "web2", "web2-text", "a1", "a2"],
    },
    {
      name: "one box annotated x3",
      messageId: "pass",
      data: { lb: '"ALB"', count: 3, servers: '"Web servers x3"' },
      build: (b) => {
        b.box("lb", "ALB");
        b.box("web", "Web servers x3");
        b.arrow("a1", "lb", "web");
      },
      elementIds: ["lb", "lb-text", "web", "web-text", "a1"],
    },
    {
      name: "Korean WAS annotated with a count in brackets",
      messageId: "pass",
      data: { lb: '"로드 밸런서"', count: 2, servers: '"WAS (2)"' },
      build: (b) => {
        b.box("lb", "로드 밸런서");
        b.box("was", "WAS (2)");
        b.arrow("a1", "lb", "was");
      },
      includes: ["lb", "was", "a1"],
    },
    {
      name: "a free-text annotation beside the server box",
      messageId: "pass",
      data: { lb: '"LB"', count: 4, servers: '"API server"' },
      build: (b) => {
        b.box("lb", "LB");
        b.box("web", "API server", { x: 400, y: 0 });
        b.text("note", 420, 90, "×4");
        b.arrow("a1", "lb", "web");
      },
      includes: ["lb", "web", "note", "a1"],
    },
    {
      name: "an arrow into a web-tier zone reaches every server in it",
      messageId: "pass",
      data: { lb: '"LB"', count: 2, servers: '"Web 1" and "Web 2"' },
      build: (b) => {
        b.box("lb", "LB", { x: 0, y: 200 });
        b.box("web1", "Web 1", { x: 400, y: 100 });
        b.box("web2", "Web 2", { x: 400, y: 300 });
        b.zone("tier", "Web tier", ["web1", "web2"]);
        b.arrow("a1", "lb", "tier");
      },
      includes: ["lb", "web1", "web2", "a1"],
    },
  ],
  invalid: [
    {
      name: "a single web server behind the load balancer",
      messageId: "single",
      data: { lb: '"LB"' },
      build: (b) => {
        b.box("lb", "LB");
        b.box("web", "Web server");
        b.arrow("a1", "lb", "web");
      },
      elementIds: ["lb", "lb-text", "web", "web-text"],
      message: /Only 1 web server/,
    },
    {
      name: "web servers beside a load balancer that is linked to none of them",
      messageId: "notBehind",
      data: { lb: '"LB"' },
      build: (b) => {
        b.box("lb", "LB");
        b.box("web1", "Web 1");
        b.box("web2", "Web 2");
      },
      elementIds: ["lb", "lb-text", "web1", "web1-text", "web2", "web2-text"],
      message: /No web server sits behind "LB"/,
    },
    {
      name: "two web servers but no load balancer",
      messageId: "noLoadBalancer",
      data: { servers: '"Web 1" and "Web 2"' },
      build: (b) => {
        b.box("user", "User", { x: 0, y: 200 });
        b.box("web1", "Web 1", { x: 300, y: 0 });
        b.box("web2", "Web 2", { x: 300, y: 400 });
        b.arrow("a1", "user", "web1");
        b.arrow("a2", "user", "web2");
      },
      elementIds: ["web1", "web1-text", "web2", "web2-text"],
      message: /No load balancer/,
    },
    {
      name: "no web server",
      messageId: "noWebServer",
      build: (b) => {
        b.box("lb", "LB");
        b.box("db", "DB");
        b.arrow("a1", "lb", "db");
      },
      elementIds: [],
    },
  ],
});
