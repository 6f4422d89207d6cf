// Our own drawings, one per style (tests/fixtures/drawings, made by generate.ts there):
// what the grader must read in each, and how the default rubric judges it.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { gradeScene, type GradeResult } from "@/lib/grading";

const grade = (name: string) => gradeScene(readFileSync(join(process.cwd(), "tests/fixtures/drawings", name), "utf8"));
const summary = (r: GradeResult) =>
  r.components.map(
    (c) =>
      `${c.kind}${c.role && c.role !== "standalone" ? `/${c.role}` : ""}${c.replicas > 1 ? `x${c.replicas}` : ""}: ${c.label}`,
  );
const status = (r: GradeResult) => Object.fromEntries(r.findings.map((f) => [f.ruleId, f.status]));
const edges = (r: GradeResult) => {
  const name = new Map(r.components.map((c) => [c.id, c.label]));
  return r.connections.map((l) => `${name.get(l.from)} -> ${name.get(l.to)}`);
};

describe("our drawings, one per style", () => {
  it("bound text: the seeds' final architecture passes every rule", () => {
    const r = grade("bound-text.excalidraw");
    expect(r.score).toBe(100);
    expect(r.findings.every((f) => f.status === "pass")).toBe(true);
    expect(r.zones.map((z) => z.label).sort()).toEqual(["DC1", "DC2"]);
    expect(r.unrecognised).toEqual([]);
    expect(r.components).toHaveLength(18);
  });

  it("free text and loose arrows", () => {
    const r = grade("free-text.excalidraw");
    expect(summary(r)).toEqual([
      "client: Browser",
      "load_balancer: ALB",
      "web_serverx3: App servers x3",
      "cache: Redis",
      "database: MySQL",
    ]);
    expect(edges(r)).toEqual([
      "Browser -> ALB",
      "ALB -> App servers x3",
      "App servers x3 -> Redis",
      "App servers x3 -> MySQL",
    ]);
    expect(r.connections[1]!.label).toBe("HTTP");
    expect(status(r)["redundant-web-tier"]).toBe("pass");
    expect(status(r)["cache-layer"]).toBe("pass");
  });

  it("icons from grouped strokes with captions, and a grouped composite", () => {
    const r = grade("grouped-icons.excalidraw");
    expect(summary(r).sort()).toEqual(
      [
        "api_gateway: API Gateway",
        "cdn: CloudFront",
        "client: Users",
        "database/replica: Replica",
        "database/replica: Replica",
        "database: Database",
        "database: DynamoDB",
        "dns: Route 53",
        "web_server: Lambda",
      ].sort(),
    );
    expect(edges(r)).toEqual(
      expect.arrayContaining([
        "Users -> Route 53",
        "Route 53 -> CloudFront",
        "API Gateway -> Lambda",
        "Lambda -> DynamoDB",
        "Database -> Replica",
      ]),
    );
    expect(status(r)).toMatchObject({
      "dns-entry": "pass",
      "cdn-static-assets": "pass",
      "database-replication": "pass",
    });
  });

  it("zones: frames for availability zones inside a titled region, a frame that is a load balancer", () => {
    const r = grade("zones-and-frames.excalidraw");
    expect(r.zones.map((z) => z.label).sort()).toEqual(["AZ a", "AZ b", "Region ap-northeast-2"]);
    const lb = r.components.find((c) => c.kind === "load_balancer")!;
    expect(lb).toMatchObject({ label: "Load Balancer (HA)", replicas: 2, zone: null });
    expect(
      r.components
        .filter((c) => c.kind === "web_server")
        .map((c) => r.zones.find((z) => z.id === c.zone)?.label)
        .sort(),
    ).toEqual(["AZ a", "AZ a", "AZ b", "AZ b"]);
    expect(status(r)).toMatchObject({
      "multi-data-center": "pass",
      "redundant-web-tier": "pass",
      "load-balancer-redundancy": "pass",
      "dns-entry": "pass",
    });
  });

  it("palette items: kinds from customData", () => {
    const r = grade("palette.excalidraw");
    expect(summary(r)).toEqual([
      "client: Client",
      "load_balancer: Load balancer",
      "web_serverx3: Web servers ×3",
      "cache: Cache",
      "database/primary: Primary DB",
      "database/replica: Replica DB",
    ]);
    expect(status(r)).toMatchObject({
      "redundant-web-tier": "pass",
      "cache-layer": "pass",
      "database-replication": "pass",
      "load-balancer-redundancy": "fail",
    });
  });

  it("Korean labels", () => {
    const r = grade("korean.excalidraw");
    expect(summary(r)).toEqual([
      "client: 사용자",
      "dns: 도메인 (DNS)",
      "load_balancerx2: 로드밸런서 이중화",
      "web_serverx3: WAS 서버 3대",
      "session_store: 세션 저장소 (Redis)",
      "cache: 캐시",
      "database/primary: 마스터 DB",
      "database/replica: 슬레이브 DB",
      "message_queue: 메시지 큐",
      "worker: 워커",
      "monitoring: 모니터링",
    ]);
    expect(r.findings.filter((f) => f.status === "fail").map((f) => f.ruleId)).toEqual([
      "multi-data-center",
      "cdn-static-assets",
      "data-sharding",
    ]);
    expect(r.score).toBe(75);
  });

  it("mixed languages with notes, a title, arrow labels, deleted leftovers and standalone texts", () => {
    const r = grade("mixed-notes.excalidraw");
    expect(summary(r)).toEqual([
      "client: Client 앱",
      "api_gateway: API게이트웨이",
      "web_server: Shortener service",
      "cache: Redis 캐시",
      "databasex2: Cassandra (replicated)",
    ]);
    expect(r.connections.map((l) => l.label)).toEqual(["HTTPS", "단축 요청", null, null]);
    expect(r.components.flatMap((c) => c.elementIds)).not.toContain("old");
    expect(status(r)).toMatchObject({ "cache-layer": "pass", "database-replication": "pass" });
  });
});
