import { describe, expect, it } from "vitest";
import { factsOfText, kindOfText } from "@/lib/grading/classify/classify";
import type { ComponentKind } from "@/lib/grading/contract";

const KINDS: [string, ComponentKind][] = [
  // RULES.md table, English
  ["User", "client"], ["Web browser", "client"], ["Mobile", "client"], ["App user", "client"], ["Clients", "client"],
  ["DNS", "dns"], ["Route 53", "dns"], ["GeoDNS", "dns"], ["GSLB", "dns"],
  ["CDN", "cdn"], ["CloudFront", "cdn"], ["Akamai", "cdn"], ["Cloudflare", "cdn"], ["Fastly", "cdn"],
  ["Load balancer", "load_balancer"], ["LB", "load_balancer"], ["ALB", "load_balancer"], ["ELB", "load_balancer"], ["NLB", "load_balancer"], ["HAProxy", "load_balancer"],
  ["API gateway", "api_gateway"], ["Gateway", "api_gateway"],
  ["Web server", "web_server"], ["App server", "web_server"], ["Application server", "web_server"], ["API server", "web_server"], ["WAS", "web_server"], ["EC2", "web_server"], ["Server", "web_server"], ["Order service", "web_server"], ["Web 1", "web_server"],
  ["Cache", "cache"], ["Redis", "cache"], ["Memcached", "cache"], ["ElastiCache", "cache"],
  ["Session store", "session_store"], ["Session storage", "session_store"], ["Session DB", "session_store"],
  ["Database", "database"], ["DB", "database"], ["RDBMS", "database"], ["MySQL", "database"], ["PostgreSQL", "database"], ["Postgres", "database"], ["RDS", "database"], ["Aurora", "database"], ["MongoDB", "database"], ["DynamoDB", "database"], ["Cassandra", "database"], ["NoSQL", "database"],
  ["Message queue", "message_queue"], ["Queue", "message_queue"], ["MQ", "message_queue"], ["Kafka", "message_queue"], ["RabbitMQ", "message_queue"], ["SQS", "message_queue"], ["SNS", "message_queue"], ["Pub/Sub", "message_queue"],
  ["Worker", "worker"], ["Consumer", "worker"], ["Job server", "worker"], ["Batch", "worker"],
  ["Monitoring", "monitoring"], ["Metrics", "monitoring"], ["Logging", "monitoring"], ["Logs", "monitoring"], ["Alerting", "monitoring"], ["Prometheus", "monitoring"], ["Grafana", "monitoring"], ["Datadog", "monitoring"], ["CloudWatch", "monitoring"], ["ELK", "monitoring"], ["Automation", "monitoring"], ["CI/CD", "monitoring"],
  ["Data center", "data_center"], ["Datacenter", "data_center"], ["DC1", "data_center"], ["Region", "data_center"], ["Availability zone", "data_center"], ["AZ", "data_center"], ["us-east-1", "data_center"],
  ["S3", "object_storage"], ["Object storage", "object_storage"], ["Blob storage", "object_storage"],
  ["Elasticsearch", "search"], ["OpenSearch", "search"], ["Search", "search"],
  ["Rate limiter", "unknown"], ["Foo", "unknown"], ["Config Server", "unknown"],
  // Korean
  ["사용자", "client"], ["클라이언트", "client"], ["유저", "client"], ["도메인", "dns"], ["콘텐츠 전송", "cdn"],
  ["로드밸런서", "load_balancer"], ["로드 밸런서", "load_balancer"], ["부하 분산", "load_balancer"], ["게이트웨이", "api_gateway"],
  ["웹서버", "web_server"], ["웹 서버", "web_server"], ["서버", "web_server"], ["캐시", "cache"], ["세션 스토리지", "session_store"], ["세션 저장소", "session_store"],
  ["데이터베이스", "database"], ["디비", "database"], ["메시지 큐", "message_queue"], ["메세지 큐", "message_queue"], ["워커", "worker"],
  ["모니터링", "monitoring"], ["로그", "monitoring"], ["메트릭", "monitoring"], ["자동화", "monitoring"], ["데이터 센터", "data_center"], ["데이터센터", "data_center"], ["리전", "data_center"],
  ["스토리지", "object_storage"], ["검색", "search"],
  // Mixed and attached scripts, more specific words first
  ["API게이트웨이", "api_gateway"], ["DB서버", "database"], ["로그인 서버", "web_server"], ["Redis 캐시", "cache"],
  ["Redis session store", "session_store"], ["Redis (session)", "session_store"], ["Redis cache", "cache"], ["read replica DB", "database"],
  ["Shard 2", "database"], ["read replica", "database"], ["슬레이브", "database"], ["User Service", "web_server"], ["User DB", "database"],
  ["Worker (ffmpeg)", "worker"], ["API Gateway (CDN)", "api_gateway"], ["Cache (Redis)", "cache"], ["DB server", "database"], ["LB (sticky sessions)", "load_balancer"],
  ["ElastiCache for Redis", "cache"], ["ingredients-api-gw", "api_gateway"], ["web-tier", "web_server"], ["前端 React", "client"], ["数据库 PostgreSQL", "database"],
];

describe("kind of a label", () => {
  it.each(KINDS)("%s → %s", (label, kind) => {
    expect(kindOfText(label)).toBe(kind);
  });
});

describe("roles and annotations", () => {
  it.each([
    ["Master DB", "primary"], ["primary", "primary"], ["writer", "primary"], ["주 DB", "primary"], ["마스터", "primary"],
    ["Slave", "replica"], ["read replica", "replica"], ["Reader", "replica"], ["Standby DB", "replica"], ["부 DB", "replica"], ["슬레이브", "replica"], ["읽기 DB", "replica"], ["보조 DB", "replica"], ["스탠바이 DB", "replica"],
    ["Shard 2", "shard"], ["partition", "shard"], ["샤드", "shard"], ["Shard 1 replica", "replica"], ["Orders DB", null],
  ] as const)("%s has role %s", (label, role) => {
    expect(factsOfText(label).role).toBe(role);
  });

  it.each([
    ["Web x3", 3], ["Web ×3", 3], ["Servers (3)", 3], ["3 servers", 3], ["servers 1..4", 4], ["web1~web4", 4], ["Redis cluster", 2], ["LB (HA)", 2],
    ["active-passive", 2], ["active/standby", 2], ["로드밸런서 이중화", 2], ["Redis 클러스터", 2], ["웹서버 3대", 3], ["로드 밸런서 (액티브-패시브)", 2],
    ["Web server", null], ["HAProxy", null], ["Route 53", null], ["Web server 2", null], ["us-east-1", null],
  ] as const)("%s means %s instances", (label, count) => {
    expect(factsOfText(label).instances).toBe(count);
  });

  it("reads sticky, sharded and shard names", () => {
    expect(factsOfText("LB with sticky sessions").sticky).toBe(true);
    expect(factsOfText("스티키 세션").sticky).toBe(true);
    expect(factsOfText("Load balancer").sticky).toBe(false);
    expect(factsOfText("MySQL (sharded)").sharded).toBe(true);
    expect(factsOfText("샤딩된 DB").sharded).toBe(true);
    expect(factsOfText("Shard 2 primary").shardKey).toBe("2");
    expect(factsOfText("shard-b").shardKey).toBe("b");
    expect(factsOfText("1번 샤드").shardKey).toBe("1");
    expect(factsOfText("MySQL master-slave").replicatedDatabase).toBe(true);
  });
});
