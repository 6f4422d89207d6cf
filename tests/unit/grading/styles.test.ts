// One small drawing per style of docs/grading.md §2 (and corpus/README.md): what the grader
// must see in it (components, kinds, zones, connections).
import { describe, expect, it } from "vitest";
import { describeGraph, type DescribedGraph } from "@/lib/grading";
import { SceneBuilder, textEl } from "./scene-builder";

function graphOf(build: (b: SceneBuilder) => void): DescribedGraph {
  const b = new SceneBuilder();
  build(b);
  return describeGraph(b.scene());
}

function byLabel(g: DescribedGraph, label: string) {
  const found = g.components.filter((c) => c.label === label);
  expect(found, `component "${label}" in ${JSON.stringify(g.components.map((c) => c.label))}`).toHaveLength(1);
  return found[0]!;
}

function linked(g: DescribedGraph, a: string, b: string): boolean {
  const ia = byLabel(g, a).id;
  const ib = byLabel(g, b).id;
  return g.connections.some((c) => (c.from === ia && c.to === ib) || (c.from === ib && c.to === ia));
}

function kinds(g: DescribedGraph): Record<string, string> {
  return Object.fromEntries(g.components.map((c) => [c.label, c.kind]));
}

describe("palette items (customData.kind)", () => {
  it("the palette's kind wins over the label, with replicas and role", () => {
    const g = graphOf((b) => {
      b.box("a", "Fancy store", { customData: { kind: "database", role: "replica", replicas: 2 } });
      b.box("b", "Cache", { customData: { kind: "session_store" } });
      b.box("c", "anything", { customData: { kind: "not-a-kind" } });
    });
    expect(byLabel(g, "Fancy store")).toMatchObject({
      kind: "database",
      role: "replica",
      replicas: 2,
      elementIds: ["a", "a-text"],
    });
    expect(byLabel(g, "Cache").kind).toBe("session_store");
    // An invalid kind is ignored, and the label decides (here: nothing recognised).
    expect(byLabel(g, "anything").kind).toBe("unknown");
  });

  it("a palette item grouped with its text is one component", () => {
    const g = graphOf((b) =>
      b.box("lb", "Load balancer", { customData: { kind: "load_balancer" }, style: "grouped", groupIds: ["p1"] }),
    );
    expect(g.components).toHaveLength(1);
    expect(g.components[0]).toMatchObject({
      kind: "load_balancer",
      elementIds: expect.arrayContaining(["lb", "lb-text"]),
    });
  });
});

describe("bound text", () => {
  it("reads rectangles, ellipses, diamonds and images with bound labels", () => {
    const g = graphOf((b) => {
      b.box("r", "Web server");
      b.box("e", "Redis", { type: "ellipse" });
      b.box("d", "LB", { type: "diamond" });
      b.box("i", "S3", { type: "image" });
    });
    expect(kinds(g)).toEqual({ "Web server": "web_server", Redis: "cache", LB: "load_balancer", S3: "object_storage" });
  });

  it("uses originalText, not the wrapped text", () => {
    const b = new SceneBuilder();
    b.box("s", "Load Balancer");
    const t = b.get("s-text");
    t.text = "Load\nBal-\nancer";
    const g = describeGraph(b.scene());
    expect(g.components[0]).toMatchObject({ label: "Load Balancer", kind: "load_balancer" });
  });

  it("ignores a stale boundElements list and trusts containerId", () => {
    const b = new SceneBuilder();
    b.box("a", "Cache");
    b.box("bx", "", { style: "none" });
    b.get("bx").boundElements = [
      { id: "a-text", type: "text" },
      { id: "gone", type: "arrow" },
    ];
    const g = describeGraph(b.scene());
    expect(byLabel(g, "Cache").elementIds).toEqual(["a", "a-text"]);
  });
});

describe("free text", () => {
  it("names the shape it lies on, and the shape beside it", () => {
    const g = graphOf((b) => {
      b.box("over", "PostgreSQL", { style: "free" });
      b.box("below", "Kafka", { style: "beside" });
    });
    expect(byLabel(g, "PostgreSQL")).toMatchObject({ kind: "database", elementIds: ["over", "over-text"] });
    expect(byLabel(g, "Kafka")).toMatchObject({ kind: "message_queue", elementIds: ["below", "below-text"] });
  });

  it("a text to the right of a shape names it; a far text does not", () => {
    const g = graphOf((b) => {
      b.box("s", "", { x: 0, y: 0, style: "none" });
      b.text("t", 175, 25, "Memcached");
      b.box("s2", "", { x: 0, y: 400, style: "none" });
      b.text("far", 500, 425, "Notes about the cache layer and eviction policy");
    });
    expect(byLabel(g, "Memcached").elementIds).toEqual(["s", "t"]);
    expect(g.notes.map((n) => n.text)).toContain("Notes about the cache layer and eviction policy");
  });

  it("an extra text beside a labelled box is an annotation (x3), not a second name", () => {
    const g = graphOf((b) => {
      b.box("w", "Web server", { x: 0, y: 0 });
      b.text("n", 0, 90, "x3");
    });
    expect(g.components).toHaveLength(1);
    expect(g.components[0]).toMatchObject({ label: "Web server", replicas: 3, elementIds: ["w", "w-text", "n"] });
  });
});

describe("zones", () => {
  it("a frame holding shapes is a zone named by the frame, with frameId membership", () => {
    const g = graphOf((b) => {
      b.box("w", "Web", { x: 0, y: 0 });
      b.box("d", "DB", { x: 300, y: 0 });
      b.zone("f", "DC1", ["w", "d"], { frame: true });
    });
    expect(g.zones).toEqual([{ id: "z1", label: "DC1", elementIds: ["f"] }]);
    expect(byLabel(g, "Web").zone).toBe("z1");
    expect(byLabel(g, "DB").zone).toBe("z1");
  });

  it("a large titled rectangle is a zone; zones nest (region > availability zones)", () => {
    const g = graphOf((b) => {
      b.box("w1", "Web", { x: 0, y: 0 });
      b.box("w2", "Web", { x: 600, y: 0 });
      b.zone("az1", "AZ a", ["w1"]);
      b.zone("az2", "AZ b", ["w2"]);
      b.zone("region", "ap-northeast-2", ["az1", "az2"]);
    });
    expect(g.zones.map((z) => z.label).sort()).toEqual(["AZ a", "AZ b", "ap-northeast-2"]);
    const az1 = g.zones.find((z) => z.label === "AZ a")!;
    expect(g.components.filter((c) => c.zone === az1.id)).toHaveLength(1);
    expect(g.components.every((c) => c.kind === "web_server")).toBe(true);
  });

  it("an untitled box around components is an untitled zone", () => {
    const g = graphOf((b) => {
      b.box("a", "Service A", { x: 0, y: 0 });
      b.box("c", "Service B", { x: 300, y: 0 });
      b.zone("box", "", ["a", "c"]);
    });
    expect(g.zones).toEqual([{ id: "z1", label: null, elementIds: ["box"] }]);
    expect(g.components.map((c) => c.zone)).toEqual(["z1", "z1"]);
  });

  it("a frame that is itself a component: a titled frame around an icon", () => {
    const b = new SceneBuilder();
    b.elements.push({ id: "f", type: "frame", x: 0, y: 0, width: 200, height: 200, name: "Load Balancer" });
    for (let i = 0; i < 3; i++) {
      b.elements.push({
        id: `l${i}`,
        type: "line",
        x: 40 + i * 30,
        y: 40,
        width: 20,
        height: 100,
        frameId: "f",
        groupIds: ["icon"],
        points: [
          [0, 0],
          [10, 50],
          [20, 100],
        ],
      });
    }
    const g = describeGraph(b.scene());
    expect(g.zones).toEqual([]);
    expect(g.components).toHaveLength(1);
    expect(g.components[0]).toMatchObject({ label: "Load Balancer", kind: "load_balancer" });
    expect(g.components[0]!.elementIds.sort()).toEqual(["f", "l0", "l1", "l2"]);
  });

  it("a titled data store box listing its tables is one database", () => {
    const g = graphOf((b) => {
      b.box("t1", "users table", { x: 0, y: 0 });
      b.box("t2", "orders table", { x: 300, y: 0 });
      b.zone("pg", "PostgreSQL", ["t1", "t2"]);
      b.box("api", "API server", { x: 0, y: 500 });
      b.arrow("a1", "api", "t1");
    });
    expect(g.zones).toEqual([]);
    expect(kinds(g)).toEqual({ PostgreSQL: "database", "API server": "web_server" });
    expect(linked(g, "API server", "PostgreSQL")).toBe(true);
  });
});

describe("groups", () => {
  it("a shape and its caption grouped are one component", () => {
    const g = graphOf((b) => b.box("s", "Redis", { style: "grouped" }));
    expect(g.components).toEqual([
      expect.objectContaining({ label: "Redis", kind: "cache", elementIds: ["s", "s-text"] }),
    ]);
  });

  it("an icon drawn with grouped strokes and a caption, inside nested groups", () => {
    const b = new SceneBuilder();
    b.elements.push({ id: "r", type: "rectangle", x: 0, y: 0, width: 64, height: 64, groupIds: ["inner", "outer"] });
    b.elements.push({
      id: "l1",
      type: "line",
      x: 10,
      y: 10,
      width: 40,
      height: 40,
      groupIds: ["inner", "outer"],
      points: [
        [0, 0],
        [40, 40],
      ],
    });
    b.elements.push({ id: "e1", type: "ellipse", x: 20, y: 20, width: 10, height: 10, groupIds: ["inner", "outer"] });
    b.elements.push(textEl("cap", -20, 70, "Route 53", { groupIds: ["outer"] }));
    const g = describeGraph(b.scene());
    expect(g.components).toHaveLength(1);
    expect(g.components[0]!.kind).toBe("dns");
    expect(g.components[0]!.elementIds.sort()).toEqual(["cap", "e1", "l1", "r"]);
    expect(g.connections).toEqual([]);
  });

  it("a group naming several things (a library composite) splits into them", () => {
    const g = graphOf((b) => {
      b.box("lb", "Load Balancer", { x: 0, y: 0, groupIds: ["all"] });
      b.box("db", "Database", { x: 400, y: 0, groupIds: ["all"] });
      b.box("rep", "Replica", { x: 800, y: 0, groupIds: ["all"] });
      b.arrow("a1", "lb", "db");
      b.arrow("a2", "db", "rep");
      b.get("a1").groupIds = ["all"];
      b.get("a2").groupIds = ["all"];
    });
    expect(kinds(g)).toEqual({ "Load Balancer": "load_balancer", Database: "database", Replica: "database" });
    expect(byLabel(g, "Replica").role).toBe("replica");
    expect(linked(g, "Load Balancer", "Database") && linked(g, "Database", "Replica")).toBe(true);
  });

  it("stacked copies of one shape mean several instances", () => {
    const b = new SceneBuilder();
    for (let i = 0; i < 3; i++)
      b.elements.push({
        id: `s${i}`,
        type: "rectangle",
        x: i * 10,
        y: i * 10,
        width: 140,
        height: 90,
        groupIds: ["stack"],
      });
    b.elements.push(textEl("t", 30, 40, "Web server", { groupIds: ["stack"] }));
    const g = describeGraph(b.scene());
    expect(g.components).toEqual([expect.objectContaining({ label: "Web server", replicas: 3 })]);
  });
});

describe("connections", () => {
  const pair = (bind: "both" | "start" | "end" | "none", type: "arrow" | "line" = "arrow", gap = 6) =>
    graphOf((b) => {
      b.box("a", "Web server");
      b.box("c", "MySQL");
      b.arrow("x", "a", "c", { bind, type, gap });
    });

  it.each(["both", "start", "end", "none"] as const)("an arrow bound at %s end(s) links the shapes", (bind) => {
    expect(pair(bind).connections).toEqual([{ from: "c1", to: "c2", label: null, elementIds: ["x"] }]);
  });

  it("a loose line near both shapes links them; one stopping far away does not", () => {
    expect(pair("none", "line", 30).connections).toHaveLength(1);
    expect(pair("none", "line", 90).connections).toEqual([]);
  });

  it("keeps the direction of the arrow", () => {
    const g = graphOf((b) => {
      b.box("a", "Worker");
      b.box("q", "Queue");
      b.arrow("x", "q", "a");
    });
    expect(g.connections[0]).toMatchObject({ from: byLabel(g, "Queue").id, to: byLabel(g, "Worker").id });
  });

  it("bound and free arrow labels name the connection", () => {
    const g = graphOf((b) => {
      b.box("a", "Web", { x: 0, y: 0 });
      b.box("c", "Cache", { x: 500, y: 0 });
      b.box("d", "DB", { x: 0, y: 500 });
      b.arrow("x", "a", "c", { label: "reads" });
      b.arrow("y", "a", "d", { label: "writes", labelStyle: "free" });
    });
    expect(g.connections).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ label: "reads", elementIds: ["x", "x-label"] }),
        expect.objectContaining({ label: "writes", elementIds: ["y", "y-label"] }),
      ]),
    );
    expect(g.components).toHaveLength(3);
  });

  it("an arrow bound to a label text or an image stands for their shape", () => {
    const g = graphOf((b) => {
      b.box("a", "Client", { style: "free" });
      b.box("i", "CDN", { type: "image", style: "beside" });
      b.arrow("x", "a", "i");
      b.get("x").startBinding = { elementId: "a-text", focus: 0, gap: 1 };
      b.get("x").endBinding = { elementId: "i-text", focus: 0, gap: 1 };
    });
    expect(linked(g, "Client", "CDN")).toBe(true);
  });

  it("an arrow into a zone reaches the zone's entry, not everything in it", () => {
    const g = graphOf((b) => {
      b.box("lb", "LB", { x: 0, y: 0 });
      b.box("w", "Web", { x: 0, y: 250 });
      b.box("d", "DB", { x: 0, y: 500 });
      b.arrow("a1", "lb", "w");
      b.arrow("a2", "w", "d");
      b.zone("dc", "DC1", ["lb", "w", "d"]);
      b.box("dns", "DNS", { x: 600, y: -300 });
      b.arrow("a3", "dns", "dc");
    });
    expect(linked(g, "DNS", "LB")).toBe(true);
    expect(linked(g, "DNS", "Web") || linked(g, "DNS", "DB")).toBe(false);
  });

  it("ignores deleted elements entirely", () => {
    const b = new SceneBuilder();
    b.box("a", "Web");
    b.box("c", "Redis");
    b.arrow("x", "a", "c");
    b.box("gone", "MySQL");
    b.delete("gone").delete("gone-text").delete("x");
    const g = describeGraph(b.scene());
    expect(g.components.map((c) => c.label)).toEqual(["Web", "Redis"]);
    expect(g.connections).toEqual([]);
  });

  it("a text standing alone that arrows reach is a component", () => {
    const g = graphOf((b) => {
      b.text("u", 0, 0, "Users");
      b.text("k", 400, 0, "Kafka");
      b.box("w", "Worker", { x: 800, y: -20 });
      b.elements.push({
        id: "x",
        type: "arrow",
        x: 70,
        y: 12,
        width: 320,
        height: 0,
        points: [
          [0, 0],
          [320, 0],
        ],
        startBinding: { elementId: "u" },
        endBinding: { elementId: "k" },
      });
      b.elements.push({
        id: "y",
        type: "arrow",
        x: 480,
        y: 12,
        width: 310,
        height: 0,
        points: [
          [0, 0],
          [310, 0],
        ],
        startBinding: null,
        endBinding: null,
      });
    });
    expect(kinds(g)).toEqual({ Users: "client", Kafka: "message_queue", Worker: "worker" });
    expect(linked(g, "Users", "Kafka") && linked(g, "Kafka", "Worker")).toBe(true);
  });
});

describe("notes, titles and placeholders are not components", () => {
  it("requirements, estimates and a title stay notes", () => {
    const g = graphOf((b) => {
      b.box("w", "Web server", { x: 0, y: 0 });
      b.text("title", 0, -400, "URL Shortener Service", { fontSize: 36 });
      b.text("req", 600, -400, "Requirements:\n- 100M DAU\n- 10k QPS writes");
      b.text("est", 600, 400, "Storage: 5 TB/year");
      b.text("sentence", -700, 400, "Clients request a signed URL before they upload.");
    });
    expect(g.components.map((c) => c.label)).toEqual(["Web server"]);
    expect(g.notes.map((n) => n.elementIds[0])).toEqual(["title", "req", "est", "sentence"]);
  });

  it("library placeholders (Lorem ipsum, one letter per element) are dropped", () => {
    const g = graphOf((b) => {
      b.box("s", "", { style: "none", groupIds: ["logo"] });
      "Google".split("").forEach((ch, i) => b.text(`g${i}`, 10 + i * 12, 20, ch, { groupIds: ["logo"], fontSize: 12 }));
      b.text("lorem", 400, 0, "Lorem ipsum dolor sit amet");
    });
    expect(g.components).toEqual([]);
    expect(g.unrecognised).toEqual([]);
  });

  it("a box holding a note sentence is not a component", () => {
    const g = graphOf((b) => b.box("n", "every 20 minutes sync s3 with database over pending uploads"));
    expect(g.components).toEqual([]);
  });
});

describe("unrecognised labels", () => {
  it("are reported with their elements, never dropped", () => {
    const g = graphOf((b) => {
      b.box("r", "Rate Limiter");
      b.box("w", "Web");
      b.arrow("x", "w", "r");
    });
    expect(g.unrecognised).toEqual([{ label: "Rate Limiter", elementIds: ["r", "r-text"] }]);
    expect(byLabel(g, "Rate Limiter").kind).toBe("unknown");
  });

  it("an unlabelled shape that arrows reach is reported as unrecognised with an empty label", () => {
    const g = graphOf((b) => {
      b.box("w", "Web");
      b.box("blank", "", { style: "none" });
      b.arrow("x", "w", "blank");
    });
    expect(g.unrecognised).toEqual([{ label: "", elementIds: ["blank"] }]);
  });
});

describe("languages", () => {
  it("reads a Korean drawing", () => {
    const g = graphOf((b) => {
      b.box("u", "사용자");
      b.box("lb", "로드밸런서 (이중화)");
      b.box("w", "웹서버 x2");
      b.box("s", "세션 저장소");
      b.box("m", "마스터 DB");
      b.box("r", "슬레이브 DB");
      b.arrow("a1", "u", "lb");
      b.arrow("a2", "lb", "w");
      b.arrow("a3", "w", "s");
      b.arrow("a4", "w", "m");
      b.arrow("a5", "m", "r");
    });
    expect(g.components.map((c) => [c.kind, c.role, c.replicas])).toEqual([
      ["client", null, 1],
      ["load_balancer", null, 2],
      ["web_server", null, 2],
      ["session_store", null, 1],
      ["database", "primary", 1],
      ["database", "replica", 1],
    ]);
    expect(g.connections).toHaveLength(5);
  });

  it("reads mixed Korean and English labels", () => {
    const g = graphOf((b) => {
      b.box("a", "API게이트웨이");
      b.box("c", "Redis 캐시");
      b.box("q", "Kafka 메시지 큐");
      b.box("d", "DB서버 (read replica)");
    });
    expect(kinds(g)).toEqual({
      API게이트웨이: "api_gateway",
      "Redis 캐시": "cache",
      "Kafka 메시지 큐": "message_queue",
      "DB서버 (read replica)": "database",
    });
    expect(byLabel(g, "DB서버 (read replica)").role).toBe("replica");
  });
});

describe("inputs", () => {
  it("accepts a bare element array and JSON text", () => {
    const b = new SceneBuilder();
    b.box("a", "Web");
    expect(describeGraph(b.elements).components).toHaveLength(1);
    expect(describeGraph(JSON.stringify(b.scene())).components).toHaveLength(1);
  });

  it("accepts both library formats", () => {
    const b = new SceneBuilder();
    b.box("a", "Redis");
    expect(describeGraph({ type: "excalidrawlib", version: 1, library: [b.elements] }).components[0]!.kind).toBe(
      "cache",
    );
    expect(
      describeGraph({ type: "excalidrawlib", version: 2, libraryItems: [{ name: "x", elements: b.elements }] })
        .components[0]!.kind,
    ).toBe("cache");
  });
});

describe("headings", () => {
  it("a large text just above a box titles the zone, but does not rename a labelled box", () => {
    const b = new SceneBuilder();
    b.box("w", "Web server", { x: 0, y: 0 });
    b.zone("dc", "", ["w"]);
    b.text("t", 0, -160, "DC1", { fontSize: 36 });
    b.box("gw", "API Gateway", { x: 800, y: 0 });
    b.text("h", 800, -50, "Shop backend", { fontSize: 36 });
    const g = describeGraph(b.scene());
    expect(g.zones).toEqual([{ id: "z1", label: "DC1", elementIds: ["dc", "t"] }]);
    expect(g.components.map((c) => c.label)).toEqual(["Web server", "API Gateway"]);
    expect(g.notes.map((n) => n.text)).toEqual(["Shop backend"]);
  });
});
