// Units → the components, zones and connections of the graph, with their public ids.
import { DATABASE_ROLES, type ComponentKind, type DatabaseRole } from "../contract";
import type { TextFacts } from "../classify/classify";
import type { SceneElement } from "../scene/types";
import type { RawLink } from "./connect";
import { MAX_NESTING, type Decisions } from "./decide";
import { textOf } from "./elements";
import type { Component, Connection, Zone } from "./model";
import type { Reader, UnitReading } from "./reader";
import type { ComponentReadingJson } from "../types";
import type { Unit } from "./units";

const AUTOSCALING = /auto\s?-?scal|\basg\b|오토\s?스케일|弹性伸缩/i;
/** Kinds an auto scaling group around them replicates. */
const SCALED_KINDS = new Set<ComponentKind>(["web_server", "api_gateway", "worker"]);

function zoneChain(u: Unit, zoneIds: Map<Unit, string>, decisions: Decisions): Unit[] {
  const chain: Unit[] = [];
  for (let z = decisions.zoneOf(u); z && chain.length < MAX_NESTING; z = decisions.zoneOf(z))
    if (zoneIds.has(z)) chain.push(z);
  return chain;
}

function allElementIds(u: Unit, decisions: Decisions): string[] {
  // A unit with nothing folded into it lists its own elements, each once already (its note
  // texts are among its members).
  const absorbed = decisions.absorbed.get(u);
  if (!absorbed) {
    const ids: string[] = [];
    for (const e of u.members) ids.push(e.id);
    for (const e of u.insideTexts) ids.push(e.id);
    for (const n of u.nearTexts) ids.push(n.text.id);
    return ids;
  }
  // Deduplicated by element, not by id string: cheaper, and ids are unique per element.
  const seen = new Set<SceneElement>();
  const stack = [u];
  while (stack.length) {
    const current = stack.pop()!;
    // elementsOf(current), then its notes, without the lists in between.
    for (const e of current.members) seen.add(e);
    for (const e of current.insideTexts) seen.add(e);
    for (const n of current.nearTexts) seen.add(n.text);
    for (const e of current.noteTexts) seen.add(e);
    const absorbed = decisions.absorbed.get(current);
    if (absorbed) for (const a of absorbed) stack.push(a);
  }
  const ids: string[] = [];
  for (const e of seen) ids.push(e.id);
  return ids;
}

export function toZone(z: Unit, zoneIds: Map<Unit, string>, decisions: Decisions, reader: Reader): Zone {
  const reading = reader.read(z);
  const parent = decisions.zoneOf(z);
  return {
    id: zoneIds.get(z)!,
    label: reading.label || null,
    elementIds: [...new Set([...z.members, ...z.insideTexts, ...z.nearTexts.map((n) => n.text)].map((e) => e.id))],
    kind: reading.kind,
    parent: parent ? (zoneIds.get(parent) ?? null) : null,
    order: z.order,
  };
}

export function toComponent(
  u: Unit,
  id: string,
  zoneIds: Map<Unit, string>,
  decisions: Decisions,
  reader: Reader,
): Component {
  const reading = reader.read(u);
  const chain = zoneChain(u, zoneIds, decisions);
  const facts = reading.facts;
  let shardZone: TextFacts | null = null;
  let replicas = Math.max(facts.instances ?? 1, u.stackCount);
  for (const z of chain) {
    const zoneReading = reader.read(z);
    const zoneFacts = reader.factsOf(zoneReading.label);
    if (!shardZone && zoneFacts.namesShard) shardZone = zoneFacts;
    // "Redis cluster" around Redis nodes, an auto scaling group around servers: every member is replicated.
    const sameTier = zoneReading.kind === reading.kind && zoneReading.kind !== "data_center";
    const scaling = AUTOSCALING.test(zoneReading.label) && SCALED_KINDS.has(reading.kind);
    if ((sameTier || scaling) && zoneFacts.instances) replicas = Math.max(replicas, zoneFacts.instances);
  }
  if (reading.kind === "database" && facts.replicatedDatabase) replicas = Math.max(replicas, 2);
  if (u.customReplicas !== null) replicas = u.customReplicas;
  let role: DatabaseRole | null = null;
  if (reading.kind === "database") {
    const custom = DATABASE_ROLES.find((r) => r === u.customRole);
    role = custom ?? facts.role ?? (shardZone ? "shard" : "standalone");
  }
  const label = reading.label || u.noteTexts.map(textOf).join(" ");
  return {
    reading: readingJson(reading),
    id,
    kind: reading.kind,
    label,
    role,
    replicas,
    zone: chain[0] ? zoneIds.get(chain[0])! : null,
    elementIds: allElementIds(u, decisions),
    facts: {
      sticky: facts.sticky,
      sharded: facts.sharded,
      shardKey: facts.shardKey ?? shardZone?.shardKey ?? null,
      namesShard: facts.namesShard || Boolean(shardZone) || role === "shard",
      replicatedDatabase: facts.replicatedDatabase,
    },
    zones: chain.map((z) => zoneIds.get(z)!),
    order: u.order,
  };
}

function readingJson(r: UnitReading): ComponentReadingJson {
  const out: ComponentReadingJson = { source: r.source };
  if (r.source === "tag") return out;
  if (r.text.words) out.words = r.text.words;
  if (r.text.corrected.length) out.corrected = r.text.corrected;
  if (r.why) out.why = r.why;
  if (r.text.alsoKinds.length && !r.text.parts) out.alsoKinds = r.text.alsoKinds;
  return out;
}

export function toConnection(
  l: RawLink,
  ids: Map<Unit, string>,
  labels: Map<SceneElement, SceneElement[]>,
): Connection | null {
  const from = ids.get(l.from);
  const to = ids.get(l.to);
  if (!from || !to) return null;
  const ends =
    l.fromEnd && l.toEnd && (l.fromEnd.how !== "bound" || l.toEnd.how !== "bound")
      ? { ends: { from: l.fromEnd.how, to: l.toEnd.how } }
      : {};
  const texts = labels.get(l.connector);
  if (!texts)
    return { from, to, label: null, elementIds: [l.connector.id], directed: l.connector.type === "arrow", ...ends };
  const sorted = texts.length > 1 ? [...texts].sort((a, b) => a.order - b.order) : texts;
  const label = sorted.map(textOf).filter(Boolean).join(" ");
  return {
    from,
    to,
    label: label || null,
    elementIds: [l.connector.id, ...sorted.map((t) => t.id)],
    directed: l.connector.type === "arrow",
    ...ends,
  };
}
