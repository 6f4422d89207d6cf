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

/** A small first design: DNS, a load balancer, two web servers and one database. */
export function demoReviewScene(): StoredScene {
  return {
    type: "excalidraw",
    version: 2,
    elements: [
      ...box("demo-dns", "DNS", 0, 0),
      ...box("demo-lb", "Load balancer", 260, 0),
      ...box("demo-web-1", "Web server", 520, -100),
      ...box("demo-web-2", "Web server", 520, 100),
      ...box("demo-db", "PostgreSQL", 780, 0),
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
