// Drawings made from the app's own palette (lib/palette): customData.kind on every element
// must always win, stacks and cylinders must stay one component, the zone item must hold.
import { describe, expect, it } from "vitest";
import { buildPaletteLibraryItems } from "@/lib/palette";
import { describeGraph, gradeScene } from "@/lib/grading";

type El = Record<string, unknown> & { id: string };
const ITEMS = buildPaletteLibraryItems();

/** Drops a copy of a palette item at (x, y), with ids made unique by `tag`, as Excalidraw does on insert. */
function place(name: string, tag: string, x: number, y: number, label?: string): El[] {
  const item = ITEMS.find((i) => i.name?.startsWith(name));
  if (!item) throw new Error(`no palette item ${name}: ${ITEMS.map((i) => i.name).join(", ")}`);
  const rename = (id: string) => `${id}@${tag}`;
  return (item.elements as unknown as El[]).map((e) => ({
    ...e,
    id: rename(e.id),
    x: (e.x as number) + x,
    y: (e.y as number) + y,
    groupIds: (e.groupIds as string[]).map(rename),
    containerId: e.containerId ? rename(e.containerId as string) : null,
    boundElements:
      (e.boundElements as { id: string; type: string }[] | null)?.map((b) => ({ ...b, id: rename(b.id) })) ?? null,
    ...(label && e.type === "text" ? { text: label, originalText: label } : {}),
  }));
}

function arrow(id: string, from: El[], to: El[]): El {
  const a = from[0]!;
  const b = to[0]!;
  const start = [(a.x as number) + (a.width as number) / 2, (a.y as number) + (a.height as number) / 2];
  const end = [(b.x as number) + (b.width as number) / 2, (b.y as number) + (b.height as number) / 2];
  return {
    id,
    type: "arrow",
    x: start[0],
    y: start[1],
    width: Math.abs(end[0]! - start[0]!),
    height: Math.abs(end[1]! - start[1]!),
    points: [
      [0, 0],
      [end[0]! - start[0]!, end[1]! - start[1]!],
    ],
    startBinding: { elementId: a.id, focus: 0, gap: 4 },
    endBinding: { elementId: b.id, focus: 0, gap: 4 },
  };
}

describe("palette drawings", () => {
  it("every palette item reads as its own kind, whatever its label says", () => {
    const elements = ITEMS.flatMap((item, i) =>
      place(item.name!, `p${i}`, (i % 5) * 700, Math.floor(i / 5) * 500, "zzz"),
    );
    const g = describeGraph(elements);
    const kinds = g.components.map((c) => c.kind).sort();
    expect(kinds).toEqual(
      [
        "api_gateway",
        "cache",
        "cdn",
        "client",
        "client",
        "data_center",
        "database",
        "database",
        "database",
        "dns",
        "load_balancer",
        "message_queue",
        "monitoring",
        "object_storage",
        "search",
        "session_store",
        "web_server",
        "web_server",
        "worker",
      ].sort(),
    );
    expect(g.components.find((c) => c.replicas === 3)?.kind).toBe("web_server");
    expect(
      g.components
        .filter((c) => c.kind === "database")
        .map((c) => c.role)
        .sort(),
    ).toEqual(["primary", "replica", "shard"]);
  });

  it("a full answer drawn from the palette scores 100", () => {
    const user = place("Client", "u", 0, 400);
    const dns = place("DNS", "d", 0, 0);
    const cdn = place("CDN", "c", 0, 800);
    const lb1 = place("Load balancer", "l1", 600, 250);
    const web1 = place("Web servers", "w1", 600, 450);
    const lb2 = place("Load balancer", "l2", 1400, 250);
    const web2 = place("Web servers", "w2", 1400, 450);
    const dc1 = place("Data center zone", "z1", 560, 200, "DC1");
    const dc2 = place("Data center zone", "z2", 1360, 200, "DC2");
    const cache = place("Cache", "k", 600, 1000);
    const session = place("Session store", "s", 1000, 1000);
    const primary = place("Database (primary)", "p", 600, 1300);
    const replica = place("Database (read replica)", "r", 1000, 1300);
    const shard = place("Database shard", "sh", 1400, 1300);
    const shard2 = place("Database shard", "sh2", 1800, 1300);
    const queue = place("Message queue", "q", 600, 1600);
    const worker = place("Worker", "wk", 1000, 1600);
    const monitor = place("Monitoring", "m", 1400, 1600);
    const links = [
      arrow("a1", user, dns),
      arrow("a2", user, cdn),
      arrow("a3", dns, lb1),
      arrow("a4", dns, lb2),
      arrow("a5", lb1, web1),
      arrow("a6", lb2, web2),
      arrow("a7", web1, cache),
      arrow("a8", web1, session),
      arrow("a9", web2, session),
      arrow("a10", web1, primary),
      arrow("a11", web2, primary),
      arrow("a12", primary, replica),
      arrow("a13", web1, queue),
      arrow("a14", queue, worker),
      arrow("a15", monitor, web2),
      arrow("a16", web2, shard),
      arrow("a18", web2, shard2),
      arrow("a17", user, lb1),
    ];
    const elements = [
      ...dc1,
      ...dc2,
      ...user,
      ...dns,
      ...cdn,
      ...lb1,
      ...web1,
      ...lb2,
      ...web2,
      ...cache,
      ...session,
      ...primary,
      ...replica,
      ...shard,
      ...shard2,
      ...queue,
      ...worker,
      ...monitor,
      ...links,
    ];
    const result = gradeScene({ type: "excalidraw", version: 2, elements });
    expect(result.zones.map((z) => z.label)).toEqual(["DC1", "DC2"]);
    const failing = result.findings.filter((f) => f.status !== "pass").map((f) => `${f.ruleId}: ${f.message}`);
    expect(failing).toEqual([]);
    expect(result.score).toBe(100);
  });
});
