// The words of RULES.md section 2 plus the ones real drawings and the seed posts use, per
// kind. ORDER MATTERS: the first group that matches a label wins, so more specific kinds
// come first ("Redis session store" is a session_store before it is a cache, "DB server" a
// database before it is a server, "User Service" a service before it is a user).
import type { ComponentKind } from "../contract";

export interface VocabularyGroup {
  /** "unknown" marks words that name something outside the kinds (so "Config Server" is not read as a web server). */
  kind: ComponentKind;
  phrases: string[];
}

export const VOCABULARY: VocabularyGroup[] = [
  {
    kind: "unknown",
    phrases: [
      "service discovery", "service registry", "service mesh", "config server", "configuration server",
      "config service", "eureka", "consul", "zookeeper", "etcd", "nat gateway", "internet gateway", "igw",
      "vpn gateway", "transit gateway", "payment gateway", "서비스 디스커버리", "설정 서버",
    ],
  },
  {
    kind: "session_store",
    phrases: [
      "session store", "session storage", "session db", "session database", "session cache", "session server",
      "session service", "session redis", "session memcached", "session cluster", "sessions store", "state store",
      "세션 스토리지", "세션 저장소", "세션 서버", "세션 db", "세션 캐시", "세션 스토어", "세션 클러스터", "会话存储",
    ],
  },
  {
    kind: "search",
    phrases: [
      "elasticsearch", "elastic search", "opensearch", "solr", "search", "search engine", "search index",
      "algolia", "meilisearch", "검색", "검색 엔진", "엘라스틱서치", "搜索",
    ],
  },
  {
    kind: "dns",
    phrases: [
      "dns", "route 53", "route53", "geodns", "geo dns", "gslb", "global accelerator", "domain name", "name server", "nameserver",
      "geo routing", "geolocation routing", "latency routing", "traffic manager", "도메인", "도메인 네임", "域名", "域名解析",
    ],
  },
  {
    kind: "cdn",
    phrases: [
      "cdn", "cloudfront", "cloud front", "akamai", "cloudflare", "fastly", "content delivery", "edge cache",
      "edge location", "distribution", "콘텐츠 전송", "콘텐츠 전송 네트워크", "컨텐츠 전송", "内容分发",
    ],
  },
  {
    kind: "message_queue",
    phrases: [
      "message queue", "queue", "mq", "message q", "msg queue", "msg q", "kafka", "rabbitmq", "rabbit mq", "sqs", "sns", "pub sub", "pubsub",
      "message broker", "broker", "event bus", "eventbridge", "event stream", "event streaming", "kinesis",
      "pulsar", "nats", "activemq", "zeromq", "redis streams", "topic", "메시지 큐", "메세지 큐", "메시지큐",
      "큐", "카프카", "메시지 브로커", "消息队列", "队列",
    ],
  },
  {
    kind: "monitoring",
    phrases: [
      "monitoring", "monitor", "metrics", "metric", "logging", "logs", "log", "alerting", "alerts", "alarm",
      "prometheus", "grafana", "datadog", "cloudwatch", "cloud watch", "elk", "kibana", "logstash", "splunk",
      "new relic", "newrelic", "sentry", "pagerduty", "jaeger", "tracing", "observability", "automation",
      "ci cd", "cicd", "jenkins", "github actions", "gitlab ci", "argo cd", "argocd", "terraform", "ansible",
      "cloudtrail", "x ray", "xray", "cloudformation", "codepipeline", "codedeploy", "codebuild",
      "모니터링", "로그", "메트릭", "자동화", "알림", "监控", "日志",
    ],
  },
  {
    kind: "cache",
    phrases: [
      "cache", "caching", "redis", "memcached", "memcache", "elasticache", "varnish", "dax", "캐시", "레디스", "缓存",
    ],
  },
  {
    kind: "database",
    phrases: [
      "database", "db", "data tier", "db tier", "rdbms", "mysql", "postgresql", "postgres", "rds", "aurora", "mongodb", "mongo",
      "dynamodb", "dynamo", "cassandra", "nosql", "sql", "mariadb", "oracle", "sqlite", "cockroachdb",
      "spanner", "bigtable", "hbase", "couchdb", "couchbase", "neo4j", "firestore", "cosmos db", "cosmosdb",
      "scylladb", "tidb", "neptune", "keyspaces", "timestream", "documentdb", "mssql", "sql server", "data store", "datastore", "data warehouse", "redshift",
      "bigquery", "snowflake", "clickhouse", "influxdb", "timescaledb", "key value store", "kv store",
      "데이터베이스", "데이터 베이스", "디비", "数据库", "データベース",
    ],
  },
  {
    kind: "object_storage",
    phrases: [
      "s3", "object storage", "object store", "blob storage", "blob store", "blob", "bucket", "gcs",
      "cloud storage", "file storage", "file store", "minio", "efs", "ebs", "fsx", "file system", "storage", "cold storage", "archive", "glacier",
      "스토리지", "파일 저장소", "객체 저장소", "对象存储",
    ],
  },
  {
    kind: "load_balancer",
    phrases: [
      "load balancer", "load balancing", "loadbalancer", "lb", "alb", "elb", "nlb", "haproxy", "nginx",
      "reverse proxy", "proxy", "traefik", "envoy", "f5", "l4", "l7", "로드밸런서", "로드 밸런서",
      "로드밸런싱", "로드 밸런싱", "부하 분산", "부하분산", "리버스 프록시", "负载均衡", "反向代理",
    ],
  },
  {
    kind: "api_gateway",
    phrases: [
      "api gateway", "gateway", "api gw", "apigw", "gw", "kong", "apigee", "bff", "backend for frontend",
      "게이트웨이", "网关",
    ],
  },
  {
    kind: "worker",
    phrases: [
      "worker", "consumer", "job server", "batch", "cron", "cronjob", "scheduler", "job", "background job",
      "task runner", "spark", "hadoop", "flink", "celery", "sidekiq", "transcoder", "워커", "배치",
      "스케줄러", "컨슈머", "消费者", "定时任务",
    ],
  },
  {
    kind: "web_server",
    phrases: [
      "web server", "webserver", "web tier", "app tier", "application tier", "web layer", "app server", "application server", "api server", "was", "ec2", "server",
      "service", "svc", "srv", "backend", "back end", "microservice", "api", "lambda", "function", "compute",
      "instance", "vm", "monolith", "ecs", "eks", "fargate", "kubernetes", "k8s", "docker", "elastic beanstalk", "app runner",
      "cloud run", "app engine", "tomcat", "node js", "nodejs", "express", "django", "spring", "rails",
      "flask", "fastapi", "웹서버", "웹 서버", "서버", "서비스", "백엔드", "애플리케이션 서버", "后端", "服务",
      "服务器", "サーバー",
    ],
  },
  {
    kind: "client",
    phrases: [
      "user", "client", "browser", "mobile", "app user", "web browser", "customer", "end user", "frontend",
      "front end", "web app", "webapp", "web application", "mobile app", "ios", "android", "desktop", "phone",
      "smartphone", "laptop", "pc", "spa", "react", "사용자", "클라이언트", "유저", "고객", "브라우저",
      "모바일", "프론트엔드", "用户", "客户端", "前端", "浏览器",
    ],
  },
  {
    kind: "data_center",
    phrases: [
      "data center", "data centre", "datacenter", "datacentre", "dc", "idc", "region", "availability zone",
      "az", "데이터 센터", "데이터센터", "리전", "가용 영역", "가용영역", "数据中心", "机房", "可用区",
    ],
  },
];

export type RoleWord = "primary" | "replica" | "shard";

/** Database role words (RULES.md 2). A label with only one of these is a database. */
export const ROLE_WORDS: Record<RoleWord, string[]> = {
  shard: ["shard", "partition", "샤드", "파티션", "分片", "分区"],
  replica: [
    "slave", "replica", "read replica", "reader", "read", "standby", "secondary", "follower", "부", "슬레이브",
    "읽기", "레플리카", "복제본", "세컨더리", "보조", "스탠바이", "대기", "从库", "从", "备库", "只读",
  ],
  primary: ["master", "primary", "writer", "write", "main", "leader", "주", "마스터", "프라이머리", "쓰기", "主库", "主"],
};

/** Role words too generic to make a label a database on their own ("Read", "Write"). */
export const WEAK_ROLE_WORDS = new Set(["read", "write", "main", "읽기", "쓰기"]);
