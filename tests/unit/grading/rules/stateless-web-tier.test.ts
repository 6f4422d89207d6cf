import type { SceneBuilder } from "../scene-builder";
import { ruleTester } from "../rule-tester";

function lbWithTwo(b: SceneBuilder, lbLabel = "Load Balancer") {
  b.box("lb", lbLabel, { x: 0, y: 200 });
  b.box("web1", "Web Server 1", { x: 300, y: 0 });
  b.box("web2", "Web Server 2", { x: 300, y: 400 });
  b.arrow("a1", "lb", "web1");
  b.arrow("a2", "lb", "web2");
}

ruleTester("stateless-web-tier", {
  valid: [
    {
      name: "both web servers use one session store",
      messageId: "pass",
      data: { web: '"Web Server 1" and "Web Server 2"', stores: '"Session Store (Redis)"' },
      build: (b) => {
        lbWithTwo(b);
        b.box("sess", "Session Store (Redis)", { x: 650, y: 200 });
        b.arrow("s1", "web1", "sess");
        b.arrow("s2", "web2", "sess");
      },
      elementIds: ["web1", "web1-text", "web2", "web2-text", "sess", "sess-text", "s1", "s2"],
    },
    {
      name: "Korean labels: 웹서버 and 세션 스토리지",
      messageId: "pass",
      data: { web: '"웹서버"', stores: '"세션 스토리지"' },
      build: (b) => {
        b.box("web", "웹서버");
        b.box("sess", "세션 스토리지");
        b.arrow("s1", "web", "sess");
      },
      elementIds: ["web", "web-text", "sess", "sess-text", "s1"],
    },
    {
      name: "an API gateway keeping sessions in Redis labelled session",
      messageId: "pass",
      data: { web: '"API Gateway"', stores: '"Redis (session)"' },
      build: (b) => {
        b.box("gw", "API Gateway");
        b.box("sess", "Redis (session)");
        b.arrow("s1", "gw", "sess", { type: "line" });
      },
      includes: ["gw", "sess", "s1"],
    },
  ],
  invalid: [
    {
      name: "no web tier at all",
      messageId: "noWebTier",
      build: (b) => {
        b.box("user", "User");
        b.box("db", "Database");
        b.arrow("a1", "user", "db");
      },
      elementIds: [],
      message: /no web tier/,
    },
    {
      name: "web servers with no session store",
      messageId: "noSessionStore",
      build: (b) => lbWithTwo(b),
      elementIds: ["web1", "web1-text", "web2", "web2-text"],
      message: /no shared session store/,
    },
    {
      name: "a Redis cache is not a session store",
      messageId: "noSessionStore",
      build: (b) => {
        b.box("web", "App Server");
        b.box("cache", "Redis cache");
        b.arrow("a1", "web", "cache");
      },
      elementIds: ["web", "web-text"],
    },
    {
      name: "sticky sessions on the load balancer",
      messageId: "sticky",
      data: { sticky: '"LB (sticky sessions)"' },
      build: (b) => {
        lbWithTwo(b, "LB (sticky sessions)");
        b.box("sess", "Session DB", { x: 650, y: 200 });
        b.arrow("s1", "web1", "sess");
        b.arrow("s2", "web2", "sess");
      },
      elementIds: ["lb", "lb-text"],
      message: /sticky/,
    },
    {
      name: "sticky sessions written on the load balancer's link",
      messageId: "sticky",
      data: { sticky: '"LB" and "Web Server 1"' },
      build: (b) => {
        b.box("lb", "LB", { x: 0, y: 200 });
        b.box("web1", "Web Server 1", { x: 300, y: 0 });
        b.box("web2", "Web Server 2", { x: 300, y: 400 });
        b.arrow("a1", "lb", "web1", { label: "sticky session" });
        b.arrow("a2", "lb", "web2");
        b.box("sess", "Session DB", { x: 650, y: 200 });
        b.arrow("s1", "web1", "sess");
        b.arrow("s2", "web2", "sess");
      },
      elementIds: ["lb", "lb-text", "web1", "web1-text", "a1", "a1-label"],
      message: /sticky/,
    },
    {
      name: "a session store nobody uses",
      messageId: "notConnected",
      data: { stores: '"Session store"' },
      build: (b) => {
        b.box("web", "Web");
        b.box("svc", "Web server");
        b.box("sess", "Session store");
      },
      elementIds: ["sess", "sess-text", "web", "web-text", "svc", "svc-text"],
    },
    {
      name: "only one of two balanced servers uses the store",
      messageId: "notShared",
      data: { missing: '"Web Server 2"', lb: '"Load Balancer"' },
      build: (b) => {
        lbWithTwo(b);
        b.box("sess", "Session Store", { x: 650, y: 0 });
        b.arrow("s1", "web1", "sess");
      },
      elementIds: ["web2", "web2-text"],
      message: /Web Server 2/,
    },
  ],
});
