// How the grader reads real, messy drawings (issue 12), in the valid/invalid habit of the
// rule tests: each valid drawing must read as stated, each invalid one must not, in English
// and Korean where words are involved.
import { describe, expect, it } from "vitest";
import { describeGraph, gradeScene, type ComponentKind, type DescribedGraph } from "@/lib/grading";
import { SceneBuilder, textEl } from "./scene-builder";

interface ReadCase {
  name: string;
  build: (b: SceneBuilder) => void;
  check: (g: DescribedGraph) => void;
}

function graphOf(build: (b: SceneBuilder) => void): DescribedGraph {
  const b = new SceneBuilder();
  build(b);
  return describeGraph(b.scene(), { reading: true });
}

function readerTester(title: string, cases: { valid: ReadCase[]; invalid: ReadCase[] }): void {
  describe(title, () => {
    for (const [group, list] of [
      ["valid", cases.valid],
      ["invalid", cases.invalid],
    ] as const)
      describe(group, () => list.forEach((c) => it(c.name, () => c.check(graphOf(c.build)))));
  });
}

const kindOf = (g: DescribedGraph, label: string) => {
  const found = g.components.filter((c) => c.label === label);
  expect(found, `"${label}" in ${JSON.stringify(g.components.map((c) => [c.label, c.kind]))}`).toHaveLength(1);
  return found[0]!.kind;
};
const linked = (g: DescribedGraph, a: string, b: string) => {
  const ia = g.components.find((c) => c.label === a)?.id;
  const ib = g.components.find((c) => c.label === b)?.id;
  return g.connections.some((l) => (l.from === ia && l.to === ib) || (l.from === ib && l.to === ia));
};
/** One labelled box must read as `kind`. */
const reads = (label: string, kind: ComponentKind, o: Parameters<SceneBuilder["box"]>[2] = {}): ReadCase => ({
  name: `${JSON.stringify(label)} is ${kind}`,
  build: (b) => b.box("x", label, o),
  check: (g) => expect(kindOf(g, label.replace(/\s+/g, " ").trim())).toBe(kind),
});
/** One labelled box must not read as `kind` (or must not be a component at all, for null). */
/** A picture captioned by two texts, one line under the other, the first `captionY` down. */
const captionInTwoTexts = (name: string, captionY: number): ReadCase => ({
  name,
  build: (b) => {
    b.box("i", "", { type: "image", style: "none", x: 0, y: 0, w: 70, h: 70 });
    b.text("c1", -40, captionY, "session management");
    b.text("c2", -40, captionY + 26, "chat history cache");
  },
  check: (g) =>
    expect(g.components.map((c) => [c.label, c.kind])).toEqual([
      ["session management chat history cache", "session_store"],
    ]),
});

const notRead = (label: string, kind: ComponentKind | null, note = ""): ReadCase => ({
  name: `${JSON.stringify(label)} is not ${kind ?? "a component"}${note ? ` (${note})` : ""}`,
  build: (b) => b.box("x", label),
  check: (g) => {
    const flat = label.replace(/\s+/g, " ").trim();
    if (kind === null) expect(g.components.map((c) => c.label)).not.toContain(flat);
    else expect(g.components.find((c) => c.label === flat)?.kind).not.toBe(kind);
  },
});

readerTester("1. misspelt words", {
  valid: [
    reads("Kafak", "message_queue"),
    reads("Reddis", "cache"),
    reads("Postgress", "database"),
    reads("Elasticserach", "search"),
    reads("Memchached", "cache"),
    reads("Order servise", "web_server"),
    reads("qeueu", "message_queue"),
    reads("레디스 캐쉬", "cache"),
    reads("로드벨런서", "load_balancer"),
    reads("데이타베이스", "database"),
    {
      name: "the correction is reported with the word as written",
      build: (b) => b.box("x", "Kafak"),
      check: (g) => expect(g.components[0]!.reading?.corrected).toEqual([{ from: "Kafak", to: "kafka" }]),
    },
  ],
  invalid: [
    notRead("match", "worker", "a word of its own, not batch"),
    notRead("Tracking Service", "monitoring", "not tracing"),
    notRead("Rabit", "message_queue", "too far from any word"),
    notRead("매치", "worker"),
    {
      name: "a floating text that only a correction makes a kind stays a note",
      build: (b) => b.text("n", 0, 0, "Limiter per instacne"),
      check: (g) => expect(g.components).toEqual([]),
    },
  ],
});

readerTester("2. split, joined and cased words", {
  valid: [
    reads("data base", "database"),
    reads("loadbalancer", "load_balancer"),
    reads("LoadBalancer", "load_balancer"),
    reads("load-balancer", "load_balancer"),
    reads("api_gateway", "api_gateway"),
    reads("webserver", "web_server"),
    reads("MessageQueue", "message_queue"),
    reads("데이터 베이스", "database"),
    reads("로드 밸런서", "load_balancer"),
  ],
  invalid: [notRead("k8s", "web_server", "a platform, not a server"), notRead("Docker", "web_server")],
});

readerTester("3. labels with detail", {
  valid: [
    reads("Gateway (JWT auth, throttling) + LB", "api_gateway"),
    reads("Orders (NoSQL)", "database"),
    reads("Search index (Lucene)", "search"),
    reads("Orders DB - Postgres 15", "database"),
    reads("API Gateway\n- rate limiting\n- auth\n- routing to services", "api_gateway", { h: 160 }),
    reads("Azure MySQL 8.4\nTarget A\nPremium SSD v1", "database", { h: 120 }),
    reads("API gateway\n- rate limiting\n- routing to different\n  services\n- load balancer", "api_gateway", {
      h: 200,
    }),
    reads("주문 DB (PostgreSQL)", "database"),
    reads("게이트웨이 (인증, 속도 제한) + LB", "api_gateway"),
    {
      name: "a box with two roles lists the second",
      build: (b) => b.box("x", "Gateway + LB"),
      check: (g) => expect(g.components[0]!.reading?.alsoKinds).toEqual(["load_balancer"]),
    },
  ],
  invalid: [notRead("Gateway + LB", "load_balancer", "the first role named wins")],
});

/** A box with `text` written on it (not bound), linked to a web server. */
const onBox = (text: string, present: boolean): ReadCase => ({
  name: `${JSON.stringify(text)} written on a box ${present ? "names" : "does not name"} a component`,
  build: (b) => {
    b.box("s", "", { x: 0, y: 0, w: 260, h: 160, style: "none" });
    b.text("t", 10, 10, text);
    b.box("w", "Web server", { x: 500, y: 0 });
    b.arrow("a", "w", "s");
  },
  check: (g) =>
    present
      ? expect(g.components.length).toBeGreaterThan(1)
      : expect(g.components.map((c) => c.label)).toEqual(["Web server"]),
});

const LONG_GATEWAY =
  "API gateway (main)\n\n- rate limiting\n- oAuth\n- routing to different\n  services\n- server sent events\n  to update clients\n- load balancer\n  - IP hash";

readerTester("3b. a name over long detail written on a box", {
  valid: [
    {
      name: "free text over a wordless box, a name over ten lines of detail, is its label",
      build: (b) => {
        b.box("g", "", { x: 0, y: 0, w: 280, h: 420, style: "none" });
        b.text("t", 10, 60, LONG_GATEWAY);
      },
      check: (g) => expect(g.components.map((c) => c.kind)).toEqual(["api_gateway"]),
    },
    {
      name: "the same text grouped with its box is its label too",
      build: (b) => {
        b.box("g", "", { x: 0, y: 0, w: 280, h: 420, style: "none", groupIds: ["gg"] });
        b.text("t", 10, 60, LONG_GATEWAY, { groupIds: ["gg"] });
      },
      check: (g) => expect(g.components.map((c) => c.kind)).toEqual(["api_gateway"]),
    },
  ],
  invalid: [
    {
      name: "the same text floating on its own stays a note",
      build: (b) => b.text("t", 10, 60, LONG_GATEWAY),
      check: (g) => expect(g.components).toEqual([]),
    },
  ],
});

readerTester("4. table boxes", {
  valid: [
    {
      name: "table boxes beside a database are not components",
      build: (b) => {
        b.box("db", "Postgres", { x: 0, y: 0 });
        b.box("t1", "Account - accountId - handle - createdAt", { x: 0, y: 150, w: 220 });
        b.box("t2", "Posts: postId, authorId, body", { x: 300, y: 150, w: 220 });
        b.box("t3", "회원\nmemberId\nnick_name\ncreatedAt", { x: 600, y: 150, h: 140 });
      },
      check: (g) => expect(g.components.map((c) => [c.label, c.kind])).toEqual([["Postgres", "database"]]),
    },
  ],
  invalid: [
    notRead("User\nid\nfirst_name\nlast_name", "client", "a table named User"),
    notRead("Account: accountId, handle, createdAt", "client"),
    onBox("Booking\n- id\n- userId\n- tickets\n- seatId", false),
    onBox("Performer\n- id", false),
    onBox("예약\n- id\n- user_id\n- seat_id", false),
    onBox("Redis: session_id", true),
    onBox(":80\n:443", false),
    onBox("Nginx :443", true),
    onBox("웹서버 :8080", true),
  ],
});

/** A text standing alone, not on any shape. */
const looseText = (text: string, present: boolean): ReadCase => ({
  name: `loose text ${JSON.stringify(text)} is ${present ? "" : "not "}a component`,
  build: (b) => {
    b.text("t", 0, 0, text);
  },
  check: (g) => expect(g.components.length > 0).toBe(present),
});

readerTester("4c. headings over a column of boxes", {
  valid: [
    looseText("External Services", false),
    looseText("Backend servers", false),
    looseText("외부 서비스들", false),
  ],
  invalid: [looseText("Payment Service", true), looseText("결제 서비스", true), looseText("Web servers x3", true)],
});

readerTester("4b. sections of the page", {
  valid: [
    {
      name: "a box titled from above that holds only requirements is a section, not a component",
      build: (b) => {
        b.text("title", 0, 0, "Ticketmaster");
        b.box("s", "", { x: 0, y: 60, w: 400, h: 300, style: "none" });
        b.text("fr", 20, 80, "Functional Requirements");
        b.text("list", 20, 120, "- view an event\n- search for events\n- book tickets");
      },
      check: (g) => expect(g.components).toEqual([]),
    },
    {
      name: "a Korean page section is not a component either",
      build: (b) => {
        b.text("title", 0, 0, "티켓 예매");
        b.box("s", "", { x: 0, y: 60, w: 400, h: 300, style: "none" });
        b.text("fr", 20, 80, "기능 요구사항");
        b.text("list", 20, 120, "- 공연 조회\n- 공연 검색\n- 티켓 예매");
      },
      check: (g) => expect(g.components).toEqual([]),
    },
  ],
  invalid: [
    {
      name: "a section box that arrows reach stays",
      build: (b) => {
        b.text("title", 0, 0, "Ticketmaster");
        b.box("s", "", { x: 0, y: 60, w: 400, h: 300, style: "none" });
        b.text("fr", 20, 80, "Functional Requirements");
        b.box("w", "Web server", { x: 700, y: 60 });
        b.arrow("a", "w", "s");
      },
      check: (g) => expect(g.components).toHaveLength(2),
    },
    {
      name: "a box titled from above that holds no notes is a component",
      build: (b) => {
        b.text("title", 0, 0, "Payments");
        b.box("s", "", { x: 0, y: 50, w: 200, h: 100, style: "none" });
      },
      check: (g) => expect(g.components.map((c) => c.label)).toEqual(["Payments"]),
    },
  ],
});

readerTester("5. sentences and flow steps", {
  valid: [
    reads("Orders\nPostgres 15", "database"),
    reads("주문\nMySQL", "database"),
    reads("Upload service", "web_server"),
    reads("Read replica", "database"),
    reads("읽기 DB", "database"),
  ],
  invalid: [
    notRead("Socket Mode\nListen for bot commands from users", "client", "a kind word in a detail sentence"),
    notRead("알림 모듈\n사용자에게 푸시를 전송", "client", "a kind word in a detail step"),
    notRead("Client uploads file", null),
    notRead("Write to primary DB", null),
    notRead("MD5 of the URL", null),
    notRead("Copied to every region", null),
    notRead("Read from cache", null),
    notRead("클라이언트가 파일을 업로드", null),
    notRead("캐시에서 읽기", null),
    {
      name: "a floating remark saying where something comes from is no component",
      build: (b) => {
        b.text("r", 0, 0, "queue from encode service");
        b.text("q", 0, 200, "Kafka");
      },
      check: (g) => expect(g.components.map((c) => c.label)).toEqual(["Kafka"]),
    },
  ],
});

/** Cache → a box with a step written on it (not bound) → queue. */
function stepBetween(b: SceneBuilder, step: string): void {
  b.box("c", "Redis", { x: 0, y: 0 });
  b.box("s", "", { x: 300, y: 0, w: 220, h: 80, style: "none" });
  b.text("st", 310, 20, step);
  b.box("q", "Kafka", { x: 700, y: 0 });
  b.arrow("a1", "c", "s");
  b.arrow("a2", "s", "q");
}

readerTester("5a. lists and figures", {
  valid: [
    onBox("Postgres\nMemcached\nSolr", true),
    onBox("Kafka\nTopic A\nTopic B", true),
    onBox("카프카\n주문 토픽\n결제 토픽", true),
  ],
  invalid: [
    onBox("Tickets\nVenues\nPerformers", false),
    onBox("6M drivers\n3M active\n3M / 5 = 600K TPS", false),
    onBox("회원\n주문\n상품", false),
    onBox("Events\nTickets\nVenues\nPerformers", false),
    onBox("p = 0.4", false),
    onBox("사용자 100만 명\n초당 5만 건\n읽기 위주", false),
  ],
});

readerTester("5b. a step written on a box", {
  valid: [
    {
      name: "a box holding only a step is no component, and its arrows join cache and queue",
      build: (b) => stepBetween(b, "check for new members"),
      check: (g) => {
        expect(g.components.map((c) => c.label)).toEqual(["Redis", "Kafka"]);
        expect(linked(g, "Redis", "Kafka")).toBe(true);
      },
    },
    {
      name: "a box bound to only a step or a model's parameter is a step too",
      build: (b) => {
        b.box("c", "Redis", { x: 0, y: 0 });
        b.box("s", "r=1", { x: 300, y: 0 });
        b.box("q", "Kafka", { x: 700, y: 0 });
        b.arrow("a1", "c", "s");
        b.arrow("a2", "s", "q");
      },
      check: (g) => {
        expect(g.components.map((c) => c.label)).toEqual(["Redis", "Kafka"]);
        expect(linked(g, "Redis", "Kafka")).toBe(true);
      },
    },
    {
      name: "a box holding only a Korean step is no component either",
      build: (b) => stepBetween(b, "캐시에서 읽기"),
      check: (g) => {
        expect(g.components.map((c) => c.label)).toEqual(["Redis", "Kafka"]);
        expect(linked(g, "Redis", "Kafka")).toBe(true);
      },
    },
  ],
  invalid: [
    {
      name: "a box holding a name is a component, not a step",
      build: (b) => stepBetween(b, "Worker"),
      check: (g) => {
        expect(kindOf(g, "Worker")).toBe("worker");
        expect(linked(g, "Redis", "Kafka")).toBe(false);
      },
    },
    {
      name: "an empty box that arrows reach stays, to be named by hand",
      build: (b) => {
        stepBetween(b, "x");
      },
      check: (g) => expect(g.components).toHaveLength(3),
    },
  ],
});

readerTester("5c. screens drawn as mock-ups", {
  valid: [
    {
      name: "a frontend frame around a search field and buttons is one client",
      build: (b) => {
        b.elements.push({ id: "f", type: "frame", x: 0, y: 0, width: 600, height: 400, name: "frontend" });
        b.box("s", "Search", { x: 20, y: 40, w: 200, h: 40, frameId: "f" });
        b.box("p", "play button", { x: 20, y: 120, w: 120, h: 40, frameId: "f" });
        b.box("t", "tool bar", { x: 200, y: 120, w: 300, h: 40, frameId: "f" });
      },
      check: (g) => {
        expect(g.zones).toEqual([]);
        expect(g.components.map((c) => c.kind)).toEqual(["client"]);
      },
    },
    {
      name: "a Korean app screen around a search box and a menu is one client",
      build: (b) => {
        b.elements.push({ id: "f", type: "frame", x: 0, y: 0, width: 600, height: 400, name: "모바일 앱" });
        b.box("s", "검색", { x: 20, y: 40, w: 200, h: 40, frameId: "f" });
        b.box("m", "메뉴", { x: 20, y: 120, w: 120, h: 40, frameId: "f" });
        b.box("k", "확인 버튼", { x: 200, y: 120, w: 120, h: 40, frameId: "f" });
      },
      check: (g) => expect(g.components.map((c) => c.kind)).toEqual(["client"]),
    },
    notRead("fullscreen button", null),
    notRead("Excalidraw embed window", null),
    notRead("검색창", null),
    notRead("로그인 버튼", null),
  ],
  invalid: [
    reads("Menu Service", "web_server"),
    reads("Sliding window rate limiter", "unknown"),
    reads("메뉴 서비스", "web_server"),
    {
      name: "a clients box around web and mobile clients holds clients",
      build: (b) => {
        b.box("w", "Web", { x: 20, y: 40, w: 120, h: 60 });
        b.box("m", "Mobile app", { x: 200, y: 40, w: 120, h: 60 });
        b.box("i", "iOS app", { x: 380, y: 40, w: 120, h: 60 });
        b.zone("z", "Clients", ["w", "m", "i"]);
      },
      check: (g) => expect(g.components.filter((c) => c.kind === "client").length).toBeGreaterThanOrEqual(2),
    },
  ],
});

readerTester("6. one box, several things", {
  valid: [
    {
      name: "four lines, four components; arrows at a line belong to it",
      build: (b) => {
        b.box("api", "API server", { x: 0, y: 0 });
        b.box("s", "Postgres\nMemcached\nSolr\nS3", { x: 400, y: -60, w: 160, h: 200 });
        const t = b.get("s-text");
        const lastLine = (t.y as number) + 3.5 * 25;
        b.elements.push({
          id: "a",
          type: "arrow",
          x: 160,
          y: 40,
          width: 236,
          height: lastLine - 40,
          points: [
            [0, 0],
            [236, lastLine - 40],
          ],
          startBinding: { elementId: "api" },
        });
      },
      check: (g) => {
        expect(g.components.map((c) => [c.label, c.kind])).toEqual([
          ["API server", "web_server"],
          ["Postgres", "database"],
          ["Memcached", "cache"],
          ["Solr", "search"],
          ["S3", "object_storage"],
        ]);
        expect(linked(g, "API server", "S3")).toBe(true);
        expect(linked(g, "API server", "Postgres")).toBe(false);
      },
    },
    {
      name: "Korean lines too",
      build: (b) => b.box("s", "PostgreSQL\n레디스\n메시지 큐", { h: 120 }),
      check: (g) => expect(g.components.map((c) => c.kind)).toEqual(["database", "cache", "message_queue"]),
    },
  ],
  invalid: [
    {
      name: "a name wrapped by hand is one thing",
      build: (b) => b.box("s", "API\nGateway", { h: 100 }),
      check: (g) => expect(g.components.map((c) => c.kind)).toEqual(["api_gateway"]),
    },
    {
      name: "separate texts written on one box name one thing",
      build: (b) => {
        b.box("s", "", { x: 0, y: 0, w: 300, h: 200, style: "none" });
        b.text("a", 20, 10, "Redis");
        b.text("b", 20, 60, "session store");
      },
      check: (g) =>
        expect(g.components.map((c) => [c.label, c.kind])).toEqual([["Redis session store", "session_store"]]),
    },
    {
      name: "a name wrapped before its head noun is one thing",
      build: (b) => {
        b.box("w", "Worker\nservice", { x: 0, y: 0, h: 100 });
        b.box("c", "Web\napp", { x: 300, y: 0, h: 100 });
      },
      check: (g) => expect(g.components.map((c) => c.kind)).toEqual(["worker", "client"]),
    },
    {
      name: "a product over its parts is one thing",
      build: (b) => b.box("s", "Supabase\nEdge functions\nDatabase", { h: 120 }),
      check: (g) => expect(g.components.map((c) => c.kind)).toEqual(["database"]),
    },
  ],
});

/** An icon drawn with a frame and strokes, grouped, at (x, y): 60 px square. */
const strokeIcon = (b: SceneBuilder, id: string, x: number, y: number) => {
  b.elements.push({ id, type: "rectangle", x, y, width: 60, height: 60, groupIds: [`${id}-g`] });
  b.elements.push({
    id: `${id}-pin`,
    type: "line",
    x: x + 20,
    y: y + 10,
    width: 20,
    height: 0,
    groupIds: [`${id}-g`],
    points: [
      [0, 0],
      [20, 0],
    ],
  });
};

/** An arrow between two points, with whatever bindings the test gives it. */
const loose = (id: string, from: [number, number], to: [number, number], bindings: Record<string, unknown> = {}) => ({
  id,
  type: "arrow",
  x: from[0],
  y: from[1],
  width: Math.abs(to[0] - from[0]),
  height: Math.abs(to[1] - from[1]),
  points: [
    [0, 0],
    [to[0] - from[0], to[1] - from[1]],
  ],
  ...bindings,
});
/** A cylinder drawn as a lid ellipse over grouped side and foot lines, with no words. */
const wordlessCylinder = (b: SceneBuilder, x: number, y: number) => {
  b.elements.push({ id: "lid", type: "ellipse", x, y, width: 120, height: 46, groupIds: ["cyl"] });
  for (const [id, from, to] of [
    ["side-l", [x, y + 23], [x, y + 160]],
    ["side-r", [x + 120, y + 23], [x + 120, y + 160]],
    ["foot", [x, y + 160], [x + 120, y + 160]],
  ] as const)
    b.elements.push(loose(id, [...from], [...to], { type: "line", groupIds: ["cyl"] }));
};

/**
 * A lid over a body drawn as one stroke, captioned, in one group, on a square tile unless
 * told (the AWS bucket icon). `foot` is the body's width at its foot as a share of the lid's: under 1, a
 * bucket; 1, straight sides.
 */
const lidOverBody = (b: SceneBuilder, caption: string, foot: number, tile = true) => {
  const g = { groupIds: ["icon"] };
  const inset = (40 * (1 - foot)) / 2;
  if (tile) b.elements.push({ id: "tile", type: "rectangle", x: -12, y: -10, width: 65, height: 65, ...g });
  b.elements.push({ id: "lid", type: "ellipse", x: 0, y: 0, width: 40, height: 11, ...g });
  b.elements.push({
    ...loose("body", [0, 5], [40, 5], { type: "line", ...g }),
    height: 40,
    points: [
      [0, 0],
      [inset, 32],
      [inset + 3, 38],
      [20, 40],
      [40 - inset - 3, 38],
      [40 - inset, 32],
      [40, 0],
    ],
  });
  b.elements.push(textEl("cap", -20, 62, caption, g));
};

const pair = (gap: number, o: { type?: "arrow" | "line"; w?: number; h?: number } = {}) =>
  graphOf((b) => {
    b.box("a", "Web server", { x: 0, y: 0 });
    b.box("c", "MySQL", { x: 500, y: 0, w: o.w, h: o.h });
    b.arrow("x", "a", "c", { bind: "none", gap, type: o.type });
  });

readerTester("7. loose and indirect arrow ends", {
  valid: [
    {
      name: "an end 55 px short of a big shape reaches it, marked as inferred",
      build: (b) => {
        b.box("a", "Web server", { x: 0, y: 0 });
        b.box("c", "Load balancer", { x: 500, y: -150, w: 300, h: 400 });
        b.arrow("x", "a", "c", { bind: "start", gap: 55 });
      },
      check: (g) => {
        expect(linked(g, "Web server", "Load balancer")).toBe(true);
        expect(g.connections[0]!.ends).toEqual({ from: "bound", to: "near" });
      },
    },
    {
      name: "an end on an icon's caption reaches the icon",
      build: (b) => {
        b.box("a", "Web server", { x: 0, y: 0 });
        b.elements.push({ id: "ic", type: "rectangle", x: 500, y: 0, width: 64, height: 64, groupIds: ["i"] });
        b.elements.push(textEl("cap", 470, 80, "Redis", { groupIds: ["i"] }));
        b.elements.push({
          id: "x",
          type: "arrow",
          x: 160,
          y: 92,
          width: 320,
          height: 0,
          points: [
            [0, 0],
            [320, 0],
          ],
        });
      },
      check: (g) => expect(linked(g, "Web server", "Redis")).toBe(true),
    },
    {
      name: "an end a line's height past the end of an icon's caption reaches the icon",
      build: (b) => {
        b.box("d", "MongoDB", { x: 500, y: 60 });
        b.box("i", "", { type: "image", style: "none", x: 0, y: 0, w: 70, h: 70 });
        b.text("c", -20, 80, "chat history");
        b.elements.push(loose("x", [142, 92], [500, 92], { endBinding: { elementId: "d" } }));
      },
      check: (g) => expect(linked(g, "chat history", "MongoDB")).toBe(true),
    },
    {
      name: "an end on a sub-box reaches the component holding it",
      build: (b) => {
        b.box("w", "Consumer", { x: 0, y: 0 });
        b.box("t", "", { x: 400, y: -60, w: 300, h: 200, style: "none" });
        b.text("tt", 410, -50, "Orders topic (Kafka)");
        b.box("p", "partition 0", { x: 450, y: 20, w: 120, h: 50 });
        b.arrow("x", "w", "p");
      },
      check: (g) => expect(linked(g, "Consumer", "Orders topic (Kafka)")).toBe(true),
    },
    {
      name: "an arrow broken by its label, box to text and text on to box, is one link",
      build: (b) => {
        b.box("a", "Web server", { x: 0, y: 0 });
        b.box("c", "MySQL", { x: 700, y: 0 });
        b.text("t", 330, 28, "sends nightly rows");
        b.elements.push(loose("x1", [160, 40], [310, 40], { startBinding: { elementId: "a" } }));
        b.elements.push(loose("x2", [480, 40], [700, 40], { endBinding: { elementId: "c" } }));
      },
      check: (g) => {
        expect(g.components.map((c) => c.label)).toEqual(["Web server", "MySQL"]);
        expect(linked(g, "Web server", "MySQL")).toBe(true);
      },
    },
    {
      name: "two arrows leaving a label bound to it join the boxes they reach",
      build: (b) => {
        b.box("a", "Apache", { x: 0, y: 0 });
        b.box("c", "Supabase", { x: 700, y: 0 });
        b.text("t", 330, 28, "import / delete");
        b.elements.push(
          loose("x1", [330, 40], [160, 40], { startBinding: { elementId: "t" }, endBinding: { elementId: "a" } }),
        );
        b.elements.push(
          loose("x2", [480, 40], [700, 40], { startBinding: { elementId: "t" }, endBinding: { elementId: "c" } }),
        );
      },
      check: (g) => expect(linked(g, "Apache", "Supabase")).toBe(true),
    },
    {
      name: "an arrow bound to its own word left beside a zone starts where it lies, at the icon behind the word",
      build: (b) => {
        b.box("gw", "Gateway", { x: 300, y: 0 });
        b.zone("z", "Azure", ["gw"]);
        strokeIcon(b, "chip", 100, 10);
        b.text("cap", 90, 78, "Sensor");
        b.text("t", 205, 0, "HTTP");
        b.elements.push(
          loose("x", [202, 40], [300, 40], { startBinding: { elementId: "t" }, endBinding: { elementId: "gw" } }),
        );
      },
      check: (g) => {
        expect(linked(g, "Sensor", "Gateway")).toBe(true);
        expect(g.connections).toHaveLength(1);
      },
    },
    {
      name: "a line without heads, loose at both ends",
      build: () => undefined,
      check: () => expect(pair(30, { type: "line" }).connections).toHaveLength(1),
    },
  ],
  invalid: [
    {
      name: "two arrows pointing at a note do not join their sources",
      build: (b) => {
        b.box("a", "Web server", { x: 0, y: 0 });
        b.box("c", "Worker", { x: 700, y: 0 });
        b.text("t", 330, 28, "requests sent later");
        b.elements.push(loose("x1", [160, 40], [310, 40], { startBinding: { elementId: "a" } }));
        b.elements.push(loose("x2", [700, 40], [480, 40], { startBinding: { elementId: "c" } }));
      },
      check: (g) => expect(linked(g, "Web server", "Worker")).toBe(false),
    },
    {
      name: "arrows ending at a note written beside a box reach the box, not each other",
      build: (b) => {
        b.box("a", "Web server", { x: 0, y: -200 });
        b.box("c", "Worker", { x: 0, y: 200 });
        b.box("d", "MySQL", { x: 400, y: 0 });
        b.text("t", 570, 28, "rows written daily");
        b.elements.push(loose("x1", [160, -160], [590, 20], { startBinding: { elementId: "a" } }));
        b.elements.push(loose("x2", [590, 60], [160, 240], { endBinding: { elementId: "c" } }));
      },
      check: (g) => {
        expect(linked(g, "Web server", "MySQL")).toBe(true);
        expect(linked(g, "Worker", "MySQL")).toBe(true);
        expect(linked(g, "Web server", "Worker")).toBe(false);
      },
    },
    {
      name: "an end 90 px from a shape reaches nothing",
      build: () => undefined,
      check: () => expect(pair(90).connections).toEqual([]),
    },
  ],
});

readerTester("8. icon-only things", {
  valid: [
    {
      name: "a person from an ellipse and strokes is a client",
      build: (b) => {
        b.elements.push({ id: "h", type: "ellipse", x: 12, y: 0, width: 26, height: 26, groupIds: ["p"] });
        for (const [id, pts] of [
          [
            "body",
            [
              [0, 0],
              [0, 30],
            ],
          ],
          [
            "legs",
            [
              [-15, 55],
              [0, 30],
              [15, 55],
            ],
          ],
        ] as const)
          b.elements.push({ id, type: "line", x: 25, y: 26, width: 30, height: 55, groupIds: ["p"], points: pts });
        b.box("lb", "LB", { x: 300, y: 0 });
        b.arrow("x", "h", "lb", { bind: "end" });
      },
      check: (g) => {
        const person = g.components.find((c) => c.elementIds.includes("h"))!;
        expect(person.kind).toBe("client");
        expect(person.reading).toMatchObject({ source: "inferred", why: "drawn as a person" });
      },
    },
    {
      name: "an icon group with a Korean caption below is what the caption names",
      build: (b) => {
        b.elements.push({ id: "ic", type: "rectangle", x: 0, y: 0, width: 64, height: 64, groupIds: ["i"] });
        b.elements.push(textEl("cap", -10, 72, "메시지 큐", { groupIds: ["i"] }));
      },
      check: (g) =>
        expect(g.components.map((c) => [c.kind, c.reading?.source])).toEqual([["message_queue", "icon_caption"]]),
    },
    {
      name: "a cylinder drawn from a lid, a base and two side lines, none grouped, is one store",
      build: (b) => {
        b.box("w", "Web server", { x: -400, y: 60 });
        b.box("lid", "Orders", { type: "ellipse", x: 0, y: 0, w: 200, h: 80 });
        b.box("base", "", { type: "ellipse", style: "none", x: 4, y: 180, w: 196, h: 40 });
        b.elements.push(loose("l", [0, 40], [4, 200], { type: "line" }));
        b.elements.push(loose("r", [200, 40], [200, 200], { type: "line" }));
        b.elements.push(loose("x", [-240, 200], [-10, 200], { startBinding: { elementId: "w" } }));
      },
      check: (g) => {
        expect(g.components.map((c) => [c.label, c.kind])).toEqual([
          ["Web server", "web_server"],
          ["Orders", "database"],
        ]);
        expect(g.connections).toHaveLength(1);
        expect(linked(g, "Web server", "Orders")).toBe(true);
      },
    },
    ...(
      [
        ["get from blob storage", "object_storage"],
        ["캐시에서 읽기", "cache"],
        ["sent on to the workers", "database"],
      ] as const
    ).map(([remark, kind]): ReadCase => ({
      name: `a wordless cylinder beside the remark ${JSON.stringify(remark)} is ${kind} (only a store named there counts)`,
      build: (b) => {
        wordlessCylinder(b, 0, 0);
        b.text("r", -remark.length * 11 - 10, 60, remark);
        b.box("s", "Web server", { x: 400, y: 40 });
        b.arrow("a", "s", "lid");
      },
      check: (g) => expect(g.components.find((c) => c.elementIds.includes("lid"))?.kind).toBe(kind),
    })),
    ...(
      [
        ["terraform-state", 0.8, "object_storage"],
        ["static frontend", 0.8, "object_storage"],
        ["프론트엔드", 0.8, "object_storage"],
        ["Redis", 0.8, "cache"],
        ["Orders", 1, "database"],
        ["Alerts", 0.2, "monitoring"],
      ] as const
    ).map(([caption, foot, kind]): ReadCase => ({
      name: `a lid over a body ${foot === 1 ? "with straight sides" : foot < 0.5 ? "ending in a spout (a funnel)" : "narrowing to its foot (a bucket)"} captioned ${JSON.stringify(caption)} is ${kind}`,
      build: (b) => lidOverBody(b, caption, foot),
      check: (g) => expect(g.components.map((c) => c.kind)).toEqual([kind]),
    })),
    {
      name: "a person drawn on a square tile is a client, the tile being background",
      build: (b) => {
        const g = { groupIds: ["icon"] };
        b.elements.push({ id: "tile", type: "rectangle", x: 0, y: 0, width: 64, height: 64, ...g });
        b.elements.push({ id: "head", type: "ellipse", x: 24, y: 6, width: 16, height: 16, ...g });
        b.elements.push(loose("body", [32, 22], [32, 44], { type: "line", ...g }));
        b.elements.push(loose("arms", [18, 30], [46, 30], { type: "line", ...g }));
        b.elements.push(loose("legs", [20, 58], [44, 58], { type: "line", ...g }));
        b.elements.push(textEl("cap", 10, 70, "Alice", g));
      },
      check: (g) => expect(g.components.map((c) => [c.label, c.kind])).toEqual([["Alice", "client"]]),
    },
    captionInTwoTexts("a caption written as two texts, one line under the other, names one thing", 80),
    captionInTwoTexts("a caption continued on a line beyond the usual gap still names one thing", 100),
    {
      name: "a server picture with a logo right beside it and a caption under both is one component",
      build: (b) => {
        b.box("srv", "", { type: "image", style: "none", x: 0, y: 0, w: 70, h: 70 });
        b.box("logo", "", { type: "image", style: "none", x: 76, y: 12, w: 70, h: 46 });
        b.text("cap", 10, 82, "Order service");
        b.box("db", "Postgres", { x: 400, y: 0 });
        b.arrow("a", "logo", "db", { bind: "start" });
      },
      check: (g) => {
        expect(g.components.map((c) => [c.label, c.kind])).toEqual([
          ["Order service", "web_server"],
          ["Postgres", "database"],
        ]);
        expect(g.components[0]!.elementIds).toEqual(expect.arrayContaining(["srv", "logo", "cap"]));
        expect(linked(g, "Order service", "Postgres")).toBe(true);
      },
    },
  ],
  invalid: [
    {
      name: "two ellipses one over the other without side lines stay two things",
      build: (b) => {
        b.box("top", "Orders DB", { type: "ellipse", x: 0, y: 0, w: 200, h: 80 });
        b.box("low", "Redis", { type: "ellipse", x: 0, y: 180, w: 200, h: 80 });
      },
      check: (g) => expect(g.components.map((c) => c.kind)).toEqual(["database", "cache"]),
    },
    {
      name: "two captioned pictures side by side stay two components",
      build: (b) => {
        b.box("k", "", { type: "image", style: "none", x: 0, y: 0, w: 70, h: 70 });
        b.text("kc", 10, 82, "Kafka");
        b.box("r", "", { type: "image", style: "none", x: 80, y: 0, w: 70, h: 70 });
        b.text("rc", 90, 82, "Redis");
      },
      check: (g) => expect(g.components.map((c) => c.kind)).toEqual(["message_queue", "cache"]),
    },
    {
      name: "pictures joined by an arrow stay two things",
      build: (b) => {
        b.box("u", "", { type: "image", style: "none", x: 0, y: 0, w: 70, h: 70 });
        b.box("s", "", { type: "image", style: "none", x: 90, y: 0, w: 70, h: 70 });
        b.text("sc", 100, 82, "API server");
        b.arrow("a", "u", "s");
      },
      check: (g) => expect(g.components).toHaveLength(2),
    },
    {
      name: "a plain unlabelled ellipse is no client",
      build: (b) => {
        b.box("e", "", { type: "ellipse", style: "none", x: 0, y: 0 });
        b.box("lb", "LB", { x: 300, y: 0 });
        b.arrow("x", "e", "lb");
      },
      check: (g) => expect(g.components.find((c) => c.elementIds.includes("e"))?.kind).toBe("unknown"),
    },
  ],
});

readerTester("8b. captions set further off, and pasted screenshots", {
  valid: [
    {
      name: "a tall box captioned 60 px under its foot is what the caption names",
      build: (b) => {
        b.box("m", "Mobile app", { x: -300, y: 200 });
        b.box("gw", "", { x: 0, y: 0, w: 90, h: 600, style: "none" });
        b.text("cap", -30, 660, "API Gateway");
        b.arrow("a", "m", "gw");
      },
      check: (g) => {
        expect(g.components.map((c) => [c.label, c.kind])).toEqual([
          ["Mobile app", "client"],
          ["API Gateway", "api_gateway"],
        ]);
        expect(g.components[1]!.elementIds).toEqual(["gw", "cap"]);
        expect(linked(g, "Mobile app", "API Gateway")).toBe(true);
      },
    },
    {
      name: "an icon named by a line set large right above it",
      build: (b) => {
        for (const [i, l] of ["Gateway", "Worker", "Redis"].entries()) b.box(`b${i}`, l, { x: 300 + i * 250, y: 0 });
        strokeIcon(b, "chip", 0, 60);
        b.text("cap", -62, 20, "ESP32 Device", { fontSize: 28 });
      },
      check: (g) => {
        const chip = g.components.find((c) => c.elementIds.includes("chip"));
        expect(chip).toMatchObject({ label: "ESP32 Device", kind: "client" });
      },
    },
  ],
  invalid: [
    {
      name: "a caption 60 px under a small box is too far to name it",
      build: (b) => {
        b.box("s", "", { x: 0, y: 0, w: 160, h: 80, style: "none" });
        b.text("cap", 10, 140, "Redis");
      },
      check: (g) => expect(g.components.map((c) => c.elementIds)).toEqual([["cap"]]),
    },
    {
      name: "a heading set large 60 px above an icon does not name it",
      build: (b) => {
        for (const [i, l] of ["Gateway", "Worker", "Redis"].entries()) b.box(`b${i}`, l, { x: 300 + i * 250, y: 0 });
        strokeIcon(b, "chip", 0, 100);
        b.text("cap", -20, 5, "Devices", { fontSize: 28 });
      },
      check: (g) => expect(g.components.find((c) => c.elementIds.includes("cap"))).toBeUndefined(),
    },
    {
      name: "a screenshot pasted under a heading is not a component",
      build: (b) => {
        b.box("shot", "", { type: "image", style: "none", x: 0, y: 0, w: 1000, h: 400 });
        b.text("h", 300, 20, "Youtube", { fontSize: 60 });
        b.text("h2", 300, -80, "Detailed design", { fontSize: 36 });
      },
      check: (g) => expect(g.components).toEqual([]),
    },
  ],
});

readerTester("9. containers", {
  valid: [
    {
      name: "a service box holding endpoint boxes is one service",
      build: (b) => {
        b.box("e1", "POST /login", { x: 20, y: 60, w: 140, h: 40 });
        b.box("e2", "GET /me API", { x: 20, y: 120, w: 140, h: 40 });
        b.elements.unshift({ id: "s", type: "rectangle", x: 0, y: 0, width: 180, height: 180 });
        b.text("st", 10, 10, "인증 서비스");
      },
      check: (g) => {
        expect(g.zones).toEqual([]);
        expect(g.components.map((c) => c.kind)).toEqual(["web_server"]);
      },
    },
    {
      name: "an outside system holding its API and WS boxes is one component",
      build: (b) => {
        b.box("a", "API", { x: 20, y: 60, w: 80, h: 50 });
        b.box("w", "WS", { x: 20, y: 140, w: 80, h: 50 });
        b.box("m", "Slack API", { x: 120, y: 60, w: 100, h: 50 });
        b.zone("s", "Slack", ["a", "w", "m"]);
      },
      check: (g) => {
        expect(g.zones).toEqual([]);
        expect(g.components.map((c) => c.label)).toEqual(["Slack"]);
      },
    },
    {
      name: "an outside system whose API and WS boxes sit on its border is one component, its kind not guessed",
      build: (b) => {
        b.box("s", "", { x: 0, y: 0, w: 300, h: 300, style: "none" });
        b.text("st", 20, 20, "Slack");
        b.box("ws", "WS", { x: 260, y: 80, w: 80, h: 50 });
        b.box("api", "API", { x: 260, y: 200, w: 80, h: 50 });
        b.box("l", "Listener worker", { x: 600, y: 80 });
        b.box("c", "Mobile client", { x: 600, y: 200 });
        b.arrow("a1", "l", "ws");
        b.arrow("a2", "c", "api");
      },
      check: (g) => {
        expect(g.components.map((c) => [c.label, c.kind])).toEqual([
          ["Slack", "unknown"],
          ["Listener worker", "worker"],
          ["Mobile client", "client"],
        ]);
        expect(linked(g, "Listener worker", "Slack")).toBe(true);
        expect(linked(g, "Mobile client", "Slack")).toBe(true);
      },
    },
    ...(
      [
        ["AOC Website", "AOC API"],
        ["카카오 웹사이트", "API"],
      ] as const
    ).map(([site, port]): ReadCase => ({
      name: `"${site}" around its "${port}" box is an outside system others call, not a client`,
      build: (b) => {
        b.box("p", port, { x: 40, y: 100, w: 160, h: 60 });
        b.zone("s", site, ["p"]);
        b.box("j", "Scheduled jobs", { x: 600, y: 100 });
        b.arrow("a", "j", "p");
      },
      check: (g) => {
        expect(kindOf(g, site)).toBe("unknown");
        expect(linked(g, "Scheduled jobs", site)).toBe(true);
      },
    })),
    {
      name: "a browser with an HTTPS box where its arrow leaves stays a client",
      build: (b) => {
        b.box("p", "HTTPS", { x: 40, y: 100, w: 160, h: 60 });
        b.zone("s", "Browser", ["p"]);
      },
      check: (g) => expect(kindOf(g, "Browser")).toBe("client"),
    },
    {
      name: "a client around a page of its own screen stays a client",
      build: (b) => {
        b.box("p", "Login page", { x: 40, y: 100, w: 160, h: 60 });
        b.zone("s", "Web app", ["p"]);
      },
      check: (g) => expect(kindOf(g, "Web app")).toBe("client"),
    },
    {
      name: "a host holding a named server that pokes out of its side is a zone around it",
      build: (b) => {
        b.box("h", "", { x: 0, y: 0, w: 420, h: 360, style: "none" });
        b.text("ht", 20, 10, "Server 2 (app)");
        b.box("n", "Nginx", { x: -50, y: 60, w: 380, h: 240 });
      },
      check: (g) => {
        expect(g.zones.map((z) => z.label)).toEqual(["Server 2 (app)"]);
        expect(g.components.map((c) => [c.label, c.zone])).toEqual([["Nginx", "z1"]]);
      },
    },
    {
      name: "a host named only as a machine holding a box the words do not know is a zone around it",
      build: (b) => {
        b.box("m", "MediaWiki", { x: 40, y: 80, w: 200, h: 100 });
        b.zone("h", "Server 1", ["m"]);
      },
      check: (g) => {
        expect(g.zones.map((z) => z.label)).toEqual(["Server 1"]);
        expect(g.components.map((c) => [c.label, c.kind])).toEqual([["MediaWiki", "unknown"]]);
      },
    },
    {
      name: "a Korean outside system holding its API and WebSocket boxes is one component",
      build: (b) => {
        b.box("a", "API", { x: 20, y: 60, w: 80, h: 50 });
        b.box("w", "웹소켓", { x: 20, y: 140, w: 80, h: 50 });
        b.zone("s", "카카오톡", ["a", "w"]);
      },
      check: (g) => expect(g.components.map((c) => c.label)).toEqual(["카카오톡"]),
    },
    {
      name: "a frame named like a component drawn elsewhere, reached by no arrow, is a close-up of it",
      build: (b) => {
        b.box("w", "Web server", { x: 0, y: 0 });
        b.box("d", "Database", { x: 300, y: 0 });
        b.arrow("a", "w", "d");
        b.elements.push({ id: "f", type: "frame", x: 0, y: 300, width: 400, height: 200, name: "database" });
        b.box("t1", "users", { x: 20, y: 340, w: 100, h: 50, frameId: "f" });
        b.box("t2", "orders", { x: 200, y: 340, w: 100, h: 50, frameId: "f" });
      },
      check: (g) => {
        expect(g.components.map((c) => c.label)).toEqual(["Web server", "Database"]);
        expect(linked(g, "Web server", "Database")).toBe(true);
      },
    },
    {
      name: "a frame naming the kind of the only component of that kind is a close-up of it (backend beside server)",
      build: (b) => {
        b.box("w", "server", { x: 0, y: 0 });
        b.box("d", "database", { x: 300, y: 0 });
        b.arrow("a", "w", "d");
        b.elements.push({ id: "f", type: "frame", x: 0, y: 300, width: 400, height: 300, name: "backend" });
        b.box("r", "Router /drawings\nGET /\nPOST /", { x: 20, y: 340, w: 300, h: 200, frameId: "f" });
      },
      check: (g) => expect(g.components.map((c) => c.label)).toEqual(["server", "database"]),
    },
    {
      name: "a zone's title with logos set beside it still names the zone",
      build: (b) => {
        b.box("z", "", { x: 0, y: 0, w: 400, h: 300, style: "none" });
        b.text("t", 20, 12, "Client App");
        b.box("l1", "", { type: "image", style: "none", x: 170, y: 6, w: 40, h: 40 });
        b.box("l2", "", { type: "image", style: "none", x: 215, y: 6, w: 40, h: 40 });
        b.box("w", "Web App", { x: 40, y: 100 });
        b.box("m", "Mobile App", { x: 40, y: 200, h: 60 });
      },
      check: (g) => {
        expect(g.zones.map((z) => z.label)).toEqual(["Client App"]);
        expect(g.components.map((c) => c.label)).toEqual(["Web App", "Mobile App"]);
      },
    },
    {
      name: "a frame naming a kind drawn twice elsewhere is a component of its own",
      build: (b) => {
        b.box("w1", "Orders service", { x: 0, y: 0 });
        b.box("w2", "Users service", { x: 300, y: 0 });
        b.elements.push({ id: "f", type: "frame", x: 0, y: 300, width: 400, height: 300, name: "backend" });
        b.box("r", "Router /drawings\nGET /\nPOST /", { x: 20, y: 340, w: 300, h: 200, frameId: "f" });
      },
      check: (g) => expect(g.components.map((c) => c.label)).toEqual(["Orders service", "Users service", "backend"]),
    },
    {
      name: "a frame named database holding tables is a database",
      build: (b) => {
        b.elements.push({ id: "f", type: "frame", x: 0, y: 0, width: 400, height: 200, name: "database" });
        b.box("t1", "users", { x: 20, y: 40, w: 100, h: 50, frameId: "f" });
        b.box("t2", "orders", { x: 200, y: 40, w: 100, h: 50, frameId: "f" });
      },
      check: (g) => expect(g.components.map((c) => c.kind)).toEqual(["database"]),
    },
  ],
  invalid: [
    {
      name: "a backend box holding an API server and a worker stays a zone",
      build: (b) => {
        b.box("a", "API server", { x: 20, y: 60, w: 120, h: 50 });
        b.box("w", "Worker", { x: 200, y: 60, w: 120, h: 50 });
        b.zone("s", "Backend", ["a", "w"]);
      },
      check: (g) => expect(g.zones.map((z) => z.label)).toEqual(["Backend"]),
    },
    {
      name: "a box named for clients holding an HTTP client and a worker stays a zone",
      build: (b) => {
        b.box("h", "HTTP client", { x: 20, y: 60, w: 120, h: 50 });
        b.box("w", "Worker", { x: 200, y: 60, w: 120, h: 50 });
        b.zone("s", "Slack client services", ["h", "w"]);
      },
      check: (g) => expect(g.zones.map((z) => z.label)).toEqual(["Slack client services"]),
    },
    {
      name: "a frame named like a component drawn elsewhere that an arrow reaches stays a component",
      build: (b) => {
        b.box("w", "Web server", { x: 0, y: 0 });
        b.box("d", "Database", { x: 300, y: 0 });
        b.elements.push({ id: "f", type: "frame", x: 0, y: 300, width: 400, height: 200, name: "database" });
        b.box("t1", "users", { x: 20, y: 340, w: 100, h: 50, frameId: "f" });
        b.arrow("a", "w", "f");
      },
      check: (g) => expect(g.components.map((c) => c.label)).toEqual(["Web server", "Database", "database"]),
    },
    {
      name: "a service holding a box the words do not know stays one service",
      build: (b) => {
        b.box("p", "Pricing rules", { x: 40, y: 80, w: 200, h: 100 });
        b.zone("s", "Order service", ["p"]);
      },
      check: (g) => {
        expect(g.zones).toEqual([]);
        expect(g.components.map((c) => [c.label, c.kind])).toEqual([["Order service", "web_server"]]);
      },
    },
    {
      name: "a box only touching a zone's border, mostly outside it, is not in the zone",
      build: (b) => {
        b.box("w", "Web server", { x: 40, y: 80 });
        b.box("d", "DB", { x: 40, y: 220 });
        b.zone("z", "DC1", ["w", "d"]);
        b.box("lb", "Load balancer", { x: 200, y: 120, w: 200, h: 60 });
      },
      check: (g) => expect(g.components.find((c) => c.label === "Load balancer")?.zone).toBeNull(),
    },
    {
      name: "a region stays a zone",
      build: (b) => {
        b.box("w", "Web", { x: 0, y: 0 });
        b.box("d", "DB", { x: 300, y: 0 });
        b.zone("r", "리전 ap-northeast-2", ["w", "d"]);
      },
      check: (g) => expect(g.zones.map((z) => z.label)).toEqual(["리전 ap-northeast-2"]),
    },
  ],
});

readerTester("10. context words", {
  valid: [
    {
      name: "role-named nodes of a queue cluster are the queue",
      build: (b) => {
        b.box("n1", "Node 1 (leader)", { x: 0, y: 0 });
        b.box("n2", "Node 2 (follower)", { x: 300, y: 0 });
        b.zone("z", "Kafka cluster", ["n1", "n2"]);
      },
      check: (g) =>
        expect(g.components.map((c) => [c.kind, c.role])).toEqual([
          ["message_queue", null],
          ["message_queue", null],
        ]),
    },
    reads("node-exporter", "monitoring"),
    reads("mysql_exporter", "monitoring"),
    reads("Shard locator", "load_balancer"),
    reads("MySQL master", "database"),
    reads("마스터 DB", "database"),
  ],
  invalid: [
    notRead("Sentinel", "web_server"),
    notRead("Kubernetes", "web_server"),
    notRead("Pod", "web_server"),
    notRead("mysql_exporter", "database"),
    notRead("Shard locator", "database"),
    notRead("도커", "web_server"),
  ],
});

readerTester("11. kinds inferred from shape and position", {
  valid: [
    {
      name: "a domain-named box behind a load balancer that talks to a store is a service",
      build: (b) => {
        b.box("lb", "ALB", { x: 0, y: 0 });
        b.box("co", "checkout", { x: 300, y: 0 });
        b.box("db", "주문 DB", { x: 600, y: 0 });
        b.box("rs", "room state", { x: 300, y: 300, type: "ellipse" });
        b.arrow("a1", "lb", "co");
        b.arrow("a2", "co", "db");
        b.arrow("a3", "co", "rs");
      },
      check: (g) => {
        expect(kindOf(g, "checkout")).toBe("web_server");
        expect(kindOf(g, "room state")).toBe("database");
        expect(g.components.find((c) => c.label === "checkout")!.reading).toMatchObject({ source: "inferred" });
      },
    },
    {
      name: "a Korean domain name behind a gateway is a service",
      build: (b) => b.chain(["API 게이트웨이", "결제", "DB"]),
      check: (g) => expect(kindOf(g, "결제")).toBe("web_server"),
    },
  ],
  invalid: [
    {
      name: "words that name a non-kind are never overruled (Stripe, Authentication, Rate Limiter)",
      build: (b) => {
        b.box("gw", "API Gateway", { x: 0, y: 0 });
        for (const [i, l] of ["Stripe", "Authentication", "Rate Limiter", "인증"].entries()) {
          b.box(`x${i}`, l, { x: 300, y: i * 150 });
          b.box(`d${i}`, "Redis", { x: 600, y: i * 150 });
          b.arrow(`a${i}`, "gw", `x${i}`);
          b.arrow(`b${i}`, `x${i}`, `d${i}`);
        }
      },
      check: (g) =>
        expect(["Stripe", "Authentication", "Rate Limiter", "인증"].map((l) => kindOf(g, l))).toEqual([
          "unknown",
          "unknown",
          "unknown",
          "unknown",
        ]),
    },
  ],
});

readerTester("12. words beyond English and Korean, and more products", {
  valid: [
    reads("Logger Service", "monitoring"),
    reads("로거 서비스", "monitoring"),
    reads("Kusto", "database"),
    reads("Servidor", "web_server"),
    reads("Fila", "message_queue"),
    reads("Banco de dados", "database"),
    reads("Usuário", "client"),
    reads("Cola de mensajes", "message_queue"),
    reads("Base de datos", "database"),
    reads("消息队列", "message_queue"),
    reads("网关", "api_gateway"),
    reads("データベース", "database"),
    reads("キャッシュ", "cache"),
    reads("База данных", "database"),
    reads("Очередь", "message_queue"),
    reads("Thanos", "monitoring"),
    reads("Zabbix", "monitoring"),
    reads("Datadog agent", "monitoring"),
    reads("Metrics collector", "monitoring"),
    reads("Linux Collector VM\nNo public IP", "monitoring", { h: 100 }),
    reads("Firebase", "database"),
    reads("PlanetScale", "database"),
    reads("Appwrite", "web_server"),
    reads("Locust", "client"),
    reads("Gatling", "client"),
    reads("阿里云", "data_center"),
    reads("레디스", "cache"),
    reads("웹사이트", "client"),
  ],
  invalid: [
    notRead("Login Service", "monitoring"),
    notRead("Blog service", "monitoring"),
    notRead("Apache Kafka", "web_server"),
    notRead("Metadata service", "database"),
  ],
});

describe("tags and provenance", () => {
  it("customData.kind on a floating caption (not a palette item) is honoured", () => {
    const g = graphOf((b) => {
      b.box("s", "", { x: 0, y: 0, style: "none" });
      b.text("t", 10, 90, "Fancy thing", { customData: { kind: "cache" } });
    });
    expect(g.components.map((c) => [c.label, c.kind, c.reading?.source])).toEqual([["Fancy thing", "cache", "tag"]]);
  });

  it("says where each kind came from: bound label, nearby text", () => {
    const g = graphOf((b) => {
      b.box("a", "Redis", { x: 0, y: 0 });
      b.box("c", "MySQL", { x: 400, y: 0, style: "beside" });
    });
    expect(g.components.map((c) => c.reading?.source)).toEqual(["bound_label", "nearby_text"]);
  });

  it("adds nothing unless asked: the result keeps exactly the contract's fields", () => {
    const b = new SceneBuilder();
    b.box("a", "Kafak", { x: 0, y: 0 });
    b.box("c", "Worker", { x: 400, y: 0 });
    b.arrow("x", "a", "c", { bind: "none" });
    const plain = gradeScene(b.scene());
    expect(Object.keys(plain.components[0]!)).not.toContain("reading");
    expect(Object.keys(plain.connections[0]!)).not.toContain("ends");
    const read = gradeScene(b.scene(), undefined, { reading: true });
    expect(read.components[0]!.reading?.source).toBe("bound_label");
    expect(read.connections[0]!.ends).toEqual({ from: "near", to: "near" });
  });
});

readerTester("13. systems outside the design", {
  valid: [
    reads("Third-party API", "unknown"),
    reads("3p mapping API", "unknown"),
    reads("External payment service", "unknown"),
    reads("Stripe API", "unknown"),
    reads("외부 결제 API", "unknown"),
    reads("서드파티 API", "unknown"),
    reads("External DB", "database"),
    reads("3rd-party CDN", "cdn"),
    reads("External users", "client"),
    {
      name: "an outside API called by a service keeps no kind from where it sits",
      build: (b) => b.chain(["API Gateway", "Ride Service", "3p mapping API"]),
      check: (g) => expect(kindOf(g, "3p mapping API")).toBe("unknown"),
    },
  ],
  invalid: [
    notRead("Orders API", "unknown"),
    notRead("External-facing web server", "unknown"),
    notRead("SaaS App Server", "unknown", "the design may be a SaaS"),
    notRead("Auth Service", "unknown"),
    notRead("Payment service (Stripe)", "unknown", "the name outside brackets is a service"),
  ],
});

readerTester("14. proxies", {
  valid: [
    reads("Caddy", "load_balancer"),
    reads("리버스 프록시", "load_balancer"),
    reads("프록시", "load_balancer"),
    reads("Forward proxy", "unknown"),
    reads("Egress proxy", "unknown"),
    {
      name: "a proxy named after the outside system it forwards to is a service, and that system outside the design",
      build: (b) => {
        b.box("be", "Backend", { x: 0, y: 0 });
        b.box("px", "Aviasales Proxy", { x: 300, y: 0 });
        b.box("api", "Aviasales API", { x: 600, y: 0 });
        b.box("wp", "Wikipedia Proxy", { x: 300, y: 300 });
        b.box("w", "Wikipedia", { x: 600, y: 300 });
        b.arrow("a1", "be", "px");
        b.arrow("a2", "px", "api");
        b.arrow("a3", "be", "wp");
        b.arrow("a4", "wp", "w", { bind: "none" });
      },
      check: (g) =>
        expect(["Aviasales Proxy", "Aviasales API", "Wikipedia Proxy", "Wikipedia"].map((l) => kindOf(g, l))).toEqual([
          "web_server",
          "unknown",
          "web_server",
          "unknown",
        ]),
    },
    {
      name: "the same in Korean",
      build: (b) => b.chain(["카카오 프록시", "카카오 API"]),
      check: (g) => expect([kindOf(g, "카카오 프록시"), kindOf(g, "카카오 API")]).toEqual(["web_server", "unknown"]),
    },
  ],
  invalid: [
    {
      name: "a reverse proxy in front of the design's servers stays a load balancer",
      build: (b) => {
        b.box("px", "Nginx reverse proxy", { x: 0, y: 0 });
        b.box("w1", "Web server 1", { x: 300, y: 0 });
        b.box("w2", "API server", { x: 300, y: 200 });
        b.arrow("a1", "px", "w1");
        b.arrow("a2", "px", "w2");
      },
      check: (g) => {
        expect(kindOf(g, "Nginx reverse proxy")).toBe("load_balancer");
        expect([kindOf(g, "Web server 1"), kindOf(g, "API server")]).toEqual(["web_server", "web_server"]);
      },
    },
    {
      name: "a proxy in front of the design's own service of the same name stays a load balancer",
      build: (b) => b.chain(["Orders proxy", "Orders service", "Orders DB"]),
      check: (g) =>
        expect([kindOf(g, "Orders proxy"), kindOf(g, "Orders service")]).toEqual(["load_balancer", "web_server"]),
    },
    {
      name: "a proxy in front of the design's own service of the same name, and nothing behind it, stays a load balancer",
      build: (b) => b.chain(["Image proxy", "Image service"]),
      check: (g) =>
        expect([kindOf(g, "Image proxy"), kindOf(g, "Image service")]).toEqual(["load_balancer", "web_server"]),
    },
    {
      name: "a proxy named after a store it links to leaves the store's kind alone",
      build: (b) => b.chain(["Orders proxy", "Orders DB"]),
      check: (g) => expect(kindOf(g, "Orders DB")).toBe("database"),
    },
  ],
});

/** A small design: a client, a load balancer, a server and a database in a row. */
const design = (b: SceneBuilder) => {
  b.box("cl", "Client", { x: 0, y: 0 });
  b.box("lb", "Load balancer", { x: 300, y: 0 });
  b.box("web", "Web server", { x: 600, y: 0 });
  b.box("db", "Postgres", { x: 900, y: 0 });
  b.arrow("d1", "cl", "lb");
  b.arrow("d2", "lb", "web");
  b.arrow("d3", "web", "db");
};
/** Three boxes whose names say no kind, joined in a chain, at (x, y). */
const chain = (b: SceneBuilder, labels: string[], x: number, y: number) => {
  labels.forEach((l, i) => b.box(`k${i}`, l, { x: x + i * 300, y }));
  for (let i = 1; i < labels.length; i++) b.arrow(`k-arrow${i}`, `k${i - 1}`, `k${i}`, { label: "p=0.5" });
};

readerTester("15. another sketch on the same page", {
  valid: [
    {
      name: "a chain of boxes whose names say no kind, drawn apart from the design, is a side sketch",
      build: (b) => {
        design(b);
        chain(b, ["Прибор 1", "Ф1", "Прибор 2"], 0, 1500);
      },
      check: (g) => {
        expect(g.components.map((c) => c.label)).toEqual(["Client", "Load balancer", "Web server", "Postgres"]);
        expect(g.notes.map((n) => n.text)).toEqual(expect.arrayContaining(["Прибор 1", "Ф1", "Прибор 2"]));
      },
    },
  ],
  invalid: [
    {
      name: "the same chain drawn among the design's boxes is part of it",
      build: (b) => {
        design(b);
        chain(b, ["Orders context", "Billing context", "Shipping context"], 0, 200);
      },
      check: (g) => expect(g.components).toHaveLength(7),
    },
    {
      name: "a chain linked to the design is part of it",
      build: (b) => {
        design(b);
        chain(b, ["Прибор 1", "Ф1", "Прибор 2"], 0, 1500);
        b.arrow("join", "web", "k0");
      },
      check: (g) => expect(g.components).toHaveLength(7),
    },
    {
      name: "a chain that names outside systems is part of the design (Stripe, Auth0)",
      build: (b) => {
        design(b);
        chain(b, ["Stripe", "Auth0", "Partner bank"], 0, 1500);
      },
      check: (g) => expect(g.components).toHaveLength(7),
    },
    {
      name: "a page with no design on it keeps its boxes",
      build: (b) => chain(b, ["Прибор 1", "Ф1", "Прибор 2"], 0, 1500),
      check: (g) => expect(g.components).toHaveLength(3),
    },
  ],
});
