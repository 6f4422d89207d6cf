// Another sketch on the same page: boxes joined to each other, none of them named by a word
// the grader knows ("Прибор 1", "Ф2" in a queueing model), linked to nothing that is, and
// drawn apart from the components that are. A person reads it as a side drawing, not as
// unrecognised parts of the architecture; its words are notes.
import { boxDistance, union, type Box } from "../geometry/box";
import { linkedUnits, type RawLink } from "./connect";
import type { Reader } from "./reader";
import type { Unit } from "./units";

/** An island needs this many named boxes to be a sketch of its own, not a stray box or two. */
const MIN_BOXES = 3;
/** Components with kinds needed before anything else on the page can be called a side sketch. */
const MIN_KNOWN = 3;
/** How far (scene units) from the architecture a side sketch lies. */
const APART = 300;

/** Units in islands of nameless-kind boxes set apart from the architecture. */
export function sideSketches(units: Unit[], links: RawLink[], reader: Reader): Set<Unit> {
  const out = new Set<Unit>();
  const saysNothing = (u: Unit) => {
    const r = reader.read(u);
    return !u.customKind && r.kind === "unknown" && r.text.says === "none";
  };
  const known = units.filter((u) => !saysNothing(u));
  if (known.length < MIN_KNOWN) return out;
  const architecture = known.map((u) => u.box).reduce(union);
  const linked = linkedUnits(links);
  const seen = new Set<Unit>();
  for (const start of units) {
    if (seen.has(start) || !saysNothing(start) || !linked.has(start)) continue;
    const island = islandOf(start, linked, seen);
    if (!island.every(saysNothing)) continue;
    if (island.filter((u) => reader.read(u).label).length < MIN_BOXES) continue;
    const box: Box = island.map((u) => u.box).reduce(union);
    if (boxDistance(box, architecture) < APART) continue;
    for (const u of island) out.add(u);
  }
  return out;
}

/** Every unit reached from `start` through links (marked seen). */
function islandOf(start: Unit, linked: Map<Unit, Set<Unit>>, seen: Set<Unit>): Unit[] {
  const island: Unit[] = [];
  const stack = [start];
  seen.add(start);
  while (stack.length) {
    const u = stack.pop()!;
    island.push(u);
    for (const n of linked.get(u) ?? [])
      if (!seen.has(n)) {
        seen.add(n);
        stack.push(n);
      }
  }
  return island;
}
