import type { SceneBuilder } from "../scene-builder";
import { ruleTester } from "../rule-tester";

/** user → DNS → LB → web1/web2 → primary DB ↔ replica; parts swapped per case. */
function classic(b: SceneBuilder, o: { lb?: string; web2?: boolean; replica?: boolean } = {}) {
  b.box("user", "Users", { x: 0, y: 300 });
  b.box("dns", "DNS", { x: 0, y: 0 });
  b.box("lb", o.lb ?? "Load Balancer (HA)", { x: 300, y: 300 });
  b.box("web1", "Web 1", { x: 600, y: 150 });
  if (o.web2 !== false) b.box("web2", "Web 2", { x: 600, y: 450 });
  b.box("db", "Primary DB", { x: 900, y: 300 });
  if (o.replica !== false) b.box("rep", "Replica DB", { x: 1200, y: 300 });
  b.arrow("u0", "user", "dns");
  b.arrow("u1", "user", "lb");
  b.arrow("l1", "lb", "web1");
  b.arrow("d1", "web1", "db");
  if (o.web2 !== false) {
    b.arrow("l2", "lb", "web2");
    b.arrow("d2", "web2", "db");
  }
  if (o.replica !== false) b.arrow("r1", "db", "rep");
}

ruleTester("no-single-point-of-failure", {
  valid: [
    {
      name: "every tier redundant",
      messageId: "pass",
      build: (b) => classic(b),
      includes: ["user", "db", "rep"],
    },
    {
      name: "DNS and CDN on the only path are not counted",
      messageId: "pass",
      build: (b) => {
        b.box("user", "Browser");
        b.box("dns", "DNS");
        b.box("web", "Web servers x2");
        b.box("db", "DB (master-slave)");
        b.arrow("a1", "user", "dns");
        b.arrow("a2", "dns", "web");
        b.arrow("a3", "web", "db");
      },
    },
    {
      name: "the Internet drawn between users and the system is not a component that can fail",
      messageId: "pass",
      build: (b) => {
        b.box("user", "Users");
        b.box("net", "Internet", { type: "ellipse" });
        b.box("lb", "LB (active/standby)");
        b.box("web", "Web x3");
        b.box("db", "DB master");
        b.box("rep", "DB slave");
        b.arrow("a1", "user", "net");
        b.arrow("a2", "net", "lb");
        b.arrow("a3", "lb", "web");
        b.arrow("a4", "web", "db");
        b.arrow("a5", "db", "rep");
      },
    },
  ],
  invalid: [
    {
      name: "a single load balancer",
      messageId: "spof",
      data: { spofs: '"Load Balancer"' },
      build: (b) => classic(b, { lb: "Load Balancer" }),
      elementIds: ["lb", "lb-text"],
      message: /"Load Balancer" is a single point of failure/,
    },
    {
      name: "a lone database",
      messageId: "spof",
      data: { spofs: '"Primary DB"' },
      build: (b) => classic(b, { replica: false }),
      elementIds: ["db", "db-text"],
    },
    {
      name: "one web server and one load balancer",
      messageId: "spof",
      data: { spofs: '"LB" and "Web 1"' },
      build: (b) => classic(b, { lb: "LB", web2: false }),
      elementIds: ["lb", "lb-text", "web1", "web1-text"],
      message: /Each of/,
    },
    {
      name: "a client that reaches no database",
      messageId: "unreachable",
      data: { clients: '"User"' },
      build: (b) => {
        b.box("user", "User");
        b.box("db", "DB");
      },
      elementIds: ["user", "user-text"],
      message: /not connected to any database/,
    },
    {
      name: "no client",
      messageId: "noClient",
      build: (b) => {
        b.box("web", "Web");
        b.box("db", "DB");
        b.arrow("a1", "web", "db");
      },
      elementIds: [],
    },
    {
      name: "no database",
      messageId: "noDatabase",
      build: (b) => {
        b.box("user", "User");
        b.box("web", "Web");
        b.arrow("a1", "user", "web");
      },
      elementIds: [],
    },
  ],
});
