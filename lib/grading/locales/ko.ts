// The engine's words in Korean: kind names and, per rule, its title, summary, checklist point,
// rationale, remediation and messages. Keyed by rule id and message id, so a rule or message
// missing here fails the type check; tests/unit/grading/locales.test.ts checks that every
// template takes the same data as the English one. Written for a Korean reader, in the
// checklist's own wording ("웹 계층은 무상태 계층으로 만든다"); particles after a label are
// written in both forms, "{lb}이(가)", and settled by attachParticles.
import type { ComponentKind } from "../contract";
import { nounsOf, type KindWords } from "../kinds";
import type { MessageLocale } from "../messages";
import { attachParticles } from "./korean-particles";
import type { RuleCatalogue } from "./types";

export const KOREAN_KIND_WORDS: Record<ComponentKind, KindWords> = {
  client: { title: "클라이언트", noun: "클라이언트" },
  dns: { title: "DNS", noun: "DNS" },
  cdn: { title: "CDN", noun: "CDN" },
  load_balancer: { title: "로드밸런서", noun: "로드밸런서" },
  api_gateway: { title: "API 게이트웨이", noun: "API 게이트웨이" },
  web_server: { title: "웹 서버", noun: "웹 서버" },
  cache: { title: "캐시", noun: "캐시" },
  session_store: { title: "세션 저장소", noun: "세션 저장소" },
  database: { title: "데이터베이스", noun: "데이터베이스" },
  message_queue: { title: "메시지 큐", noun: "메시지 큐" },
  worker: { title: "워커", noun: "워커" },
  monitoring: { title: "모니터링", noun: "모니터링" },
  data_center: { title: "데이터 센터", noun: "데이터 센터" },
  object_storage: { title: "객체 스토리지", noun: "객체 스토리지" },
  search: { title: "검색", noun: "검색" },
  unknown: { title: "인식되지 않음", noun: "구성 요소" },
};

export const KOREAN: MessageLocale = {
  tag: "ko",
  labelled: '"{label}"',
  unlabelled: "이름 없는 {kind}",
  kindNouns: nounsOf(KOREAN_KIND_WORDS),
  finish: attachParticles,
};

export const KOREAN_RULES: RuleCatalogue = {
  "stateless-web-tier": {
    title: "공유 세션 저장소를 둔 무상태 웹 계층",
    summary: "웹 계층이 세션을 공유 세션 저장소에 두고, 고정 세션(sticky session)을 쓰지 않습니다.",
    checklist: "1. 웹 계층은 무상태 계층으로 만든다",
    rationale:
      "세션이 웹 서버 안에 있으면 로드밸런서가 사용자를 다른 서버로 보내거나 그 서버가 죽을 때마다 사용자가 로그아웃됩니다. 상태를 공유 저장소로 옮기면 어느 서버든 어떤 요청이든 처리할 수 있어 웹 계층을 자유롭게 늘릴 수 있습니다. 고정 세션은 문제를 가릴 뿐입니다.",
    remediation:
      "모든 웹 서버에 연결된 세션 저장소(예: Redis나 세션 DB)를 추가하고, 로드밸런서의 고정 세션을 없애세요.",
    messages: {
      pass: "{web}은(는) 세션 상태를 {stores}에 둡니다.",
      noWebTier: "평가할 웹 계층(웹 서버나 API 게이트웨이)이 없습니다.",
      sticky: "{sticky}에 고정 세션이 설정되어 있습니다: 상태는 공유 세션 저장소에 두세요.",
      noSessionStore: "웹 계층에 공유 세션 저장소가 없습니다: 세션이 서버마다 따로 남습니다.",
      notConnected: "{stores}이(가) 웹 계층에 연결되어 있지 않습니다.",
      notShared:
        "{missing}이(가) {lb} 뒤의 다른 서버들이 쓰는 세션 저장소에 연결되어 있지 않습니다: 그리로 간 사용자는 세션을 잃습니다.",
    },
  },
  "redundant-web-tier": {
    title: "로드밸런서 뒤의 웹 서버 두 대 이상",
    summary: "로드밸런서 뒤에 웹 서버가 두 대 이상(또는 대수를 적은 한 대) 있습니다.",
    checklist: "2. 모든 계층에 다중화를 도입하라",
    rationale:
      "웹 서버 한 대는 단일 장애 지점이자 트래픽의 상한선입니다. 로드밸런서 뒤에 두 대 이상을 두면 한 대를 잃어도 버티고, 서버를 더해 규모를 늘릴 수 있습니다.",
    remediation: "로드밸런서 뒤에 웹 서버를 두 대 이상(또는 x2, x3, 클러스터 등을 적은 한 대) 두세요.",
    messages: {
      pass: "{lb}이(가) 웹 서버 인스턴스 {count}대({servers})에 트래픽을 나눕니다.",
      noWebServer: "다중화할 웹 서버가 없습니다.",
      noLoadBalancer: "{servers} 앞에 로드밸런서가 없습니다: 로드밸런서를 두고 그 뒤에 서버를 두 대 이상 두세요.",
      single: "{lb} 뒤에는 웹 서버 인스턴스가 1대뿐입니다: 한 대를 더하거나 서버에 대수를 적으세요.",
      notBehind: "{lb} 뒤에 웹 서버가 없습니다: 웹 서버 두 대 이상(또는 대수를 적은 한 대)을 연결하세요.",
    },
  },
  "load-balancer-redundancy": {
    title: "단일 로드밸런서 없음",
    summary:
      "로드밸런서가 두 대 이상이거나, HA·액티브-패시브·클러스터로 적힌 로드밸런서가 있거나, DNS가 진입 노드 두 개 이상에 트래픽을 나눕니다.",
    checklist: "2. 모든 계층에 다중화를 도입하라 (로드밸런서도)",
    rationale:
      "로드밸런서 한 대는 모든 요청이 지나는 상자입니다. 그것이 죽으면 뒤에 서버가 몇 대 있든 서비스 전체가 멈춥니다. 액티브/패시브 쌍, 클러스터, 또는 여러 진입 노드에 트래픽을 나누는 DNS가 이 단일 장애 지점을 없앱니다.",
    remediation:
      "두 번째 로드밸런서(액티브/패시브)를 그리거나, HA나 클러스터로 적거나, DNS가 진입 노드 두 개 이상에 트래픽을 나누게 하세요.",
    messages: {
      pass: "로드밸런서 {count}대({lbs}).",
      annotated: "{lb}은(는) 인스턴스 {count}대로 적혀 있습니다.",
      dnsSpread: "{dns}이(가) {entry}에 트래픽을 나눕니다.",
      notApplicable: "로드밸런서도 웹 계층도 없어 나눌 트래픽이 없습니다.",
      single: "{lb}이(가) 유일한 로드밸런서입니다: 이것이 죽으면 그 뒤의 모든 것에 닿을 수 없습니다.",
      noLoadBalancer:
        "진입 계층에 트래픽을 나누는 것이 없습니다: {entry}에 바로 닿습니다. 로드밸런서 두 대나, 여러 진입 노드를 가리키는 DNS를 두세요.",
    },
  },
  "database-replication": {
    title: "복제된 데이터베이스",
    summary: "주(primary) 데이터베이스가 복제본 하나 이상에 연결되어 있거나, 데이터베이스에 복제가 적혀 있습니다.",
    checklist: "2. 모든 계층에 다중화를 도입하라",
    rationale:
      "데이터베이스 한 대는 장애가 나면 데이터를 잃고 서비스를 멈추며, 모든 읽기를 혼자 감당해야 합니다. 복제본을 둔 주 데이터베이스는 장애 때 복제본으로 넘길(failover) 수 있고, 복제본이 대부분의 부하인 읽기를 나눠 받습니다.",
    remediation:
      "주 데이터베이스를 읽기 복제본 하나 이상에 연결하세요(또는 master-slave, 복제, 클러스터 등으로 적으세요).",
    messages: {
      pass: "{primary}이(가) {replicas}(으)로 복제됩니다.",
      annotated: "{db}에 복제가 적혀 있습니다.",
      noDatabase: "복제할 데이터베이스가 없습니다.",
      noReplica: "{dbs}에 복제본이 없습니다: 장애 한 번에 데이터 계층을 잃습니다.",
      replicaNotConnected: "{replicas}이(가) 복사해 올 주 데이터베이스에 연결되어 있지 않습니다.",
    },
  },
  "cache-layer": {
    title: "데이터 계층 앞의 캐시",
    summary: "캐시가 웹 계층에 연결되어 있습니다.",
    checklist: "3. 가능한 한 많은 데이터를 캐싱하라",
    rationale:
      "대부분의 서비스는 읽기가 압도적으로 많습니다. 웹 계층이 쓰는 캐시(Redis, Memcached)는 반복되는 읽기를 메모리에서 처리해 지연 시간과 데이터베이스 부하를 줄입니다.",
    remediation: "캐시를 추가하고, 그 캐시를 거쳐 읽는 웹 서버에 연결하세요.",
    messages: {
      pass: "{web}은(는) {cache}을(를) 거쳐 읽습니다.",
      noCache: "캐시가 없습니다: 모든 읽기가 데이터베이스로 갑니다.",
      notConnected: "{caches}이(가) 웹 계층에 연결되어 있지 않습니다.",
    },
  },
  "multi-data-center": {
    title: "지리 라우팅 뒤의 데이터 센터 두 곳 이상",
    summary: "데이터 센터 두 곳 이상에 웹 서버가 있고, 그 앞에 DNS나 지리 라우팅이 있습니다.",
    checklist: "4. 여러 데이터 센터를 지원하라",
    rationale:
      "데이터 센터가 한 곳이면 정전, 네트워크, 리전 장애 한 번에 서비스가 멈추고, 대부분의 사용자와 멀리 떨어져 있습니다. 각자 웹 계층을 갖추고 DNS나 지리 라우팅 뒤에 있는 데이터 센터 두 곳 이상은 가까운 사용자에게 서비스하고, 한 곳에 장애가 나면 다른 곳이 넘겨받습니다.",
    remediation:
      "데이터 센터 두 곳(DC1/DC2라는 제목의 프레임이나 상자, 리전, AZ)을 그려 각각에 웹 서버를 두고, 둘 앞에 DNS나 지리 라우팅 노드를 두세요.",
    messages: {
      pass: "{dns}이(가) 사용자를 {zones}(으)로 보내고, 각 데이터 센터에는 자체 웹 계층이 있습니다.",
      tooFew:
        "{count, plural, =0 {웹 계층을 가진 데이터 센터가 없습니다} other {웹 계층을 가진 데이터 센터가 #곳뿐입니다}}: 두 곳 이상 그리세요(DC1/DC2라는 제목의 프레임이나 상자, 리전, AZ).",
      notFronted: "{zones} 앞에 DNS나 지리 라우팅이 없습니다: 사용자를 어느 쪽으로 보낼지 정하는 것이 없습니다.",
    },
  },
  "cdn-static-assets": {
    title: "CDN으로 제공하는 정적 콘텐츠",
    summary: "클라이언트가 직접 또는 DNS를 거쳐 CDN에 닿습니다.",
    checklist: "5. 정적 콘텐츠는 CDN을 통해 서비스하라",
    rationale:
      "이미지, 스크립트, 스타일시트가 사용자가 내려받는 바이트의 대부분입니다. CDN은 이것들을 사용자 가까운 엣지에서 제공해 더 빠르고, 웹 계층의 부하도 덜어 줍니다.",
    remediation: "CDN(CloudFront, Cloudflare, Akamai 등)을 추가하고 클라이언트를 직접 또는 DNS를 거쳐 연결하세요.",
    messages: {
      pass: "{clients}은(는) 정적 콘텐츠를 {cdn}에서 받습니다.",
      noCdn: "CDN이 없습니다: 정적 콘텐츠가 대부분의 사용자와 멀리 떨어진 웹 서버에서 나옵니다.",
      notConnected: "{cdns}이(가) 클라이언트에 (직접이든 DNS를 거쳐서든) 연결되어 있지 않습니다.",
    },
  },
  "data-sharding": {
    title: "샤딩으로 확장한 데이터 계층",
    summary: "데이터가 샤드 두 개 이상으로 나뉘어 있거나, 데이터베이스에 샤딩이 적혀 있습니다.",
    checklist: "6. 데이터 계층은 샤딩을 통해 규모를 확장하라",
    rationale:
      "복제본은 읽기를 늘려 주지만, 모든 쓰기는 여전히 주 데이터베이스 한 대에 몰리고 모든 데이터가 그 한 대에 들어가야 합니다. 샤딩은 키에 따라 데이터를 여러 데이터베이스로 나눠 쓰기와 저장 공간도 함께 확장합니다.",
    remediation:
      "데이터베이스를 샤드 두 개 이상(샤드 1, 샤드 2… 각 샤드에 복제본을 둘 수 있습니다)으로 나누거나, 샤딩되었다고 적으세요.",
    messages: {
      pass: "샤드 {count}개: {shards}.",
      annotated: "{db}은(는) 샤딩되어 있습니다.",
      noDatabase: "샤딩할 데이터베이스가 없습니다.",
      noShards:
        "{dbs}은(는) 샤딩되어 있지 않습니다: 샤드를 두 개 이상(샤드 1, 샤드 2…) 그리거나 샤딩되었다고 적으세요.",
    },
  },
  "message-queue-decoupling": {
    title: "메시지 큐로 분리한 계층",
    summary: "메시지 큐가 생산자(웹 서버나 서비스)와 별도의 소비자(워커나 서비스)를 잇습니다.",
    checklist: "7. 각 계층은 독립적 서비스로 분할하라",
    rationale:
      "웹 계층과 백그라운드 워커 사이의 큐 덕분에 양쪽은 따로 확장하고 따로 장애를 겪습니다. 느린 작업은 요청 경로에서 빠지고, 갑작스러운 부하는 흡수되며, 소비자가 죽어도 잃는 것이 없습니다.",
    remediation:
      "웹 서버나 서비스가 발행하고 워커나 다른 서비스가 소비하는 메시지 큐(Kafka, SQS, RabbitMQ 등)를 추가하세요.",
    messages: {
      pass: "{producer}이(가) {queue}을(를) 거쳐 {consumer}에 작업을 넘깁니다.",
      noQueue: "메시지 큐가 없습니다: 모든 계층이 다음 계층을 동기로 호출합니다.",
      notBetween: "{queues}이(가) 생산자(웹 서버나 서비스)와 별도의 소비자(워커나 서비스) 사이에 있지 않습니다.",
    },
  },
  "monitoring-automation": {
    title: "모니터링과 자동화",
    summary: "모니터링, 로깅 또는 자동화(CI/CD)가 시스템에 연결되어 있거나 시스템의 영역 안에 그려져 있습니다.",
    checklist: "8. 시스템을 지속적으로 모니터링하고, 자동화 도구를 활용하라",
    rationale:
      "규모가 커지면 어딘가는 늘 고장 나 있습니다. 로그, 지표, 알림은 사용자보다 먼저 운영자에게 알려 주고, 자동화(CI/CD, 오토 스케일링)는 사람 손을 거치지 않고 변경과 용량을 안전하게 지켜 줍니다.",
    remediation:
      "모니터링이나 자동화 구성 요소(로깅, 지표, 알림, CloudWatch, Prometheus/Grafana, CI/CD)를 추가해 시스템에 연결하거나 그 영역 안에 그리세요.",
    messages: {
      pass: "{monitoring}이(가) {watched}을(를) 지켜봅니다.",
      zone: "{monitoring}이(가) {zone}의 구성 요소를 지켜봅니다.",
      unnamedZone: "{monitoring}이(가) 자기 영역의 구성 요소를 지켜봅니다.",
      noMonitoring: "모니터링, 로깅, 자동화가 없습니다: 장애를 사용자가 먼저 알게 됩니다.",
      isolated: "{monitoring}이(가) 시스템에 연결되어 있지 않고 그 영역 안에도 없습니다.",
    },
  },
  "dns-entry": {
    title: "DNS를 거쳐 들어오는 사용자",
    summary: "DNS 구성 요소가 클라이언트나 진입 계층에 연결되어 있습니다.",
    checklist: "모든 설계의 시작: 사용자는 도메인 이름으로 서비스를 찾는다",
    rationale:
      "모든 요청은 DNS 조회로 시작합니다. 진입 계층 앞에 DNS를 그리면 트래픽이 어디로 들어오는지 보이고, 나중에 DNS 부하 분산과 지리 라우팅을 붙일 자리가 생깁니다.",
    remediation: "DNS 구성 요소(예: Route 53)를 추가하고, 클라이언트나 DNS가 가리키는 로드밸런서에 연결하세요.",
    messages: {
      pass: "{dns}이(가) {targets}(으)로 가는 트래픽을 안내합니다.",
      noDns: "DNS가 없습니다: 사용자가 서비스를 찾는 방법(예: Route 53)을 진입 계층 앞에 그리세요.",
      notConnected:
        "{dns}이(가) 클라이언트나 진입 계층(로드밸런서, 게이트웨이, 웹 서버, CDN)에 연결되어 있지 않습니다.",
    },
  },
  "no-single-point-of-failure": {
    title: "사용자와 데이터 사이에 단일 장애 지점 없음",
    summary: "어느 구성 요소 하나를 잃어도 모든 클라이언트가 데이터베이스에 닿습니다.",
    checklist: "2. 모든 계층에 다중화를 도입하라 (처음부터 끝까지)",
    rationale:
      "다중화는 가장 약한 계층만큼만 튼튼합니다. 사용자에서 데이터까지 가는 모든 경로에 복제되지 않은 로드밸런서, 서버, 데이터베이스가 하나라도 있으면 그것이 죽을 때 서비스 전체가 멈춥니다.",
    remediation:
      "이름이 나온 구성 요소를 각각 복제하거나(두 번째 인스턴스, x2/HA/클러스터 같은 표기, 데이터베이스라면 복제본) 그것을 우회하는 병렬 경로를 추가하세요.",
    messages: {
      pass: "어느 구성 요소 하나를 잃어도 모든 클라이언트가 여전히 데이터베이스에 닿습니다.",
      noClient: "클라이언트가 없어 사용자에서 데이터까지의 경로를 확인할 수 없습니다: 사용자나 브라우저를 그리세요.",
      noDatabase: "데이터베이스가 없어 사용자에서 데이터까지의 경로를 확인할 수 없습니다.",
      unreachable:
        "{clients}은(는) 간접적으로도 데이터베이스에 연결되어 있지 않습니다: 사용자에서 데이터까지의 경로를 그리세요.",
      spof: "{spofsCount, plural, =1 {{spofs}은(는) 단일 장애 지점입니다: 이것이 죽으면} other {{spofs}은(는) 각각 단일 장애 지점입니다: 어느 하나라도 죽으면}} 클라이언트가 어떤 데이터베이스에도 닿지 못합니다.",
    },
  },
};
