// One box listing several things on separate lines ("Postgres / Memcached / Solr / S3", one
// per line) stands for each of them. Each line becomes a component of its own, sharing the
// box's elements, and an arrow that ends at one line belongs to that line's component.
import { union, type Box } from "../geometry/box";
import type { Point } from "../geometry/box";
import type { RawLink } from "./connect";
import { boxOf } from "./elements";
import type { Reader } from "./reader";
import { labelOf, type Unit } from "./units";

let partUids = 0;

interface Split {
  parts: Unit[];
  /** The box the listed lines fill, top to bottom. */
  lines: Box;
}

/** The units standing for each listed line, for every unit whose label lists several things. */
export function splitListedUnits(units: Unit[], reader: Reader): Map<Unit, Split> {
  const out = new Map<Unit, Split>();
  for (const u of units) {
    const reading = reader.read(u);
    const listed = reading.text.parts;
    if (!listed || u.customKind || reading.source === "inferred" || reading.source === "annotation") continue;
    const texts = labelOf(u).labelTexts;
    if (!texts.length) continue;
    const lines = texts.map((t) => boxOf(t)).reduce(union);
    const parts = listed.map((part): Unit => ({
      ...u,
      uid: -++partUids,
      reading: {
        ...reading,
        kind: part.kind,
        label: part.label,
        text: { ...reading.text, kind: part.kind, parts: null, alsoKinds: [], words: part.label },
      },
    }));
    out.set(u, { parts, lines });
  }
  return out;
}

function partAt(split: Split, point: Point | undefined): Unit {
  if (!point) return split.parts[0]!;
  const n = split.parts.length;
  const height = (split.lines.maxY - split.lines.minY) / n;
  const line = Math.floor((point[1] - split.lines.minY) / (height || 1));
  return split.parts[Math.min(n - 1, Math.max(0, line))]!;
}

/** Links to a listed box, moved to the line each end points at. */
export function relinkParts(links: RawLink[], splits: Map<Unit, Split>): RawLink[] {
  if (!splits.size) return links;
  return links.map((l) => {
    const from = splits.get(l.from);
    const to = splits.get(l.to);
    if (!from && !to) return l;
    return {
      ...l,
      from: from ? partAt(from, l.viaZone ? undefined : l.fromEnd?.point) : l.from,
      to: to ? partAt(to, l.viaZone ? undefined : l.toEnd?.point) : l.to,
    };
  });
}
