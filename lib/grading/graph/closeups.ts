// Close-ups: a page that draws the whole system once, then a frame per part showing its
// insides (the "frontend" frame holding a mock-up of the screen, the "database" frame holding
// its tables). A frame named like a component drawn elsewhere, that no arrow reaches, is
// that component seen closer, not a second one.
import type { Reader } from "./reader";
import type { Unit } from "./units";

const normal = (label: string) => label.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");

/** The kept units that are close-ups of another kept unit. */
export function closeUps(kept: Unit[], connected: Set<Unit>, reader: Reader): Set<Unit> {
  const out = new Set<Unit>();
  const frames = kept.filter((u) => u.frame && u.customKind === null && !connected.has(u));
  if (!frames.length) return out;
  const drawn = new Set(kept.filter((u) => !u.frame).map((u) => normal(reader.read(u).label)));
  drawn.delete("");
  for (const f of frames) if (drawn.has(normal(reader.read(f).label))) out.add(f);
  return out;
}
