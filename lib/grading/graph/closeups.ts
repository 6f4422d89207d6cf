// Close-ups: a page that draws the whole system once, then a frame per part showing its
// insides (the "frontend" frame holding a mock-up of the screen, the "database" frame holding
// its tables). A frame that no arrow reaches, named like a component drawn elsewhere or
// naming the kind of the only component of that kind ("backend" beside one "server" box), is
// that component seen closer, not a second one.
import type { ComponentKind } from "../contract";
import type { Reader } from "./reader";
import type { Unit } from "./units";

const normal = (label: string) => label.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");

/** The kept units that are close-ups of another kept unit. */
export function closeUps(kept: Unit[], connected: Set<Unit>, reader: Reader): Set<Unit> {
  const out = new Set<Unit>();
  const frames = kept.filter((u) => u.frame && u.customKind === null && !connected.has(u));
  if (!frames.length) return out;
  const unframed = kept.filter((u) => !u.frame);
  const drawn = new Set(unframed.map((u) => normal(reader.read(u).label)));
  drawn.delete("");
  const ofKind = new Map<ComponentKind, number>();
  for (const u of unframed) ofKind.set(reader.read(u).kind, (ofKind.get(reader.read(u).kind) ?? 0) + 1);
  for (const f of frames) {
    const { label, kind } = reader.read(f);
    if (drawn.has(normal(label)) || (kind !== "unknown" && ofKind.get(kind) === 1)) out.add(f);
  }
  return out;
}
