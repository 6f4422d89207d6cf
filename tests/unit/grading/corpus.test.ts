// Real drawings by people outside the project (tests/fixtures/corpus, licences in its
// README). Every file must grade without throwing; for each diagram, the components a human
// reader sees there (written by reading the drawings) must be what the grader sees.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { describeGraph, gradeScene, RULE_IDS, type DescribedGraph } from "@/lib/grading";

const ROOT = join(process.cwd(), "tests/fixtures/corpus");
const FILES = ["diagrams", "libraries"].flatMap((dir) => readdirSync(join(ROOT, dir)).map((f) => join(dir, f)));
const read = (file: string) => readFileSync(join(ROOT, file), "utf8");

describe("every corpus file grades", () => {
  it("has all ten files", () => expect(FILES).toHaveLength(10));

  it.each(FILES)("%s", (file) => {
    const result = gradeScene(read(file));
    expect(result.findings.map((f) => f.ruleId)).toEqual([...RULE_IDS]);
    expect(result.score).toBeGreaterThanOrEqual(0);
    expect(result.score).toBeLessThanOrEqual(100);
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
    const ids = new Set(result.components.map((c) => c.id));
    for (const link of result.connections) expect(ids.has(link.from) && ids.has(link.to)).toBe(true);
  });
});

const graph = (file: string) => describeGraph(read(file));
const labelled = (g: DescribedGraph, label: string) => g.components.filter((c) => c.label === label);
const one = (g: DescribedGraph, label: string) => {
  const found = labelled(g, label);
  expect(found, `"${label}" in ${JSON.stringify(g.components.map((c) => c.label))}`).toHaveLength(1);
  return found[0]!;
};
const linked = (g: DescribedGraph, a: { id: string }, b: { id: string }) =>
  g.connections.some((l) => (l.from === a.id && l.to === b.id) || (l.from === b.id && l.to === a.id));
const kindCount = (g: DescribedGraph) => {
  const count: Record<string, number> = {};
  for (const c of g.components) count[c.kind] = (count[c.kind] ?? 0) + 1;
  return count;
};

describe("what a reader sees in each diagram", () => {
  it("brewinski rate limiter: browser → LB → 3 services; browser → gateway → 3 services + rate limiter → Redis cluster", () => {
    const g = graph("diagrams/brewinski_rate-limiter.excalidraw");
    const browsers = labelled(g, "Browser Doing Stuff");
    const services = labelled(g, "Backend Svc");
    const redis = labelled(g, "Redis Cluster");
    expect(browsers.map((c) => c.kind)).toEqual(["client", "client"]);
    expect(services).toHaveLength(6);
    expect(services.every((s) => s.kind === "web_server")).toBe(true);
    expect(redis).toHaveLength(3);
    expect(redis.every((r) => r.kind === "cache" && r.replicas >= 2)).toBe(true);
    expect(labelled(g, "Rate Limiter")).toHaveLength(4);
    expect(g.unrecognised.map((u) => u.label)).toEqual([
      "Rate Limiter",
      "Rate Limiter",
      "Rate Limiter",
      "Rate Limiter",
    ]);
    const lb = one(g, "LB");
    const gateway = one(g, "API Gateway");
    expect(lb.kind).toBe("load_balancer");
    expect(gateway.kind).toBe("api_gateway");
    expect(services.filter((s) => linked(g, lb, s))).toHaveLength(3);
    expect(services.filter((s) => linked(g, gateway, s))).toHaveLength(3);
    const limiter = labelled(g, "Rate Limiter").find((c) => linked(g, gateway, c))!;
    // The arrow to the untitled box around the Redis nodes reaches each node.
    expect(redis.every((r) => linked(g, limiter, r))).toBe(true);
    expect(g.notes.map((n) => n.text)).toEqual(["Limiter Per instacne", "Limiter Per instacne"]);
    const result = gradeScene(read("diagrams/brewinski_rate-limiter.excalidraw"));
    expect(result.findings.find((f) => f.ruleId === "redundant-web-tier")?.status).toBe("pass");
  });

  it("lukasveiga hotel reservation: gateway → service discovery → five services in one box", () => {
    const g = graph("diagrams/lukasveiga_hotel-reservation.excalidraw");
    const gateway = one(g, "API Gateway + JWT");
    expect(gateway.kind).toBe("api_gateway");
    const services = [
      "Hotel Service",
      "User Service",
      "Email Notification Service",
      "Payment Service",
      "Book Reservation Service",
    ].map((l) => one(g, l));
    expect(services.every((s) => s.kind === "web_server")).toBe(true);
    expect(g.zones).toHaveLength(1);
    expect(services.every((s) => s.zone === g.zones[0]!.id)).toBe(true);
    const discovery = one(g, "Service Discovery");
    expect(g.unrecognised.map((u) => u.label).sort()).toEqual(["Config Server", "Service Discovery"]);
    expect(linked(g, gateway, discovery)).toBe(true);
    expect(services.every((s) => linked(g, discovery, s))).toBe(true);
    expect(linked(g, one(g, "Hotel Service"), one(g, "Config Server"))).toBe(true);
    expect(g.notes.map((n) => n.text)).toEqual(["Hotel Reservation System"]);
  });

  it("parham video platform: gateway, backend, Postgres, S3, RabbitMQ, four ffmpeg workers; notes stay notes", () => {
    const g = graph("diagrams/parham_video-platform.excalidraw");
    expect(kindCount(g)).toEqual({
      api_gateway: 1,
      web_server: 1,
      database: 1,
      object_storage: 1,
      message_queue: 1,
      worker: 4,
    });
    expect(one(g, "API Gateway (CDN)").kind).toBe("api_gateway");
    const backend = one(g, "Backend");
    expect(linked(g, one(g, "API Gateway (CDN)"), backend)).toBe(true);
    expect(linked(g, backend, one(g, "Postgres"))).toBe(true);
    expect(linked(g, one(g, "RabbitMQ"), backend)).toBe(true);
    const s3 = one(g, "S3 Storage");
    expect(labelled(g, "Worker (ffmpeg)").some((w) => linked(g, s3, w))).toBe(true);
    expect(g.notes).toHaveLength(6);
    expect(g.unrecognised).toEqual([]);
  });

  it("irockel AWS: browser → Route 53 → CloudFront → S3 frontend; API gateway → parser function → Rekognition", () => {
    const g = graph("diagrams/irockel_aws-architecture.excalidraw");
    const browser = one(g, "User's Browser");
    expect(browser.kind).toBe("client");
    const dns = g.components.find((c) => c.kind === "dns")!;
    expect(dns.label).toContain("ingredients.grimmfrost.de");
    const cdn = one(g, "ingredients-distribution");
    expect(cdn.kind).toBe("cdn");
    const gateway = one(g, "ingredients-api-gw");
    expect(gateway.kind).toBe("api_gateway");
    const parser = one(g, "ingredients-parser-api");
    expect(parser.kind).toBe("web_server");
    expect(linked(g, browser, dns) && linked(g, dns, cdn) && linked(g, cdn, one(g, "ingredients-frontend"))).toBe(true);
    expect(linked(g, gateway, parser) && linked(g, parser, one(g, "Rekognition"))).toBe(true);
    expect(g.connections.find((l) => l.from === dns.id && l.to === cdn.id)?.label).toBe("maps");
    expect(g.unrecognised.map((u) => u.label)).toEqual(expect.arrayContaining(["Rekognition", "ingredients-cognito"]));
    // The AWS icons are grouped strokes: each icon and its caption is one component.
    expect(g.components.length).toBeLessThanOrEqual(11);
    const result = gradeScene(read("diagrams/irockel_aws-architecture.excalidraw"));
    const status = (id: string) => result.findings.find((f) => f.ruleId === id)?.status;
    expect([status("dns-entry"), status("cdn-static-assets")]).toEqual(["pass", "pass"]);
  });

  it("thomas-yhs ChainPay (Chinese): front-end → Go backend APIs → PostgreSQL; cron job; contracts", () => {
    const g = graph("diagrams/thomas-yhs_chainpay-zh.excalidraw");
    const front = one(g, "前端 React + wagmi");
    expect(front.kind).toBe("client");
    const db = one(g, "数据库 PostgreSQL");
    expect(db.kind).toBe("database");
    // The table boxes drawn inside the database box are part of it.
    expect(db.elementIds).toEqual(
      expect.arrayContaining(
        ["N_W67SKgXCiCg-dLTWeaf", "uPh4JEZagTgzelWzRvBds"].map((id) => expect.stringContaining(id.slice(0, 10))),
      ),
    );
    const crud = one(g, "员工档案 API CRUD");
    const payroll = one(g, "发薪记录 API");
    expect([crud.kind, payroll.kind]).toEqual(["web_server", "web_server"]);
    expect(one(g, "robfig/cron 定时任务").kind).toBe("worker");
    const backend = g.zones.find((z) => z.label === "后端 Go + Gin")!;
    expect(crud.zone).toBe(backend.id);
    expect(linked(g, front, crud) && linked(g, crud, db) && linked(g, payroll, db)).toBe(true);
    expect(g.zones.map((z) => z.label)).toEqual(
      expect.arrayContaining(["ChainPay 合约 Solidity · Base", "Li.Fi 合约 Base", "员工钱包"]),
    );
    // 137 of its 214 elements are deleted: none of them shows up.
    const live = new Set(g.components.flatMap((c) => c.elementIds));
    const deleted = (
      JSON.parse(read("diagrams/thomas-yhs_chainpay-zh.excalidraw")) as {
        elements: { id: string; isDeleted: boolean }[];
      }
    ).elements.filter((e) => e.isDeleted);
    expect(deleted).toHaveLength(137);
    expect(deleted.some((e) => live.has(e.id))).toBe(false);
  });
});

describe("what a reader sees in each library", () => {
  it("pratheeshpm composites split into their parts", () => {
    const g = graph("libraries/pratheeshpm_basic-system-design.excalidrawlib");
    const kinds = kindCount(g);
    for (const kind of [
      "load_balancer",
      "cache",
      "database",
      "message_queue",
      "search",
      "cdn",
      "object_storage",
      "api_gateway",
      "worker",
      "web_server",
    ]) {
      expect(kinds[kind], kind).toBeGreaterThan(0);
    }
    expect(g.components.filter((c) => c.kind === "database" && c.role === "replica").length).toBeGreaterThanOrEqual(6);
    expect(one(g, "Kafka").kind).toBe("message_queue");
    expect(one(g, "Elasticsearch").kind).toBe("search");
    expect(labelled(g, "Media Service")[0]!.replicas).toBe(3);
  });

  it("rohanp items are one component each, placeholders ignored", () => {
    const g = graph("libraries/rohanp_system-design.excalidrawlib");
    expect(
      Object.fromEntries(
        ["Load Balancer", "DNS", "CDN", "Cache", "Message Q", "Mobile", "Relational DB", "Object Storage"].map((l) => [
          l,
          one(g, l).kind,
        ]),
      ),
    ).toEqual({
      "Load Balancer": "load_balancer",
      DNS: "dns",
      CDN: "cdn",
      Cache: "cache",
      "Message Q": "message_queue",
      Mobile: "client",
      "Relational DB": "database",
      "Object Storage": "object_storage",
    });
    expect(g.components.some((c) => /lorem/i.test(c.label))).toBe(false);
  });

  it("childishgirl AWS icons: each named icon is read by its AWS name", () => {
    const g = graph("libraries/childishgirl_aws-architecture-icons.excalidrawlib");
    const kindOf = (label: string) => labelled(g, label)[0]?.kind;
    expect({
      EC2: kindOf("EC2"),
      S3: kindOf("S3"),
      RDS: kindOf("RDS"),
      ElastiCache: kindOf("ElastiCache"),
      SQS: kindOf("SQS"),
      SNS: kindOf("SNS"),
      "API Gateway": kindOf("API Gateway"),
      CloudFront: kindOf("CloudFront"),
      ELB: kindOf("ELB"),
      CloudWatch: kindOf("CloudWatch"),
      DynamoDB: kindOf("DynamoDB"),
    }).toEqual({
      EC2: "web_server",
      S3: "object_storage",
      RDS: "database",
      ElastiCache: "cache",
      SQS: "message_queue",
      SNS: "message_queue",
      "API Gateway": "api_gateway",
      CloudFront: "cdn",
      ELB: "load_balancer",
      CloudWatch: "monitoring",
      DynamoDB: "database",
    });
    expect(g.components.find((c) => c.label.includes("Route 53"))?.kind).toBe("dns");
    expect(g.components.length).toBeGreaterThan(200);
  });

  it("libraries without text (youritjang) or almost none (drwnio) read without inventing components", () => {
    expect(graph("libraries/youritjang_software-architecture.excalidrawlib").components).toEqual([]);
    const drwnio = graph("libraries/drwnio_drwnio.excalidrawlib");
    expect(drwnio.components.map((c) => [c.label, c.kind])).toEqual([
      ["JSON", "unknown"],
      ["DNS", "dns"],
    ]);
  });
});
