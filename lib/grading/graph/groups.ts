// Grouped elements (groupIds) are read bottom-up: a group whose parts name a single thing is
// one unit (an icon with its caption, a shape with its floating label); a group whose parts
// name two or more things (a library's "LB + DB + replicas" composite, a whole grouped
// diagram) is split back into those parts.
import { isNote, isPlaceholder } from "../classify/notes";
import type { SceneElement } from "../scene/types";
import { applyAttachments, attachTexts, UnitIndex, type Attachment } from "./attach";
import { boxOf, categoryOf, textOf } from "./elements";
import { center, containsPoint } from "../geometry/box";
import { pushTo } from "./multimap";
import { dominant, mergeUnits, shapeUnit, wordCountOf, wordsOf, type Unit } from "./units";

interface GroupNode {
  /** Created on first use: most elements are in no group, most groups have no subgroup. */
  children: Map<string, GroupNode> | null;
  elements: SceneElement[];
}

export interface Pieces {
  units: Unit[];
  /** Free texts that name nothing yet. */
  texts: SceneElement[];
  notes: SceneElement[];
  connectors: SceneElement[];
}

export interface UnitizedScene extends Pieces {
  /** Texts labelling each connector (bound through containerId, or lying on the arrow). */
  connectorLabels: Map<SceneElement, SceneElement[]>;
}

/** The empty list a group hands back when it merged everything into one unit; read, never changed. */
const NO_ELEMENTS: SceneElement[] = Object.freeze([]) as unknown as SceneElement[];

function newNode(): GroupNode {
  return { children: null, elements: [] };
}

export function unitize(elements: SceneElement[], byId: Map<string, SceneElement>): UnitizedScene {
  const boundTo = new Map<string, SceneElement[]>();
  const connectorLabels = new Map<SceneElement, SceneElement[]>();
  const root = newNode();

  for (const e of elements) {
    if (e.type === "text" && e.containerId && e.containerId !== e.id) {
      const container = byId.get(e.containerId);
      if (container && container.type !== "text") {
        if (categoryOf(container) === "connector") {
          if (!isPlaceholder(textOf(e))) pushTo(connectorLabels, container, e);
        } else pushTo(boundTo, container.id, e);
        continue;
      }
    }
    // groupIds run innermost first; the tree is walked from the outermost.
    let node = root;
    for (let i = e.groupIds.length - 1; i >= 0; i--) {
      const g = e.groupIds[i]!;
      node.children ??= new Map();
      let child = node.children.get(g);
      if (!child) {
        child = newNode();
        node.children.set(g, child);
      }
      node = child;
    }
    node.elements.push(e);
  }

  const pieces = read(root, true, boundTo, connectorLabels);
  return { ...pieces, connectorLabels };
}

function read(
  node: GroupNode,
  isRoot: boolean,
  boundTo: Map<string, SceneElement[]>,
  connectorLabels: Map<SceneElement, SceneElement[]>,
): Pieces {
  const units: Unit[] = [];
  const texts: SceneElement[] = [];
  const notes: SceneElement[] = [];
  const placeholders: SceneElement[] = [];
  const connectors: SceneElement[] = [];
  for (const child of node.children?.values() ?? []) {
    const p = read(child, false, boundTo, connectorLabels);
    units.push(...p.units);
    texts.push(...p.texts);
    notes.push(...p.notes);
    connectors.push(...p.connectors);
  }
  for (const e of node.elements) {
    const category = categoryOf(e);
    if (category === "shape") units.push(shapeUnit(e, boundTo.get(e.id) ?? NO_ELEMENTS));
    else if (category === "connector") connectors.push(e);
    else if (isPlaceholder(textOf(e))) placeholders.push(e);
    else if (isNote(e.text ?? textOf(e), false)) notes.push(e);
    else texts.push(e);
  }
  // An icon drawn only with strokes (grouped unbound lines) is a shape, not a set of links.
  if (
    !isRoot &&
    units.length === 0 &&
    connectors.length >= 2 &&
    connectors.every((c) => !c.startBindingId && !c.endBindingId)
  ) {
    units.push(...connectors.map((c) => shapeUnit(c, [])));
    connectors.length = 0;
  }
  if (isRoot || units.length === 0) return { units, texts, notes, connectors };

  // The usual icon: shapes and strokes with at most one text between them name one thing.
  const words = texts.length + units.reduce((n, u) => n + wordCountOf(u), 0);
  if (words <= 1 && oneKindAtMost(units) && !units.some((u) => u.frame?.name?.trim())) {
    return {
      units: [mergeGroup(units, texts, notes, placeholders, connectors, new Map(), connectorLabels)],
      texts: NO_ELEMENTS,
      notes: NO_ELEMENTS,
      connectors: NO_ELEMENTS,
    };
  }
  const attachments = attachTexts(new UnitIndex(units), texts, connectors);
  // Count only things named in the group's main type size: the tiny "Key"/"Value" inside a
  // cache icon do not make the icon two components.
  const big = new Set(dominant([...texts, ...units.flatMap(wordsOf)]));
  const named = new Set<Unit>(units.filter((u) => u.frame?.name?.trim() || wordsOf(u).some((t) => big.has(t))));
  for (const [text, a] of attachments) if (a.kind === "unit" && big.has(text)) named.add(a.unit);
  // Palette marks name a thing too, but the parts of one palette item (a stack's back boxes,
  // a cylinder's lid) share their labelled part's kind: one new kind counts once.
  const namedKinds = new Set([...named].map((u) => u.customKind));
  for (const u of units) {
    if (u.customKind !== null && !named.has(u) && !namedKinds.has(u.customKind)) {
      named.add(u);
      namedKinds.add(u.customKind);
    }
  }
  if (named.size >= 2) {
    applyAttachments(attachments, connectorLabels);
    return { units, texts: texts.filter((t) => !attachments.has(t)), notes, connectors };
  }
  return {
    units: [mergeGroup(units, texts, notes, placeholders, connectors, attachments, connectorLabels)],
    texts: NO_ELEMENTS,
    notes: NO_ELEMENTS,
    connectors: NO_ELEMENTS,
  };
}

/** Whether the units carry at most one distinct palette mark (customData.kind). */
function oneKindAtMost(units: Unit[]): boolean {
  let kind: string | null = null;
  for (const u of units) {
    if (u.customKind === null) continue;
    if (kind === null) kind = u.customKind;
    else if (u.customKind !== kind) return false;
  }
  return true;
}

/** Whether a text's centre lies on one of the units' boxes. */
function onBox(text: SceneElement, units: Unit[]): boolean {
  const middle = center(boxOf(text));
  return units.some((u) => u.boxLike && containsPoint(u.box, middle));
}

/** One thing: every stroke, arrow and caption of the group belongs to it. */
function mergeGroup(
  units: Unit[],
  texts: SceneElement[],
  notes: SceneElement[],
  placeholders: SceneElement[],
  connectors: SceneElement[],
  attachments: Map<SceneElement, Attachment>,
  connectorLabels: Map<SceneElement, SceneElement[]>,
): Unit {
  const arrowLabels: SceneElement[] = [];
  for (const c of connectors) {
    const labels = connectorLabels.get(c);
    if (labels) arrowLabels.push(...labels);
    connectorLabels.delete(c);
  }
  const onArrows = texts.filter((t) => attachments.get(t)?.kind === "connector");
  const captions = texts.filter((t) => attachments.get(t)?.kind !== "connector");
  // A name over long detail written on the group's box is its label, as a bound one would be.
  const labels = notes.filter((t) => !isNote(t.text ?? textOf(t), true) && onBox(t, units));
  const rest = labels.length ? notes.filter((t) => !labels.includes(t)) : notes;
  return mergeUnits(
    units,
    [...connectors, ...arrowLabels, ...onArrows, ...placeholders],
    labels.length ? [...captions, ...labels] : captions,
    rest,
  );
}
