// Robustness: thousands of random and mutated scenes (fields removed, wrong types, huge
// numbers, binding and group cycles, odd unicode) must either grade or be refused with
// InvalidSceneError, never anything else. Seeded, so every run feeds the same inputs.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { gradeScene, InvalidSceneError } from "@/lib/grading";
import { isValidLiveElement } from "@/lib/grading/scene/fast-check";
import { liveElementSchema } from "@/lib/grading/scene/schema";
import { SceneBuilder } from "./scene-builder";

function prng(seed: number) {
  let s = seed >>> 0;
  const next = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)]!;
  return { next, int, pick };
}
type Rng = ReturnType<typeof prng>;
type Json = Record<string, unknown>;

const STRINGS = [
  "",
  " ",
  "Web server",
  "LB",
  "DB",
  "Redis",
  "캐시",
  "로드밸런서",
  "数据库",
  "🚀🔥",
  "\u0000",
  "\u202eRTL",
  "e\u0301\u0301\u0301",
  "\ud800",
  "x3",
  "(3)",
  "Shard 1",
  "__proto__",
  "constructor",
  "Lorem ipsum",
  "a".repeat(5000),
  "-\n-\n-",
  "DC1",
  "us-east-1",
];
const WEIRD = [
  null,
  undefined,
  true,
  false,
  0,
  -0,
  -1,
  1e308,
  -1e308,
  1e9,
  2 ** 53,
  NaN,
  Infinity,
  -Infinity,
  "12",
  "",
  [],
  {},
  [[]],
  { elementId: 5 },
  [1, 2, 3],
];
const TYPES = [
  "rectangle",
  "ellipse",
  "diamond",
  "text",
  "arrow",
  "line",
  "frame",
  "magicframe",
  "image",
  "freedraw",
  "draw",
  "embeddable",
  "iframe",
  "selection",
  "??",
  "",
];
const FIELDS = [
  "id",
  "type",
  "x",
  "y",
  "width",
  "height",
  "angle",
  "isDeleted",
  "text",
  "originalText",
  "containerId",
  "groupIds",
  "frameId",
  "startBinding",
  "endBinding",
  "points",
  "customData",
  "name",
  "fontSize",
  "boundElements",
];

function baseScenes(): Json[][] {
  const b = new SceneBuilder();
  b.box("u", "User");
  b.box("lb", "LB x2");
  b.box("w", "Web", { style: "free" });
  b.box("c", "Redis", { style: "beside", type: "ellipse" });
  b.box("d", "DB", { style: "grouped" });
  b.arrow("a1", "u", "lb", { label: "https" });
  b.arrow("a2", "lb", "w", { bind: "none" });
  b.arrow("a3", "w", "c", { bind: "start", type: "line" });
  b.arrow("a4", "w", "d");
  b.zone("z", "DC1", ["w", "c"], { frame: true });
  const corpus = join(process.cwd(), "tests/fixtures/corpus/diagrams");
  const files = [
    "brewinski_rate-limiter.excalidraw",
    "lukasveiga_hotel-reservation.excalidraw",
    "irockel_aws-architecture.excalidraw",
  ];
  return [
    b.elements,
    ...files.map((f) => (JSON.parse(readFileSync(join(corpus, f), "utf8")) as { elements: Json[] }).elements),
  ];
}

function randomValue(r: Rng): unknown {
  const roll = r.next();
  if (roll < 0.3) return r.pick(WEIRD);
  if (roll < 0.55) return r.pick(STRINGS);
  if (roll < 0.8) return (r.next() - 0.5) * 10 ** r.int(12);
  return [r.int(100), r.pick(STRINGS)];
}

function randomElement(r: Rng, ids: string[]): Json {
  const id = r.next() < 0.1 ? r.pick(ids) : `f${r.int(1e6)}`;
  ids.push(id);
  const type = r.pick(TYPES);
  const e: Json = {
    id,
    type,
    x: (r.next() - 0.5) * 2000,
    y: (r.next() - 0.5) * 2000,
    width: r.next() * 300,
    height: r.next() * 200,
  };
  if (type === "text" || r.next() < 0.1) {
    e.text = r.pick(STRINGS);
    if (r.next() < 0.5) e.containerId = r.pick(ids);
    e.fontSize = r.pick([8, 16, 20, 28, 36, 0.001]);
  }
  if (type === "arrow" || type === "line" || type === "freedraw" || r.next() < 0.05) {
    e.points = Array.from({ length: r.int(5) }, () => [(r.next() - 0.5) * 500, (r.next() - 0.5) * 500]);
    if (r.next() < 0.6) e.startBinding = { elementId: r.pick(ids) };
    if (r.next() < 0.6) e.endBinding = { elementId: r.pick(ids) };
  }
  if (r.next() < 0.3) e.groupIds = Array.from({ length: r.int(4) }, () => `g${r.int(5)}`);
  if (r.next() < 0.1) e.frameId = r.pick(ids);
  if (r.next() < 0.1)
    e.customData = {
      kind: r.pick(["cache", "database", "nope", "__proto__", 5]),
      replicas: r.pick([2, -1, 1e9, 1.5, "3"]),
      role: r.pick(["replica", "x"]),
    };
  if (r.next() < 0.15) e.isDeleted = true;
  if (type === "frame" && r.next() < 0.5) e.name = r.pick(STRINGS);
  return e;
}

/** One mutation of a copy of the element list. */
function mutate(r: Rng, elements: Json[]): unknown[] {
  const out: unknown[] = elements.map((e) => ({ ...e }));
  const ids = elements.map((e) => String(e.id));
  const target = () => out[r.int(out.length)] as Json | undefined;
  const times = 1 + r.int(4);
  for (let i = 0; i < times && out.length; i++) {
    const e = target();
    if (!e || typeof e !== "object") continue;
    switch (r.int(12)) {
      case 0:
        delete e[r.pick(FIELDS)];
        break;
      case 1:
        e[r.pick(FIELDS)] = randomValue(r);
        break;
      case 2: // a binding cycle: a text bound to itself, arrows bound to each other
        e.containerId = e.id;
        e.startBinding = { elementId: e.id };
        e.endBinding = { elementId: r.pick(ids) };
        break;
      case 3: // group nesting run wild, or contradictory between elements
        e.groupIds = r.next() < 0.5 ? Array.from({ length: 200 }, (_, k) => `deep${k}`) : ["a", "b", "a"];
        break;
      case 4:
        e.x = r.pick([1e308, -1e308, 1e7, 9.9e7, Number.MAX_SAFE_INTEGER]);
        e.width = r.pick([0, -500, 1e8, 1e12]);
        break;
      case 5:
        e.text = r.pick(STRINGS) + r.pick(STRINGS);
        e.originalText = r.next() < 0.5 ? null : r.pick(STRINGS);
        break;
      case 6:
        out.splice(r.int(out.length), 0, randomValue(r));
        break;
      case 7:
        e.points = r.pick([
          [[0, 0]],
          [[0, 0], [1]],
          [
            [0, 0],
            [NaN, 1],
          ],
          "[[0,0]]",
          [
            [0, 0, 0.5],
            [10, 10, 0.5],
          ],
          [],
        ]);
        break;
      case 8:
        e.frameId = e.id;
        e.type = "frame";
        break;
      case 9:
        out.push({ ...e }); // duplicate id
        break;
      case 10: {
        const self: Json = { kind: "cache" };
        self.self = self; // an object cycle in customData
        e.customData = self;
        break;
      }
      default:
        out.push(randomElement(r, ids));
    }
  }
  return out;
}

/** JSON.stringify that survives the object cycles the fuzzer plants. */
function safeJson(value: unknown): string {
  const seen = new WeakSet<object>();
  return (
    JSON.stringify(value, (_key, v: unknown) => {
      if (typeof v === "object" && v !== null) {
        if (seen.has(v)) return "[cycle]";
        seen.add(v);
      }
      return v;
    }) ?? String(value)
  );
}

function wrap(r: Rng, elements: unknown[]): unknown {
  switch (r.int(12)) {
    case 0:
      return elements;
    case 1:
      return safeJson({ type: "excalidraw", elements }).slice(0, r.int(400)); // truncated JSON
    case 2:
      return { type: "excalidraw", elements: r.pick([null, {}, "x", 3]) };
    case 3:
      return r.pick([
        null,
        undefined,
        42,
        "not json",
        true,
        [],
        {},
        { library: [elements] },
        { libraryItems: [{ elements }] },
        { libraryItems: [{}] },
      ]);
    case 4:
      return new TextEncoder().encode(safeJson({ elements }));
    default:
      return { type: "excalidraw", version: 2, elements, appState: {} };
  }
}

function gradeOrRefuse(input: unknown): "graded" | "refused" {
  try {
    const result = gradeScene(input);
    expect(Number.isInteger(result.score) && result.score >= 0 && result.score <= 100).toBe(true);
    expect(result.findings).toHaveLength(12);
    return "graded";
  } catch (error) {
    if (!(error instanceof InvalidSceneError))
      throw new Error(`threw ${String(error)} for ${safeJson(input).slice(0, 300)}`);
    // The engine's last-resort wrapper must never be what caught it: that would be a bug.
    if (error.reason === "unreadable")
      throw new Error(`internal fault: ${error.message} for ${safeJson(input).slice(0, 300)}`);
    expect(error.message.length).toBeGreaterThan(10);
    return "refused";
  }
}

// About 2 s on an idle machine; the generous timeout only absorbs a loaded CI runner.
describe("fuzzing gradeScene", { timeout: 30_000 }, () => {
  const bases = baseScenes();

  it("mutated real and built scenes: only InvalidSceneError is ever thrown", () => {
    const r = prng(20250101);
    const tally = { graded: 0, refused: 0 };
    for (let i = 0; i < 2500; i++) tally[gradeOrRefuse(wrap(r, mutate(r, r.pick(bases))))]++;
    // Both outcomes must occur, or the fuzzer is not exploring.
    expect(tally.graded).toBeGreaterThan(500);
    expect(tally.refused).toBeGreaterThan(300);
  });

  it("fully random scenes: only InvalidSceneError is ever thrown", () => {
    const r = prng(7);
    const tally = { graded: 0, refused: 0 };
    for (let i = 0; i < 1500; i++) {
      const ids: string[] = [];
      const elements = Array.from({ length: r.int(40) }, () => randomElement(r, ids));
      tally[gradeOrRefuse(r.next() < 0.8 ? { elements } : wrap(r, elements))]++;
    }
    expect(tally.graded).toBeGreaterThan(500);
  });

  it("the fast element check agrees with the zod schema on every fuzzed element", () => {
    const r = prng(99);
    let checked = 0;
    for (let i = 0; i < 400; i++) {
      for (const e of mutate(r, r.pick(bases))) {
        if (typeof e !== "object" || e === null || Array.isArray(e)) continue;
        expect(isValidLiveElement(e as Json), safeJson(e).slice(0, 200)).toBe(liveElementSchema.safeParse(e).success);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(5000);
  });
});

// Piles no drawing has, of the maximum size: each must stay far from quadratic time.
describe("hostile scenes of 20,000 elements", { timeout: 60_000 }, () => {
  const pile = (make: (i: number) => Json) => ({ elements: Array.from({ length: 20_000 }, (_, i) => make(i)) });
  it.each([
    [
      "texts on one spot",
      (i: number) => ({ id: `t${i}`, type: "text", x: 0, y: 0, width: 50, height: 20, text: "Web" }),
    ],
    [
      "boxes and texts on one spot",
      (i: number) =>
        i % 2
          ? { id: `t${i}`, type: "text", x: 0, y: 0, width: 50, height: 20, text: "Redis" }
          : { id: `r${i}`, type: "rectangle", x: 0, y: 0, width: 100, height: 60 },
    ],
    [
      "20,000 nested boxes",
      (i: number) => ({ id: `r${i}`, type: "rectangle", x: i, y: i, width: 40_000 - 2 * i, height: 40_000 - 2 * i }),
    ],
    [
      "20,000 nested named frames",
      (i: number) => ({
        id: `f${i}`,
        type: "frame",
        x: i,
        y: i,
        width: 40_000 - 2 * i,
        height: 40_000 - 2 * i,
        name: `DC${i}`,
      }),
    ],
    [
      "arrows piled on boxes",
      (i: number) =>
        i % 2
          ? {
              id: `a${i}`,
              type: "arrow",
              x: 0,
              y: 0,
              width: 100,
              height: 0,
              points: [
                [0, 0],
                [100, 0],
              ],
            }
          : { id: `r${i}`, type: "rectangle", x: -50 + (i % 7), y: -20, width: 40, height: 40 },
    ],
  ] as const)("%s", (_name, make) => {
    const started = performance.now();
    gradeOrRefuse(pile(make));
    // Seconds, not minutes: about 1 s each on an idle machine.
    expect(performance.now() - started).toBeLessThan(15_000);
  });
});
