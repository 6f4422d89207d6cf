// npm run docs:architecture — draws docs/architecture.excalidraw: Scaleboard's own deployment
// as the README's "How it scales out" describes it, as a person would draw it in Excalidraw
// (labelled shapes, bound arrows, no palette marks), so the grader reads it from the words.
// The file opens in Excalidraw and may be edited there too; npm test grades it (cli.test.ts).
import { writeFileSync } from "node:fs";
import path from "node:path";
import type {
  ExcalidrawArrowElement,
  ExcalidrawElement,
  ExcalidrawEllipseElement,
  ExcalidrawRectangleElement,
  ExcalidrawTextElement,
} from "@excalidraw/excalidraw/element/types";
import { EXCALIFONT, estimateTextWidth, PALETTE_TIMESTAMP, stableHash } from "@/lib/palette/elements";

type Shape = ExcalidrawRectangleElement | ExcalidrawEllipseElement;
type LineHeight = ExcalidrawTextElement["lineHeight"];
type LocalPoint = ExcalidrawArrowElement["points"][number];

const OUT = path.resolve(import.meta.dirname, "../docs/architecture.excalidraw");
const FONT_SIZE = 20;
const LINE_HEIGHT = 1.25 as LineHeight;
const GAP = 8;

const elements: ExcalidrawElement[] = [];
const byId = new Map<string, ExcalidrawElement>();

function add<E extends ExcalidrawElement>(element: E): E {
  elements.push(element);
  byId.set(element.id, element);
  return element;
}

function base(id: string, x: number, y: number, width: number, height: number, fill = "transparent") {
  return {
    id,
    x,
    y,
    width,
    height,
    angle: 0,
    strokeColor: "#1e1e1e",
    backgroundColor: fill,
    fillStyle: "solid" as const,
    strokeWidth: 2,
    strokeStyle: "solid" as const,
    roughness: 1,
    opacity: 100,
    groupIds: [],
    frameId: null,
    index: null,
    seed: stableHash(`${id}#seed`),
    version: 1,
    versionNonce: stableHash(`${id}#nonce`),
    isDeleted: false,
    boundElements: [] as { id: string; type: "text" | "arrow" }[],
    updated: PALETTE_TIMESTAMP,
    link: null,
    locked: false,
  };
}

function text(id: string, x: number, y: number, value: string, containerId: string | null, fontSize = FONT_SIZE) {
  const lines = value.split("\n");
  const width = Math.max(...lines.map((line) => estimateTextWidth(line, fontSize)));
  const height = lines.length * fontSize * LINE_HEIGHT;
  return add<ExcalidrawTextElement>({
    ...base(id, containerId ? x - width / 2 : x, containerId ? y - height / 2 : y, width, height),
    type: "text",
    roundness: null,
    text: value,
    originalText: value,
    fontSize,
    fontFamily: EXCALIFONT,
    textAlign: containerId ? "center" : "left",
    verticalAlign: containerId ? "middle" : "top",
    containerId,
    autoResize: true,
    lineHeight: LINE_HEIGHT,
  });
}

/** A shape with its label bound to it, centred. */
function box(
  id: string,
  label: string,
  x: number,
  y: number,
  o: { w?: number; h?: number; ellipse?: boolean; fill?: string } = {},
) {
  const w = o.w ?? 260;
  const h = o.h ?? 90;
  const shape = add<Shape>(
    o.ellipse
      ? { ...base(id, x, y, w, h, o.fill), type: "ellipse", roundness: { type: 2 } }
      : { ...base(id, x, y, w, h, o.fill), type: "rectangle", roundness: { type: 3 } },
  );
  (shape.boundElements as { id: string; type: string }[]).push({ id: `${id}-label`, type: "text" });
  text(`${id}-label`, x + w / 2, y + h / 2, label, id);
  return id;
}

function centre(e: ExcalidrawElement): [number, number] {
  return [e.x + e.width / 2, e.y + e.height / 2];
}

/** Where the segment from e's centre toward a point leaves e's box, pushed out by GAP. */
function edge(e: ExcalidrawElement, toward: [number, number]): [number, number] {
  const [cx, cy] = centre(e);
  const dx = toward[0] - cx;
  const dy = toward[1] - cy;
  const t = Math.min(
    dx ? (e.width / 2 + GAP) / Math.abs(dx) : Infinity,
    dy ? (e.height / 2 + GAP) / Math.abs(dy) : Infinity,
  );
  return [cx + dx * t, cy + dy * t];
}

/** An arrow bound at both ends, with an optional label bound to it. */
function arrow(from: string, to: string, label?: string) {
  const a = byId.get(from)!;
  const b = byId.get(to)!;
  const start = edge(a, centre(b));
  const end = edge(b, centre(a));
  const id = `${from}-to-${to}`;
  const dx = end[0] - start[0];
  const dy = end[1] - start[1];
  const element = add<ExcalidrawArrowElement>({
    ...base(id, start[0], start[1], Math.abs(dx), Math.abs(dy)),
    type: "arrow",
    roundness: { type: 2 },
    points: [[0, 0] as LocalPoint, [dx, dy] as LocalPoint],
    lastCommittedPoint: null,
    startBinding: { elementId: from, focus: 0, gap: GAP },
    endBinding: { elementId: to, focus: 0, gap: GAP },
    startArrowhead: null,
    endArrowhead: "arrow",
    elbowed: false,
  });
  for (const end of [a, b]) (end.boundElements as { id: string; type: string }[]).push({ id, type: "arrow" });
  if (label) {
    (element.boundElements as { id: string; type: string }[]).push({ id: `${id}-label`, type: "text" });
    text(`${id}-label`, start[0] + dx / 2, start[1] + dy / 2, label, id, 16);
  }
}

const BLUE = "#e7f5ff";
const VIOLET = "#f3f0ff";
const GREEN = "#ebfbee";
const YELLOW = "#fff9db";
const GREY = "#f1f3f5";

box("browser", "Browser\n(candidates, mentors)", 500, 0, { ellipse: true, w: 280, fill: BLUE });
box("dns", "DNS", 60, 210, { ellipse: true, w: 200, h: 80, fill: VIOLET });
box("lb", "Load balancer\n(HTTPS)", 510, 210, { fill: VIOLET });
box("monitor", "Uptime monitor", 980, 210, { w: 240, fill: YELLOW });
box("app1", "Next.js app server 1\n(npm start)", 130, 440, { fill: GREEN });
box("app2", "Next.js app server 2\n(npm start)", 510, 440, { fill: GREEN });
box("app3", "Next.js app server 3\n(npm start)", 890, 440, { fill: GREEN });
box("primary", "PostgreSQL primary\n(managed)", 510, 680, { fill: GREY });
box("replica", "PostgreSQL replica\n(managed standby)", 980, 680, { fill: GREY });
box("model", "Language model\n(optional, OpenAI-compatible)", 1420, 440, { w: 320, fill: "#ffffff" });

arrow("browser", "dns", "name lookup");
arrow("dns", "lb");
arrow("browser", "lb", "HTTPS");
arrow("monitor", "lb", "GET /api/health");
for (const app of ["app1", "app2", "app3"]) {
  arrow("lb", app);
  arrow(app, "primary");
}
arrow("primary", "replica", "replication");
arrow("app3", "model", "feedback (any instance)");

text(
  "note",
  130,
  860,
  [
    "Stateless web tier: sessions are signed JWTs in a cookie, failed sign-in counters live",
    "in Postgres, nothing one instance needs is in another's memory. Run any number of",
    "instances with the same NEXTAUTH_SECRET and DATABASE_URL; each applies pending",
    "migrations at start under an advisory lock, so a rolling deploy is safe.",
  ].join("\n"),
  null,
  16,
);

const scene = {
  type: "excalidraw",
  version: 2,
  source: "scaleboard scripts/draw-architecture.ts",
  elements,
  appState: { viewBackgroundColor: "#ffffff", gridSize: null },
  files: {},
};
writeFileSync(OUT, `${JSON.stringify(scene, null, 1)}\n`);
console.log(`wrote ${path.relative(process.cwd(), OUT)}: ${elements.length} elements`);
