// Drawing → architecture graph, in the order the evidence allows: groups, then free text,
// then what contains what, then standalone texts, then zones vs components, then links.
import { isNote } from "../classify/notes";
import { wordCount } from "../classify/notes";
import { DATABASE_ROLES, type DatabaseRole } from "../contract";
import { boxDistance, expand } from "../geometry/box";
import { SpatialGrid } from "../geometry/grid";
import type { SceneElement } from "../scene/types";
import { applyAttachments, attachTexts, UnitIndex } from "./attach";
import { ARROW_GAP, EndResolver, expandZoneEnds, rawLinks, type RawLink } from "./connect";
import { ContainmentTree } from "./containment";
import { Decisions, MAX_NESTING } from "./decide";
import { boxOf, endsOf, textOf } from "./elements";
import { unitize } from "./groups";
import { ArchitectureGraph, type Component, type Connection, type Note, type Zone } from "./model";
import { Reader } from "./reader";
import { elementsOf, textUnit, type Unit } from "./units";

const AUTOSCALING = /auto\s?-?scal|\basg\b|오토\s?스케일|弹性伸缩/i;

/** Numbers each build, so element-to-unit marks left by an earlier build of the same elements are ignored. */
let builds = 0;

export function buildGraph(elements: SceneElement[], byId = new Map(elements.map((e) => [e.id, e]))): ArchitectureGraph {
  const build = ++builds;
  const own = (e: SceneElement, u: Unit) => {
    e.owner = u;
    e.ownerBuild = build;
  };
  const unitOfElement = (id: string): Unit | undefined => {
    const e = byId.get(id);
    return e && e.ownerBuild === build ? (e.owner as Unit) : undefined;
  };
  const scene = unitize(elements, byId);
  const reader = new Reader();
  const shapeIndex = new UnitIndex(scene.units);
  const isTitle = titleTest(elements);
  const attachments = attachTexts(shapeIndex, scene.texts, scene.connectors, isTitle);
  applyAttachments(attachments, scene.connectorLabels);
  const tree = new ContainmentTree(shapeIndex, scene.units);

  for (const u of scene.units) {
    for (const e of u.members) own(e, u);
    for (const e of u.insideTexts) own(e, u);
    for (const n of u.nearTexts) own(n.text, u);
    for (const e of u.noteTexts) own(e, u);
  }
  const hasKids = (u: Unit) => u.kids.length > 0;

  // Texts that name no shape: a component when an arrow reaches them or they name a kind.
  const orphans = scene.texts.filter((t) => !attachments.has(t));
  const standalone = standaloneTexts(orphans, scene.connectors, new EndResolver(shapeIndex, unitOfElement, hasKids), reader, isTitle);
  const textUnits = standalone.map(textUnit);
  for (const u of textUnits) {
    own(u.members[0]!, u);
    tree.place(shapeIndex, tree.frames, u);
  }
  const units = [...scene.units, ...textUnits];
  const decisions = new Decisions(reader, units);

  const isZone = (u: Unit) => u.decision?.type === "zone";
  const isComponent = (u: Unit) => u.decision?.type === "component";
  const named = (u: Unit) => reader.read(u).labelled;
  const finals = units.filter(isComponent);
  const zoneUnits = units.filter(isZone);
  const members = new Map<Unit, Unit[]>();
  for (const u of finals) {
    if (!named(u)) continue;
    let depth = 0;
    for (let z = decisions.zoneOf(u); z && depth++ < MAX_NESTING; z = decisions.zoneOf(z)) {
      const list = members.get(z);
      if (list) list.push(u);
      else members.set(z, [u]);
    }
  }

  for (const u of textUnits) shapeIndex.add(u);
  const resolver = new EndResolver(shapeIndex, unitOfElement, hasKids);
  const links = expandZoneEnds(
    rawLinks(scene.connectors, resolver, decisions),
    isZone,
    (z) => members.get(z) ?? [],
  );
  const connected = new Set<Unit>();
  for (const l of links) connected.add(l.from).add(l.to);
  const emitted = finals.filter((u) => named(u) || u.customKind !== null || connected.has(u)).sort((a, b) => a.order - b.order);

  const zoneIds = new Map<Unit, string>();
  [...zoneUnits].sort((a, b) => a.order - b.order).forEach((z, i) => zoneIds.set(z, `z${i + 1}`));
  const componentIds = new Map<Unit, string>();
  emitted.forEach((u, i) => componentIds.set(u, `c${i + 1}`));

  const zones = zoneUnits.map((z) => toZone(z, zoneIds, decisions, reader)).sort((a, b) => a.order - b.order);
  const components = emitted.map((u) => toComponent(u, componentIds.get(u)!, zoneIds, decisions, reader));
  const connections = links.map((l) => toConnection(l, componentIds, scene.connectorLabels)).filter((c): c is Connection => c !== null);
  const standaloneSet = new Set(standalone);
  const notes: Note[] = [...scene.notes, ...orphans.filter((t) => !standaloneSet.has(t))]
    .sort((a, b) => a.order - b.order)
    .map((t) => ({ text: textOf(t), elementIds: [t.id] }));
  return new ArchitectureGraph(components, connections, zones, notes);
}

function standaloneTexts(
  orphans: SceneElement[],
  connectors: SceneElement[],
  resolver: EndResolver,
  reader: Reader,
  isTitle: (t: SceneElement) => boolean,
): SceneElement[] {
  if (orphans.length === 0) return [];
  const picked = new Set<SceneElement>();
  const byId = new Map(orphans.map((t) => [t.id, t]));
  const grid = SpatialGrid.forBoxes<SceneElement>(orphans.map(boxOf));
  for (const t of orphans) grid.insert(boxOf(t), t);
  for (const c of connectors) {
    const ends = endsOf(c);
    [c.startBindingId, c.endBindingId].forEach((bound, i) => {
      const text = bound ? byId.get(bound) : undefined;
      if (text) return void picked.add(text);
      const point = ends[i]!;
      if (resolver.resolve(bound, point)) return;
      const probe = { minX: point[0], minY: point[1], maxX: point[0], maxY: point[1] };
      let nearest: SceneElement | null = null;
      let gap = Infinity;
      for (const t of grid.query(expand(probe, ARROW_GAP))) {
        const d = boxDistance(boxOf(t), probe);
        if (d <= ARROW_GAP && d < gap) {
          nearest = t;
          gap = d;
        }
      }
      if (nearest) picked.add(nearest);
    });
  }
  // A short text naming a known kind is a component drawn without a box ("Redis" alone),
  // unless it is set large like a title.
  for (const t of orphans) {
    if (picked.has(t)) continue;
    const text = textOf(t);
    if (!isTitle(t) && wordCount(text) <= 4 && !text.includes("\n") && !isNote(text, false) && reader.kindOf(text) !== "unknown") picked.add(t);
  }
  return orphans.filter((t) => picked.has(t));
}

/** Texts set clearly larger than the drawing's usual size (Excalidraw's L and XL over M) are headings. */
function titleTest(elements: SceneElement[]): (t: SceneElement) => boolean {
  // The body size is the most common one (ties go to the smaller): headings are few.
  const counts = new Map<number, number>();
  for (const e of elements) if (e.type === "text" && e.fontSize) counts.set(e.fontSize, (counts.get(e.fontSize) ?? 0) + 1);
  let body = 20;
  let most = 0;
  for (const [size, n] of counts) if (n > most || (n === most && size < body)) [body, most] = [size, n];
  const threshold = Math.max(24, body * 1.35);
  return (t) => (t.fontSize ?? 0) >= threshold;
}

function zoneChain(u: Unit, zoneIds: Map<Unit, string>, decisions: Decisions): Unit[] {
  const chain: Unit[] = [];
  for (let z = decisions.zoneOf(u); z && chain.length < MAX_NESTING; z = decisions.zoneOf(z)) if (zoneIds.has(z)) chain.push(z);
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
    for (const e of elementsOf(current)) seen.add(e);
    for (const e of current.noteTexts) seen.add(e);
    stack.push(...(decisions.absorbed.get(current) ?? []));
  }
  return [...seen].map((e) => e.id);
}

function toZone(z: Unit, zoneIds: Map<Unit, string>, decisions: Decisions, reader: Reader): Zone {
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

function toComponent(u: Unit, id: string, zoneIds: Map<Unit, string>, decisions: Decisions, reader: Reader): Component {
  const reading = reader.read(u);
  const chain = zoneChain(u, zoneIds, decisions);
  const zoneReadings = chain.map((z) => ({ reading: reader.read(z), facts: reader.factsOf(reader.read(z).label) }));
  const facts = reading.facts;
  const shardZone = zoneReadings.find((z) => z.facts.namesShard);
  let replicas = Math.max(facts.instances ?? 1, u.stackCount);
  for (const z of zoneReadings) {
    // "Redis cluster" around Redis nodes, an auto scaling group around servers: every member is replicated.
    const sameTier = z.reading.kind === reading.kind && z.reading.kind !== "data_center";
    const scaling = AUTOSCALING.test(z.reading.label) && ["web_server", "api_gateway", "worker"].includes(reading.kind);
    if ((sameTier || scaling) && z.facts.instances) replicas = Math.max(replicas, z.facts.instances);
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
      shardKey: facts.shardKey ?? shardZone?.facts.shardKey ?? null,
      namesShard: facts.namesShard || Boolean(shardZone) || role === "shard",
      replicatedDatabase: facts.replicatedDatabase,
    },
    zones: chain.map((z) => zoneIds.get(z)!),
    order: u.order,
  };
}

function toConnection(l: RawLink, ids: Map<Unit, string>, labels: Map<SceneElement, SceneElement[]>): Connection | null {
  const from = ids.get(l.from);
  const to = ids.get(l.to);
  if (!from || !to) return null;
  const texts = labels.get(l.connector);
  if (!texts) return { from, to, label: null, elementIds: [l.connector.id], directed: l.connector.type === "arrow" };
  const sorted = texts.length > 1 ? [...texts].sort((a, b) => a.order - b.order) : texts;
  const label = sorted.map(textOf).filter(Boolean).join(" ");
  return { from, to, label: label || null, elementIds: [l.connector.id, ...sorted.map((t) => t.id)], directed: l.connector.type === "arrow" };
}
