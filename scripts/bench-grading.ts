// npm run bench:grading — how grading time compares with JSON.parse of the same scene, and
// how it grows with size. Scenes are generated (seeded, so every run sees the same ones) in
// the mix real drawings show: bound and free labels, icon groups, zones, bound and loose
// arrows, arrow labels, a fifth of the elements deleted.
//
// Two public paths are timed, both with gradeScene and the default rubric, as the app and
// the CLI call it:
// - a parsed scene (the live panel and interview submission hand the engine an object): the
//   engine's own work, which the target compares with JSON.parse of the same scene;
// - the JSON text (POST /api/grade, and `npm run grade` with the file's bytes): the same
//   work plus the JSON.parse inside, so its ratio is 1 + the engine's share.
import { gradeScene } from "@/lib/grading";
import { percentile, printMachine } from "./bench-stats";

type El = Record<string, unknown>;

function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const LABELS = [
  "User",
  "Web browser",
  "Mobile app",
  "DNS",
  "Route 53",
  "CDN",
  "CloudFront",
  "Load Balancer",
  "ALB",
  "API Gateway",
  "Web server",
  "App server",
  "Order Service",
  "Redis",
  "Memcached",
  "Session store",
  "MySQL primary",
  "Read replica",
  "PostgreSQL",
  "Shard 1",
  "Kafka",
  "SQS",
  "Worker",
  "Prometheus",
  "Grafana",
  "S3",
  "Elasticsearch",
  "웹서버",
  "로드밸런서",
  "캐시",
  "데이터베이스",
  "메시지 큐",
  "Rate limiter",
  "Auth",
];

function common(r: () => number, id: string, type: string, x: number, y: number, w: number, h: number): El {
  return {
    id,
    type,
    x,
    y,
    width: w,
    height: h,
    angle: 0,
    strokeColor: "#1e1e1e",
    backgroundColor: "transparent",
    fillStyle: "solid",
    strokeWidth: 2,
    strokeStyle: "solid",
    roughness: 1,
    opacity: 100,
    groupIds: [] as string[],
    frameId: null,
    index: `a${id}`,
    roundness: { type: 3 },
    seed: Math.floor(r() * 2 ** 31),
    version: 3,
    versionNonce: Math.floor(r() * 2 ** 31),
    isDeleted: false,
    boundElements: null,
    updated: 1735689600000,
    link: null,
    locked: false,
  };
}

function text(r: () => number, id: string, x: number, y: number, value: string, extra: El = {}): El {
  return {
    ...common(r, id, "text", x, y, value.length * 11, 25),
    text: value,
    fontSize: 20,
    fontFamily: 5,
    textAlign: "center",
    verticalAlign: "middle",
    containerId: null,
    originalText: value,
    autoResize: true,
    lineHeight: 1.25,
    ...extra,
  };
}

/** A scene of about `target` elements. */
export function generateScene(target: number, seed = 1): { type: string; version: number; elements: El[] } {
  const r = prng(seed);
  const elements: El[] = [];
  const shapes: { id: string; x: number; y: number; w: number; h: number }[] = [];
  const cols = Math.ceil(Math.sqrt(target / 4));
  let n = 0;
  const id = () => `e${(n++).toString(36)}`;
  for (let i = 0; elements.length < target * 0.75; i++) {
    const cx = (i % cols) * 320;
    const cy = Math.floor(i / cols) * 240;
    const label = `${LABELS[Math.floor(r() * LABELS.length)]!}${r() < 0.3 ? ` ${1 + Math.floor(r() * 9)}` : ""}`;
    const w = 140 + Math.floor(r() * 40);
    const h = 70 + Math.floor(r() * 20);
    const sid = id();
    const style = r();
    if (style < 0.35) {
      const tid = id();
      elements.push({ ...common(r, sid, "rectangle", cx, cy, w, h), boundElements: [{ id: tid, type: "text" }] });
      elements.push(text(r, tid, cx + 10, cy + 25, label, { containerId: sid }));
    } else if (style < 0.7) {
      elements.push(common(r, sid, r() < 0.5 ? "ellipse" : "rectangle", cx, cy, w, h));
      elements.push(text(r, id(), cx + 12, r() < 0.5 ? cy + 25 : cy + h + 6, label));
    } else {
      const g = `g${i}`;
      elements.push({ ...common(r, sid, "rectangle", cx, cy, 64, 64), groupIds: [g] });
      for (let k = 0; k < 3; k++) {
        elements.push({
          ...common(r, id(), "line", cx + 8 + k * 12, cy + 10, 10, 40),
          groupIds: [g],
          points: [
            [0, 0],
            [5, 20],
            [10, 40],
          ],
          startBinding: null,
          endBinding: null,
        });
      }
      elements.push(text(r, id(), cx - 10, cy + 70, label, { groupIds: [g] }));
    }
    shapes.push({ id: sid, x: cx, y: cy, w: style < 0.7 ? w : 64, h: style < 0.7 ? h : 64 });
    if (r() < 0.25) elements.push({ ...common(r, id(), "rectangle", cx + 400, cy, 50, 50), isDeleted: true });
  }
  // Zones: a frame around each block of 3×3 cells.
  for (let zx = 0; zx < cols; zx += 3) {
    for (let zy = 0; zy * cols < shapes.length; zy += 3) {
      const fid = id();
      elements.unshift({
        ...common(r, fid, "frame", zx * 320 - 30, zy * 240 - 60, 3 * 320, 3 * 240),
        name: `DC${zx}-${zy}`,
      });
    }
  }
  // Arrows to the right or downward neighbour; a quarter loose, some labelled.
  for (let i = 0; elements.length < target && i < shapes.length * 3; i++) {
    const a = shapes[Math.floor(r() * shapes.length)]!;
    const right = r() < 0.5;
    const b = shapes.find((s) => (right ? s.x === a.x + 320 && s.y === a.y : s.x === a.x && s.y === a.y + 240));
    if (!b) continue;
    const start = right ? [a.x + a.w + 5, a.y + a.h / 2] : [a.x + a.w / 2, a.y + a.h + 5];
    const end = right ? [b.x - 5, b.y + b.h / 2] : [b.x + b.w / 2, b.y - 5];
    const loose = r() < 0.25;
    const aid = id();
    elements.push({
      ...common(r, aid, "arrow", start[0]!, start[1]!, Math.abs(end[0]! - start[0]!), Math.abs(end[1]! - start[1]!)),
      points: [
        [0, 0],
        [end[0]! - start[0]!, end[1]! - start[1]!],
      ],
      startBinding: loose ? null : { elementId: a.id, focus: 0, gap: 5 },
      endBinding: loose ? null : { elementId: b.id, focus: 0, gap: 5 },
      startArrowhead: null,
      endArrowhead: "arrow",
      elbowed: false,
    });
    if (r() < 0.2)
      elements.push(
        text(r, id(), (start[0]! + end[0]!) / 2 - 20, (start[1]! + end[1]!) / 2 - 12, "reads", { containerId: aid }),
      );
  }
  return { type: "excalidraw", version: 2, elements };
}

const median = (values: number[]) => percentile(values, 50);

interface Case {
  size: number;
  bytes: number;
  /** Several scenes of this size (different seeds), graded in turn. */
  jsons: string[];
  parsed: unknown[];
  parse: number[];
  scene: number[];
  text: number[];
  /** grade ÷ parse of each round, both timed back to back: steadier than a ratio of medians on a busy machine. */
  sceneRatio: number[];
  textRatio: number[];
}

function time(work: () => unknown): number {
  const t0 = performance.now();
  work();
  return performance.now() - t0;
}

function sample(c: Case, round: number, record: boolean): void {
  const i = round % c.jsons.length;
  const json = c.jsons[i]!;
  const scene = c.parsed[i];
  const times = [0, 0, 0];
  const work = [() => JSON.parse(json) as unknown, () => gradeScene(scene), () => gradeScene(json)];
  // The three in a different order each round, so none always runs first (or right after a
  // collection the one before it caused).
  for (let k = 0; k < 3; k++) {
    const w = (k + round) % 3;
    times[w] = time(work[w]!);
  }
  if (!record) return;
  const [parse, graded, fromText] = times as [number, number, number];
  c.parse.push(parse);
  c.scene.push(graded);
  c.text.push(fromText);
  c.sceneRatio.push(graded / parse);
  c.textRatio.push(fromText / parse);
}

const VARIANTS = 4;
const WARM_UP = 20;
const ROUNDS = 100;
const TARGET = 1.5;

function main() {
  printMachine();
  const cases: Case[] = [1000, 5000].map((target) => {
    const jsons = Array.from({ length: VARIANTS }, (_, v) => JSON.stringify(generateScene(target, target + v)));
    const size = (JSON.parse(jsons[0]!) as { elements: unknown[] }).elements.length;
    return {
      size,
      bytes: jsons[0]!.length,
      jsons,
      parsed: jsons.map((j) => JSON.parse(j) as unknown),
      parse: [],
      scene: [],
      text: [],
      sceneRatio: [],
      textRatio: [],
    };
  });
  // Warm the JIT on both sizes, then alternate sizes and scenes, so no run finds the scene it
  // grades still in the CPU caches from the run before (as a server grading a stream of
  // different drawings), and load from other processes weighs on both sizes alike.
  for (let round = 0; round < WARM_UP; round++) for (const c of cases) sample(c, round, false);
  for (let round = 0; round < ROUNDS; round++) for (const c of cases) sample(c, round, true);

  const ms = (values: number[]) =>
    `${median(values).toFixed(2).padStart(6)} / ${percentile(values, 95).toFixed(2).padStart(6)} ms`;
  const ratio = (values: number[]) => `${median(values).toFixed(2)}x`;
  console.log(
    `median / p95 of ${ROUNDS} rounds over ${VARIANTS} scenes per size; ratio = median of each round's grade ÷ its JSON.parse`,
  );
  console.log(
    `${"elements".padEnd(9)}${"bytes".padEnd(9)}${"JSON.parse".padEnd(20)}${"gradeScene(scene)".padEnd(20)}${"ratio".padEnd(8)}${"gradeScene(text)".padEnd(20)}ratio`,
  );
  for (const c of cases) {
    console.log(
      `${String(c.size).padEnd(9)}${String(c.bytes).padEnd(9)}${ms(c.parse).padEnd(20)}${ms(c.scene).padEnd(20)}${ratio(c.sceneRatio).padEnd(8)}${ms(c.text).padEnd(20)}${ratio(c.textRatio)}`,
    );
  }
  const [s, l] = cases as [Case, Case];
  const elementGrowth = l.size / s.size;
  const timeGrowth = median(l.scene) / median(s.scene);
  console.log(
    `growth: ${elementGrowth.toFixed(2)}x the elements took ${timeGrowth.toFixed(2)}x the grading time (JSON.parse: ${(median(l.parse) / median(s.parse)).toFixed(2)}x)`,
  );
  const ratioOk = cases.every((c) => median(c.sceneRatio) <= TARGET);
  const growthOk = timeGrowth <= (elementGrowth * 6) / 5;
  console.log(
    `target: gradeScene(scene) <= ${TARGET}x JSON.parse at ~1,000 and ~5,000 elements: ${ratioOk ? "met" : "NOT met"}; 5x the elements within 6x the time: ${growthOk ? "met" : "NOT met"}`,
  );
  if (!ratioOk || !growthOk) process.exitCode = 1;
}

if (process.argv[1]?.includes("bench-grading")) main();
