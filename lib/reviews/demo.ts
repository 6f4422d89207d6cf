// The zero-config demo of mentor reviews: on first start the demo candidate has a submitted,
// graded interview with a review requested, so the demo mentor finds it in the queue.
import type { Database } from "@/lib/db/client";
import { DEMO_ACCOUNTS } from "@/lib/auth/demo";
import { saveDraft } from "@/lib/interviews/draft";
import type { StoredScene } from "@/lib/interviews/scene";
import { startInterview } from "@/lib/interviews/start";
import { submitInterview } from "@/lib/interviews/submit";

const DEMO_PROMPT = "scale-to-millions";
const DEMO_NOTE = "Is one database enough here, and where would you put a cache?";

function box(id: string, label: string, x: number, y: number): Record<string, unknown>[] {
  const common = { angle: 0, strokeColor: "#1e1e1e", backgroundColor: "transparent", fillStyle: "solid" };
  const style = { strokeWidth: 2, strokeStyle: "solid", roughness: 1, opacity: 100, groupIds: [], frameId: null };
  const meta = { seed: 1, version: 1, versionNonce: 1, isDeleted: false, updated: 1, link: null, locked: false };
  return [
    {
      ...common,
      ...style,
      ...meta,
      id,
      type: "rectangle",
      x,
      y,
      width: 180,
      height: 80,
      roundness: null,
      boundElements: [{ type: "text", id: `${id}-text` }],
    },
    {
      ...common,
      ...style,
      ...meta,
      id: `${id}-text`,
      type: "text",
      x: x + 10,
      y: y + 28,
      width: 160,
      height: 25,
      roundness: null,
      boundElements: [],
      text: label,
      originalText: label,
      fontSize: 20,
      fontFamily: 5,
      textAlign: "center",
      verticalAlign: "middle",
      containerId: id,
      autoResize: true,
      lineHeight: 1.25,
    },
  ];
}

function arrow(id: string, from: ElementBox, to: ElementBox): Record<string, unknown> {
  const [x1, y1] = [from.x + 180, from.y + 40];
  const [x2, y2] = [to.x, to.y + 40];
  return {
    id,
    type: "arrow",
    x: x1,
    y: y1,
    width: x2 - x1,
    height: y2 - y1,
    angle: 0,
    strokeColor: "#1e1e1e",
    backgroundColor: "transparent",
    fillStyle: "solid",
    strokeWidth: 2,
    strokeStyle: "solid",
    roughness: 1,
    opacity: 100,
    groupIds: [],
    frameId: null,
    roundness: null,
    seed: 1,
    version: 1,
    versionNonce: 1,
    isDeleted: false,
    boundElements: [],
    updated: 1,
    link: null,
    locked: false,
    points: [
      [0, 0],
      [x2 - x1, y2 - y1],
    ],
    startBinding: { elementId: from.id, focus: 0, gap: 4 },
    endBinding: { elementId: to.id, focus: 0, gap: 4 },
    startArrowhead: null,
    endArrowhead: "arrow",
    elbowed: false,
  };
}

interface ElementBox {
  id: string;
  x: number;
  y: number;
}

const DNS = { id: "demo-dns", x: 0, y: 0 };
const LB = { id: "demo-lb", x: 260, y: 0 };
const WEB_1 = { id: "demo-web-1", x: 520, y: -100 };
const WEB_2 = { id: "demo-web-2", x: 520, y: 100 };
const DB = { id: "demo-db", x: 780, y: 0 };

/** A small first design: DNS, a load balancer, two web servers and one database, connected. */
export function demoReviewScene(): StoredScene {
  return {
    type: "excalidraw",
    version: 2,
    elements: [
      ...box(DNS.id, "DNS", DNS.x, DNS.y),
      ...box(LB.id, "Load balancer", LB.x, LB.y),
      ...box(WEB_1.id, "Web server", WEB_1.x, WEB_1.y),
      ...box(WEB_2.id, "Web server", WEB_2.x, WEB_2.y),
      ...box(DB.id, "PostgreSQL", DB.x, DB.y),
      arrow("demo-dns-lb", DNS, LB),
      arrow("demo-lb-web-1", LB, WEB_1),
      arrow("demo-lb-web-2", LB, WEB_2),
      arrow("demo-web-1-db", WEB_1, DB),
      arrow("demo-web-2-db", WEB_2, DB),
    ],
    appState: { viewBackgroundColor: "#ffffff" },
    files: {},
  };
}

/** Creates the demo review on first start; a demo candidate with any interview already is left as is. */
export async function ensureDemoReview(db: Database): Promise<void> {
  const candidate = DEMO_ACCOUNTS.find((account) => account.role === "candidate")!;
  const user = await db.user.findUnique({ where: { email: candidate.email }, select: { id: true } });
  if (!user) return;
  const existing = await db.interview.findFirst({ where: { userId: user.id }, select: { id: true } });
  if (existing) return;
  const started = await startInterview(db, user.id, DEMO_PROMPT);
  await saveDraft(db, user.id, started.id, {
    baseVersion: started.version,
    scene: demoReviewScene(),
    notes: "Reads dominate. Start simple, then scale the web tier behind the load balancer.",
  });
  await submitInterview(db, user.id, started.id);
  await db.review.create({ data: { interviewId: started.id, note: DEMO_NOTE } });
}
