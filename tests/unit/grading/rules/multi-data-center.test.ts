import type { SceneBuilder } from "../scene-builder";
import { ruleTester } from "../rule-tester";

/** Two zones, each with a load balancer and a web server; labels and zone style vary. */
function twoDataCenters(b: SceneBuilder, labels: [string, string], frame: boolean, dns = true) {
  b.box("lb1", "LB", { x: 0, y: 0 });
  b.box("web1", "Web server", { x: 0, y: 200 });
  b.box("lb2", "LB", { x: 600, y: 0 });
  b.box("web2", "Web server", { x: 600, y: 200 });
  b.arrow("w1", "lb1", "web1");
  b.arrow("w2", "lb2", "web2");
  b.zone("dc1", labels[0], ["lb1", "web1"], { frame });
  b.zone("dc2", labels[1], ["lb2", "web2"], { frame });
  if (dns) {
    b.box("dns", "GeoDNS", { x: 300, y: -400 });
    b.arrow("d1", "dns", "lb1");
    b.arrow("d2", "dns", "lb2");
  }
}

ruleTester("multi-data-center", {
  valid: [
    {
      name: "frames DC1 and DC2 behind GeoDNS",
      messageId: "pass",
      data: { dns: '"GeoDNS"', zones: '"DC2" and "DC1"' },
      build: (b) => twoDataCenters(b, ["DC1", "DC2"], true),
      elementIds: ["dns", "dns-text", "dc1", "dc2"],
    },
    {
      name: "rectangles titled with region codes behind DNS",
      messageId: "pass",
      data: { dns: '"GeoDNS"', zones: '"eu-west-1" and "us-east-1"' },
      build: (b) => twoDataCenters(b, ["us-east-1", "eu-west-1"], false),
      elementIds: ["dns", "dns-text", "dc1", "dc1-text", "dc2", "dc2-text"],
    },
    {
      name: "Korean region titles (리전)",
      messageId: "pass",
      data: { dns: '"GeoDNS"', zones: '"도쿄 리전" and "서울 리전"' },
      build: (b) => twoDataCenters(b, ["서울 리전", "도쿄 리전"], false),
      includes: ["dc1", "dc2", "dns"],
    },
    {
      name: "DNS that resolves for the client who then reaches both data centers",
      messageId: "pass",
      data: { dns: '"Route 53"', zones: '"Availability Zone B" and "Availability Zone A"' },
      build: (b) => {
        twoDataCenters(b, ["Availability Zone A", "Availability Zone B"], true, false);
        b.box("user", "User", { x: 300, y: -600 });
        b.box("dns", "Route 53", { x: 900, y: -600 });
        b.arrow("u0", "user", "dns");
        b.arrow("u1", "user", "lb1");
        b.arrow("u2", "user", "lb2");
      },
      includes: ["dns", "dc1", "dc2"],
    },
  ],
  invalid: [
    {
      name: "one data center",
      messageId: "tooFew",
      data: { count: 1 },
      build: (b) => {
        b.box("web", "Web server");
        b.zone("dc1", "DC1", ["web"], { frame: true });
      },
      elementIds: ["dc1"],
      message: /Only one data center/,
    },
    {
      name: "two data centers but nothing routes users to them",
      messageId: "notFronted",
      data: { zones: '"DC2" and "DC1"' },
      build: (b) => twoDataCenters(b, ["DC1", "DC2"], true, false),
      elementIds: ["dc1", "dc2"],
      message: /not fronted/,
    },
    {
      name: "zones that are not data centers",
      messageId: "tooFew",
      data: { count: 0 },
      build: (b) => twoDataCenters(b, ["Team A", "Team B"], true),
      elementIds: [],
      message: /No data center/,
    },
    {
      name: "a second data center holding only a database",
      messageId: "tooFew",
      data: { count: 1 },
      build: (b) => {
        b.box("web", "Web server", { x: 0, y: 0 });
        b.box("db", "DB replica", { x: 600, y: 0 });
        b.zone("dc1", "DC1", ["web"]);
        b.zone("dc2", "DC2", ["db"]);
        b.box("dns", "DNS", { x: 300, y: -400 });
        b.arrow("d1", "dns", "web");
      },
      elementIds: ["dc1", "dc1-text", "dc2", "dc2-text"],
    },
  ],
});
