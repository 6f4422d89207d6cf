// Kinds a person reads from shape and position when the words say nothing: a person drawn
// from an ellipse and strokes is a client, a cylinder is a store, a box that traffic reaches
// through a load balancer or gateway is a service, an ellipse that services read and write
// is a store, a box fed only by a queue is a worker. Words always win: a label that names a
// kind, or names something outside the kinds ("Stripe", "Authentication"), is never
// overruled, save client words on a cylinder ("Customers" there is the data it holds) and
// any but store words on a bucket ("terraform-state" is what it holds).
import type { ComponentKind } from "../contract";
import { kindNamedIn } from "../classify/classify";
import { boxDistance, boxOfPoints, containsBox, type Box } from "../geometry/box";
import type { SceneElement } from "../scene/types";
import { isBucket } from "./buckets";
import { linkedUnits, type RawLink } from "./connect";
import { LABEL_GAP } from "./attach";
import type { Decisions } from "./decide";
import { boxOf, textOf } from "./elements";
import type { Reader } from "./reader";
import type { Unit } from "./units";

export type ShapeKind = "person" | "cylinder" | "ellipse" | "box" | "other";

const STORES = new Set<ComponentKind>(["database", "cache", "session_store", "object_storage", "search"]);
const SERVICES = new Set<ComponentKind>(["web_server", "worker"]);
const ENTRIES = new Set<ComponentKind>(["load_balancer", "api_gateway"]);
/** Zone kinds whose role-word members ("Node 1 (leader)") are that kind, not databases. */
const CLUSTER_KINDS = new Set<ComponentKind>(["message_queue", "cache", "search", "session_store", "monitoring"]);

export interface Inference {
  kind: ComponentKind;
  why: string;
}

function drawn(u: Unit): SceneElement[] {
  return u.members.filter((m) => m.type !== "text");
}

/**
 * The strokes drawn on a square tile, without the tile (the AWS icons set a cylinder or a
 * person on one): a rectangle holding every other stroke is background, not part of the shape.
 */
function offTile(parts: SceneElement[]): SceneElement[] {
  if (parts.length < 3) return parts;
  const tile = parts.find((p) => {
    if (p.type !== "rectangle") return false;
    const t = boxOf(p);
    const w = t.maxX - t.minX;
    const h = t.maxY - t.minY;
    return Math.abs(w - h) <= 0.2 * Math.max(w, h) && parts.every((q) => q === p || containsBox(t, boxOf(q), 2));
  });
  return tile ? parts.filter((p) => p !== tile) : parts;
}

/** What a unit looks like, from its strokes alone. */
export function shapeOf(u: Unit): ShapeKind {
  const parts = offTile(drawn(u));
  if (parts.length === 0) return "other";
  if (parts.length === 1) {
    const only = parts[0]!.type;
    return only === "ellipse" ? "ellipse" : only === "rectangle" || only === "diamond" ? "box" : "other";
  }
  let box: Box | null = null;
  for (const p of parts) {
    const b = boxOf(p);
    box = box
      ? boxOfPoints([
          [box.minX, box.minY],
          [box.maxX, box.maxY],
          [b.minX, b.minY],
          [b.maxX, b.maxY],
        ])
      : b;
  }
  const w = box!.maxX - box!.minX;
  const h = box!.maxY - box!.minY;
  if (w <= 0 || h <= 0) return "other";
  const ellipses = parts.filter((p) => p.type === "ellipse");
  const strokes = parts.filter((p) => p.type === "line" || p.type === "freedraw" || p.type === "arrow");
  const rectangles = parts.filter((p) => p.type === "rectangle");
  // A lid as wide as the body and much flatter than it: a cylinder.
  const lid = ellipses.find((e) => {
    const b = boxOf(e);
    const ew = b.maxX - b.minX;
    const eh = b.maxY - b.minY;
    return ew >= 0.75 * w && eh <= 0.45 * h && eh <= 0.6 * ew && b.minY <= box!.minY + 0.3 * h;
  });
  if (lid && (strokes.length > 0 || ellipses.length >= 2) && h >= 0.5 * w) return "cylinder";
  // A small round head on top of strokes (the body) and nothing boxy: a person.
  const head = ellipses.find((e) => {
    const b = boxOf(e);
    const ew = b.maxX - b.minX;
    const eh = b.maxY - b.minY;
    const round = Math.abs(ew - eh) <= 0.35 * Math.max(ew, eh);
    return round && ew <= 0.9 * w && ew >= 0.15 * w && eh <= 0.45 * h && b.minY <= box!.minY + 0.1 * h;
  });
  if (head && strokes.length >= 1 && rectangles.length === 0 && ellipses.length <= 3) {
    const headBottom = boxOf(head).maxY;
    if (strokes.some((s) => boxOf(s).maxY > headBottom + 0.1 * h)) return "person";
  }
  return rectangles.length ? "box" : "other";
}

/**
 * Infers kinds for units the words leave unknown, and fixes role-word units inside a
 * cluster of another kind. Iterates a few times, so a service found makes its neighbours
 * readable too (a box between a newly found service and a store is a service).
 */
export function inferKinds(
  units: Unit[],
  links: RawLink[],
  reader: Reader,
  decisions: Decisions,
  notes: SceneElement[] = [],
): Map<Unit, Inference> {
  const out = new Map<Unit, Inference>();
  const kindOf = (u: Unit) => out.get(u)?.kind ?? reader.read(u).kind;
  const open: Unit[] = [];
  for (const u of units) {
    if (u.customKind) continue;
    const reading = reader.read(u);
    if (reading.source === "inferred") continue;
    const says = reading.text.says;
    // A bucket holds what its caption names ("terraform-state"): only store words outrank it.
    if (says !== "not_a_kind" && !STORES.has(reading.kind) && isBucket(u)) {
      out.set(u, { kind: "object_storage", why: "drawn as a bucket" });
      continue;
    }
    // Most units are named by their words: nothing to look at.
    if (says === "kind" && reading.kind !== "client" && !reading.text.roleOnly) continue;
    if (says === "not_a_kind" || reading.text.note) continue;
    if (reading.text.roleOnly) {
      const cluster = zoneKind(u, reader, decisions);
      if (cluster) out.set(u, { kind: cluster.kind, why: `a member of "${cluster.label}"` });
      continue;
    }
    const shape = shapeOf(u);
    if (shape === "cylinder") {
      const remark = says === "none" && !reading.label ? storeNamedBeside(u, notes) : null;
      out.set(u, remark ?? { kind: "database", why: "drawn as a cylinder" });
      continue;
    }
    if (says !== "none") continue;
    if (shape === "person") {
      out.set(u, { kind: "client", why: "drawn as a person" });
      continue;
    }
    // Position alone is read only for things a person named (an unlabelled box stays unknown),
    // and not for an outside system drawn with its ways in: what calls it says nothing of it.
    if (reading.label && !decisions.systems.has(u)) open.push(u);
  }
  if (!open.length) return out;
  // Links an arrow to a zone stands for are a guess already: no guess is built on them.
  const neighbours = linkedUnits(links.filter((l) => !l.viaZone));
  for (let pass = 0; pass < 3; pass++) {
    let changed = false;
    for (const u of open) {
      if (out.has(u)) continue;
      const near = [...(neighbours.get(u) ?? [])].map(kindOf);
      const has = (set: Set<ComponentKind>) => near.some((k) => set.has(k));
      const shape = shapeOf(u);
      let found: Inference | null = null;
      if (
        shape === "ellipse" &&
        near.length > 0 &&
        near.every((k) => SERVICES.has(k) || k === "unknown") &&
        has(SERVICES)
      )
        found = { kind: "database", why: "an ellipse that services read and write" };
      else if (has(ENTRIES) && near.length >= 2)
        found = { kind: "web_server", why: "reached through a load balancer or gateway, and talks on" };
      else if (has(STORES) && (has(SERVICES) || has(ENTRIES) || near.includes("client")))
        found = { kind: "web_server", why: "between its callers and a store" };
      else if (near.includes("client") && has(SERVICES))
        found = { kind: "web_server", why: "between the clients and the services" };
      else if (near.includes("message_queue") && !near.includes("client") && !has(ENTRIES))
        found = { kind: "worker", why: "fed by a queue" };
      if (found) {
        out.set(u, found);
        changed = true;
      }
    }
    if (!changed) break;
  }
  return out;
}

/**
 * The store a remark right beside a wordless cylinder names ("get from blob storage"): the
 * drawing's only words for it, so they say which store it is.
 */
function storeNamedBeside(u: Unit, notes: SceneElement[]): Inference | null {
  let found: Inference | null = null;
  for (const note of notes) {
    if (boxDistance(u.box, boxOf(note)) > LABEL_GAP) continue;
    const kind = kindNamedIn(textOf(note));
    if (!kind || !STORES.has(kind)) continue;
    if (found && found.kind !== kind) return null;
    found = { kind, why: `drawn as a cylinder beside "${textOf(note)}"` };
  }
  return found;
}

function zoneKind(u: Unit, reader: Reader, decisions: Decisions): { kind: ComponentKind; label: string } | null {
  for (let z = decisions.zoneOf(u), depth = 0; z && depth < 8; z = decisions.zoneOf(z), depth++) {
    const reading = reader.read(z);
    if (CLUSTER_KINDS.has(reading.kind)) return { kind: reading.kind, label: reading.label };
    if (reading.kind !== "unknown" && reading.kind !== "data_center") return null;
  }
  return null;
}
