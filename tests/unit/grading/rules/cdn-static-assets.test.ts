import { ruleTester } from "../rule-tester";

ruleTester("cdn-static-assets", {
  valid: [
    {
      name: "browser fetching from a CDN",
      messageId: "pass",
      data: { clients: '"Web browser"', cdn: '"CDN"' },
      build: (b) => {
        b.box("u", "Web browser");
        b.box("cdn", "CDN");
        b.arrow("a1", "u", "cdn");
      },
      elementIds: ["u", "u-text", "cdn", "cdn-text", "a1"],
    },
    {
      name: "client through DNS to CloudFront",
      messageId: "pass",
      data: { clients: '"Mobile app"', cdn: '"CloudFront"' },
      build: (b) => {
        b.box("u", "Mobile app");
        b.box("dns", "Route 53");
        b.box("cdn", "CloudFront");
        b.arrow("a1", "u", "dns");
        b.arrow("a2", "dns", "cdn");
      },
      elementIds: ["u", "u-text", "dns", "dns-text", "cdn", "cdn-text", "a1", "a2"],
    },
    {
      name: "Korean 사용자 and 콘텐츠 전송 (CDN) drawn as free text on ellipses",
      messageId: "pass",
      data: { clients: '"사용자"', cdn: '"콘텐츠 전송 네트워크"' },
      build: (b) => {
        b.box("u", "사용자", { type: "ellipse", style: "free" });
        b.box("cdn", "콘텐츠 전송 네트워크", { style: "free", w: 260 });
        b.arrow("a1", "u", "cdn", { bind: "none" });
      },
      elementIds: ["u", "u-text", "cdn", "cdn-text", "a1"],
    },
  ],
  invalid: [
    {
      name: "no CDN",
      messageId: "noCdn",
      build: (b) => {
        b.box("u", "User");
        b.box("web", "Web");
        b.arrow("a1", "u", "web");
      },
      elementIds: [],
    },
    {
      name: "a CDN behind the web server instead of in front of users",
      messageId: "notConnected",
      data: { cdns: '"Akamai"' },
      build: (b) => {
        b.box("u", "User");
        b.box("web", "Web");
        b.box("cdn", "Akamai");
        b.arrow("a1", "u", "web");
        b.arrow("a2", "web", "cdn");
      },
      elementIds: ["cdn", "cdn-text"],
    },
  ],
});
