// Drawing → architecture graph, in the order the evidence allows: groups, then free text,
// then what contains what, then standalone texts, then zones vs components, then links.
import type { SceneElement } from "../scene/types";
import { applyAttachments, attachTexts, UnitIndex, type Attachment } from "./attach";
import { continuedCaptions, farCaptions, labelsOnShapes } from "./captions";
import { EndResolver, expandZoneEnds, rawLinks, type RawLink } from "./connect";
import { inferKinds } from "./infer";
import { relinkParts, splitListedUnits } from "./parts";
import { isScreenshot, mergePictures } from "./pictures";
import { namedProxies } from "./proxies";
import { sideSketches } from "./sketches";
import { closeUps } from "./closeups";
import { ContainmentTree } from "./containment";
import { joinCylinders } from "./cylinders";
import { Decisions, MAX_NESTING } from "./decide";
import { boxOf, textOf } from "./elements";
import { center, containsPoint } from "../geometry/box";
import { unitize } from "./groups";
import { ArchitectureGraph, type Connection, type Note } from "./model";
import { pushTo } from "./multimap";
import { toComponent, toConnection, toZone } from "./output";
import { Reader } from "./reader";
import { standaloneTexts, titleTest } from "./standalone";
import { adoptTags, labelOf, textUnit, type Unit } from "./units";
import { linksThroughTexts } from "./waypoints";

/** Numbers each build, so element-to-unit marks left by an earlier build of the same elements are ignored. */
let builds = 0;

export function buildGraph(
  elements: SceneElement[],
  byId = new Map(elements.map((e) => [e.id, e])),
): ArchitectureGraph {
  const build = ++builds;
  const unitOfElement = (id: string): Unit | undefined => {
    const e = byId.get(id);
    return e && e.ownerBuild === build ? (e.owner as Unit) : undefined;
  };
  const unitized = unitize(elements, byId);
  const reader = new Reader();
  let shapeIndex = new UnitIndex(unitized.units);
  const isTitle = titleTest(elements);
  const attachments = attachTexts(shapeIndex, unitized.texts, unitized.connectors, isTitle);
  applyAttachments(attachments, unitized.connectorLabels);
  // customData.kind on any element (a tag set by hand on a floating caption, not only the
  // palette's shapes) marks the unit that element belongs to.
  if (elements.some((e) => e.customKind !== null)) for (const u of unitized.units) adoptTags(u);
  // A cylinder drawn from loose ellipses and lines is one store.
  const joined = joinCylinders(unitized.units, unitized.connectors);
  if (joined.units !== unitized.units) shapeIndex = new UnitIndex(joined.units);
  // Pictures drawn side by side (a server and the logo of what runs on it) are one thing.
  const units0 = mergePictures(joined.units, shapeIndex, joined.connectors);
  if (units0 !== joined.units) shapeIndex = new UnitIndex(units0);
  // A name over detail lines written on a wordless box is its label, however long the details.
  const onShapes = labelsOnShapes(shapeIndex, unitized.notes);
  applyAttachments(onShapes, unitized.connectorLabels);
  const noteElements = onShapes.size ? unitized.notes.filter((t) => !onShapes.has(t)) : unitized.notes;
  const scene = { ...unitized, units: units0, connectors: joined.connectors, notes: noteElements };
  // Later passes attach texts the first left unattached.
  const unattached = () => scene.texts.filter((t) => !attachments.has(t));
  const attachAlso = (found: Map<SceneElement, Attachment>) => {
    applyAttachments(found, scene.connectorLabels);
    for (const [t, a] of found) attachments.set(t, a);
  };
  // Captions set further off (under a tall box, or set large over an icon) for shapes still wordless.
  attachAlso(farCaptions(shapeIndex, unattached(), isTitle));
  // A caption written as two texts, one line under the other, names one thing.
  attachAlso(continuedCaptions(scene.units, unattached()));
  const tree = new ContainmentTree(shapeIndex, scene.units);

  markOwners(scene.units, build);
  const hasKids = (u: Unit) => u.kids.length > 0;

  // Texts that name no shape: a component when an arrow reaches them or they name a kind.
  const orphans = scene.texts.filter((t) => !attachments.has(t));
  const standalone = standaloneTexts(
    orphans,
    scene.connectors,
    new EndResolver(shapeIndex, unitOfElement, hasKids),
    reader,
    isTitle,
  );
  const textUnits = standalone.map(textUnit);
  for (const u of textUnits) {
    own(u.members[0]!, u, build);
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
    for (let z = decisions.zoneOf(u); z && depth++ < MAX_NESTING; z = decisions.zoneOf(z)) pushTo(members, z, u);
  }

  for (const u of textUnits) shapeIndex.add(u);
  const captioned = scene.units.filter((u) => u.nearTexts.length > 0 || (u.source === "group" && u.groupTexts.length));
  const resolver = new EndResolver(shapeIndex, unitOfElement, hasKids, captioned);
  const standaloneSet = new Set(standalone);
  const noteTexts = [...scene.notes, ...orphans.filter((t) => !standaloneSet.has(t))];
  // An arrow into a text that names nothing and one on out of it are one link, labelled by the
  // text: a note, an arrow's label, or a text beside a zone (none of them a component's name).
  const waypoints = [
    ...noteTexts,
    ...[...scene.connectorLabels.values()].flat(),
    ...zoneUnits.flatMap((z) => z.nearTexts.map((n) => n.text)),
  ];
  const through = linksThroughTexts(waypoints, scene.connectors, resolver, decisions, hasKids);
  const direct = through.used.size ? scene.connectors.filter((c) => !through.used.has(c)) : scene.connectors;
  const drawnLinks = expandZoneEnds(
    [...rawLinks(direct, resolver, decisions), ...through.links],
    isZone,
    (z) => members.get(z) ?? [],
  );
  // A box whose only words are a step ("check for new members") is a step of a flow: arrows
  // through it join what comes before it to what comes after.
  const steps = stepBoxes(finals, named, noteTexts);
  const throughSteps = steps.size ? bridgeSteps(drawnLinks, steps) : drawnLinks;
  const connected = new Set<Unit>();
  for (const l of throughSteps) connected.add(l.from).add(l.to);
  // A box titled from outside ("Ticketmaster" above it) that holds only notes is a section of
  // the page (requirements, entities), not a component, unless arrows reach it.
  const section = (u: Unit) =>
    !u.boundTexts.length &&
    !u.groupTexts.length &&
    !u.insideTexts.length &&
    !u.frame &&
    reader.read(u).text.says === "none" &&
    reader.read(u).source !== "tag" &&
    holdsNote(u, noteTexts);
  const listed = finals
    .filter((u) => connected.has(u) || u.customKind !== null || (named(u) && !section(u) && !isScreenshot(u)))
    .sort((a, b) => a.order - b.order);
  // A frame showing the insides of a component drawn elsewhere is that component, seen closer.
  const closer = closeUps(listed, connected, reader);
  const kept = closer.size ? listed.filter((u) => !closer.has(u)) : listed;

  // What the words leave unknown, shape and position may tell: first a proxy named after
  // what it links to, then the rest (which leaves what is already inferred alone).
  for (const found of [
    namedProxies(kept, throughSteps, reader),
    inferKinds(kept, throughSteps, reader, decisions, noteTexts),
  ])
    for (const [u, inferred] of found) {
      const reading = reader.read(u);
      u.reading = { ...reading, kind: inferred.kind, source: "inferred", why: inferred.why };
    }
  // A side sketch set apart (a queueing model beside the design) is no part of the architecture.
  const sketches = sideSketches(kept, throughSteps, reader);
  const architecture = sketches.size ? kept.filter((u) => !sketches.has(u)) : kept;
  const splits = splitListedUnits(architecture, reader);
  const emitted: Unit[] = [];
  for (const u of architecture) {
    const parts = splits.get(u)?.parts;
    if (parts) emitted.push(...parts);
    else emitted.push(u);
  }
  const links = relinkParts(throughSteps, splits);

  const zoneIds = new Map<Unit, string>();
  [...zoneUnits].sort((a, b) => a.order - b.order).forEach((z, i) => zoneIds.set(z, `z${i + 1}`));
  const componentIds = new Map<Unit, string>();
  emitted.forEach((u, i) => componentIds.set(u, `c${i + 1}`));

  const zones = zoneUnits.map((z) => toZone(z, zoneIds, decisions, reader)).sort((a, b) => a.order - b.order);
  const components = emitted.map((u) => toComponent(u, componentIds.get(u)!, zoneIds, decisions, reader));
  const connections = links
    .map((l) => toConnection(l, componentIds, scene.connectorLabels))
    .filter((c): c is Connection => c !== null);
  const sketchTexts = [...sketches].flatMap((u) => labelOf(u).labelTexts);
  const notes: Note[] = [...scene.notes, ...orphans.filter((t) => !standaloneSet.has(t)), ...sketchTexts]
    .sort((a, b) => a.order - b.order)
    .map((t) => ({ text: textOf(t), elementIds: [t.id] }));
  return new ArchitectureGraph(components, connections, zones, notes);
}

/**
 * Marks every element of each unit with its unit, for this build. Indexed loops: this runs
 * once per grade, before the engine is warm, where a for…of allocates on every step.
 */
function markOwners(units: Unit[], build: number): void {
  for (let i = 0; i < units.length; i++) {
    const u = units[i]!;
    for (let k = 0; k < u.members.length; k++) own(u.members[k]!, u, build);
    for (let k = 0; k < u.insideTexts.length; k++) own(u.insideTexts[k]!, u, build);
    for (let k = 0; k < u.nearTexts.length; k++) own(u.nearTexts[k]!.text, u, build);
    for (let k = 0; k < u.noteTexts.length; k++) own(u.noteTexts[k]!, u, build);
  }
}

function own(e: SceneElement, u: Unit, build: number): void {
  e.owner = u;
  e.ownerBuild = build;
}

/** Unnamed, untagged boxes holding a note text (a flow step written on a box). */
function stepBoxes(finals: Unit[], named: (u: Unit) => boolean, notes: SceneElement[]): Set<Unit> {
  const steps = new Set<Unit>();
  for (const u of finals) if (u.customKind === null && !named(u) && holdsNote(u, notes)) steps.add(u);
  return steps;
}

/** A plain box (not an icon or a text) with a note text lying on it or bound to it. */
function holdsNote(u: Unit, notes: SceneElement[]): boolean {
  return (
    u.boxLike &&
    u.source === "shape" &&
    (u.noteTexts.length > 0 || notes.some((t) => containsPoint(u.box, center(boxOf(t)))))
  );
}

/** Links with a step box at one end, replaced by links from each step's inputs to its outputs. */
function bridgeSteps(links: RawLink[], steps: Set<Unit>): RawLink[] {
  const into = new Map<Unit, RawLink[]>();
  const outOf = new Map<Unit, RawLink[]>();
  const kept: RawLink[] = [];
  for (const l of links) {
    if (steps.has(l.to)) pushTo(into, l.to, l);
    if (steps.has(l.from)) pushTo(outOf, l.from, l);
    if (!steps.has(l.to) && !steps.has(l.from)) kept.push(l);
  }
  const seen = new Set(kept.map((l) => `${l.from.uid}>${l.to.uid}`));
  for (const step of steps) {
    for (const a of into.get(step) ?? [])
      for (const b of outOf.get(step) ?? []) {
        if (a.from === b.to || steps.has(a.from) || steps.has(b.to)) continue;
        const key = `${a.from.uid}>${b.to.uid}`;
        if (seen.has(key)) continue;
        seen.add(key);
        kept.push({ connector: a.connector, from: a.from, to: b.to, fromEnd: a.fromEnd, toEnd: b.toEnd });
      }
  }
  return kept;
}
