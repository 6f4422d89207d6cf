// A unit is one candidate box of the architecture before it is judged a component, a zone,
// or part of something bigger: a lone shape, a group of shapes (an icon with its caption),
// or a text standing on its own.
import { area, union, type Box } from "../geometry/box";
import type { SceneElement } from "../scene/types";
import { isNote, isPlaceholder } from "../classify/notes";
import type { Decision } from "./decide";
import { boxOf, isBoxLike, isFrame, textOf } from "./elements";
import type { UnitReading } from "./reader";

export interface NearText {
  text: SceneElement;
  gap: number;
}

/** A caption's next line may start this many of its own line heights below the line above. */
const NEXT_LINE = 0.75;

/** Whether a text is the line right under another one, continuing it (a caption written as two texts). */
export function isNextLine(above: SceneElement, text: SceneElement): boolean {
  const a = boxOf(above);
  const b = boxOf(text);
  const line = (text.fontSize ?? 20) * 1.25;
  const overlap = Math.min(a.maxX, b.maxX) - Math.max(a.minX, b.minX);
  return (
    b.minY >= a.maxY - 2 &&
    b.minY <= a.maxY + NEXT_LINE * line &&
    overlap >= 0.5 * Math.min(a.maxX - a.minX, b.maxX - b.minX)
  );
}

/** A text with the texts that continue it line by line below it. */
function withNextLines(first: SceneElement, others: SceneElement[]): SceneElement[] {
  const lines = [first];
  for (let next = others.find((t) => isNextLine(first, t)); next;) {
    lines.push(next);
    const above: SceneElement = next;
    next = others.find((t) => !lines.includes(t) && isNextLine(above, t));
  }
  return lines;
}

export interface Unit {
  uid: number;
  source: "shape" | "group" | "text";
  /** Every element that belongs to the unit (shapes, their texts, icon strokes). */
  members: SceneElement[];
  box: Box;
  area: number;
  /** Can hold other units (a rectangle or frame, not an icon or an image). */
  boxLike: boolean;
  /** The frame element when the unit is a frame (its children are listed by frameId). */
  frame: SceneElement | null;
  boundTexts: SceneElement[];
  groupTexts: SceneElement[];
  insideTexts: SceneElement[];
  nearTexts: NearText[];
  /** Texts that are notes (kept for element ids, never a label). */
  noteTexts: SceneElement[];
  /** Copies of one shape drawn offset behind each other: the usual "several instances" icon. */
  stackCount: number;
  customKind: string | null;
  customReplicas: number | null;
  customRole: string | null;
  order: number;
  // Filled by later stages; kept on the unit (one per scene and build) rather than in maps.
  /** The smallest unit holding this one (containment.ts). */
  parent: Unit | null;
  /** Units this one holds directly. */
  kids: Unit[];
  /** Component, zone, or part of another unit (decide.ts). */
  decision: Decision | null;
  /** Its words read once (reader.ts). */
  reading: UnitReading | null;
}

/** Most units never get a text of a given sort; they share one empty, frozen list. */
const NONE: never[] = Object.freeze([]) as unknown as never[];

let counter = 0;

function customOf(members: SceneElement[]) {
  // The palette marks the shape (and often its text); the first mark found wins.
  const marked = members.find((m) => m.customKind !== null);
  return {
    customKind: marked?.customKind ?? null,
    customReplicas: members.find((m) => m.customReplicas !== null)?.customReplicas ?? null,
    customRole: members.find((m) => m.customRole !== null)?.customRole ?? null,
  };
}

export function shapeUnit(shape: SceneElement, bound: SceneElement[]): Unit {
  const box = boxOf(shape);
  let labels: SceneElement[] = NONE;
  let notes: SceneElement[] = NONE;
  for (const t of bound) {
    const text = textOf(t);
    if (isPlaceholder(text)) continue;
    // Line breaks kept: a short first line over detail lines is a name, not a note.
    if (isNote(t.text ?? text, true)) notes = appended(notes, t);
    else labels = appended(labels, t);
  }
  const marked = shape.customKind !== null ? shape : bound.find((t) => t.customKind !== null);
  return {
    uid: ++counter,
    source: "shape",
    members: bound.length ? [shape, ...bound] : [shape],
    box,
    area: area(box),
    boxLike: isBoxLike(shape),
    frame: isFrame(shape) ? shape : null,
    boundTexts: labels,
    groupTexts: NONE,
    insideTexts: NONE,
    nearTexts: NONE,
    noteTexts: notes,
    stackCount: 1,
    customKind: marked?.customKind ?? null,
    customReplicas: shape.customReplicas ?? bound.find((t) => t.customReplicas !== null)?.customReplicas ?? null,
    customRole: shape.customRole ?? bound.find((t) => t.customRole !== null)?.customRole ?? null,
    order: shape.order,
    // The stage fields every unit starts with (written out, not spread: units are made by the thousand).
    parent: null,
    kids: NONE,
    decision: null,
    reading: null,
  };
}

export function textUnit(text: SceneElement): Unit {
  const box = boxOf(text);
  const custom = customOf([text]);
  return {
    uid: ++counter,
    source: "text",
    members: [text],
    box,
    area: area(box),
    boxLike: false,
    frame: null,
    boundTexts: NONE,
    groupTexts: [text],
    insideTexts: NONE,
    nearTexts: NONE,
    noteTexts: NONE,
    stackCount: 1,
    customKind: custom.customKind,
    customReplicas: custom.customReplicas,
    customRole: custom.customRole,
    order: text.order,
    parent: null,
    kids: NONE,
    decision: null,
    reading: null,
  };
}

/** One unit out of several: a group read as a single component (an icon and its caption). */
export function mergeUnits(
  units: Unit[],
  extraMembers: SceneElement[],
  texts: SceneElement[],
  notes: SceneElement[],
): Unit {
  const first = units[0]!;
  let box = first.box;
  for (const u of units) box = union(box, u.box);
  // The group behaves as a box when its biggest part is a box covering nearly all of it.
  const biggest = units.reduce((a, b) => (b.area > a.area ? b : a), first);
  // Lists built with loops, not flatMap: a drawing has hundreds of icons to merge.
  const members: SceneElement[] = [];
  const boundTexts: SceneElement[] = [];
  const groupTexts: SceneElement[] = [];
  const noteTexts: SceneElement[] = [];
  for (const u of units) {
    // elementsOf(u), and its texts of each sort.
    pushAll(members, u.members);
    pushAll(members, u.insideTexts);
    for (const n of u.nearTexts) members.push(n.text);
    pushAll(boundTexts, u.boundTexts);
    pushAll(groupTexts, u.groupTexts);
    pushAll(groupTexts, u.insideTexts);
    for (const n of u.nearTexts) groupTexts.push(n.text);
    pushAll(noteTexts, u.noteTexts);
  }
  pushAll(members, extraMembers);
  pushAll(members, texts);
  pushAll(members, notes);
  pushAll(groupTexts, texts);
  pushAll(noteTexts, notes);
  const custom = customOf(members);
  const merged: Unit = {
    uid: ++counter,
    source: "group",
    members,
    box,
    area: area(box),
    boxLike: biggest.boxLike && biggest.area >= 0.8 * area(box),
    frame: null,
    boundTexts,
    groupTexts,
    insideTexts: NONE,
    nearTexts: NONE,
    noteTexts,
    stackCount: Math.max(stackOf(units), ...units.map((u) => u.stackCount)),
    customKind: custom.customKind,
    customReplicas: custom.customReplicas,
    customRole: custom.customRole,
    order: members.reduce((min, m) => Math.min(min, m.order), Infinity),
    parent: null,
    kids: NONE,
    decision: null,
    reading: null,
  };
  return merged;
}

/**
 * The largest chain of same-type, same-size shapes each shifted a little from the next: the
 * usual "several instances" icon. Side-by-side shapes (columns, a row of boxes) are not one.
 */
function stackOf(units: Unit[]): number {
  const shapes = units.filter((u) => u.source === "shape" && u.area > 0);
  if (shapes.length < 2 || shapes.length > 50) return 1;
  const root = shapes.map((_, i) => i);
  const find = (i: number): number => (root[i] === i ? i : (root[i] = find(root[i]!)));
  shapes.forEach((a, i) => {
    const w = a.box.maxX - a.box.minX;
    const h = a.box.maxY - a.box.minY;
    shapes.forEach((b, j) => {
      if (j <= i || b.members[0]!.type !== a.members[0]!.type) return;
      const sameSize =
        Math.abs(b.box.maxX - b.box.minX - w) <= 0.1 * w && Math.abs(b.box.maxY - b.box.minY - h) <= 0.1 * h;
      const shifted = Math.abs(b.box.minX - a.box.minX) <= 0.4 * w && Math.abs(b.box.minY - a.box.minY) <= 0.4 * h;
      if (sameSize && shifted) root[find(j)] = find(i);
    });
  });
  const sizes = new Map<number, number>();
  for (let i = 0; i < shapes.length; i++) sizes.set(find(i), (sizes.get(find(i)) ?? 0) + 1);
  return Math.max(1, ...sizes.values());
}

/** Texts set in a font at least half the size of the largest among them (small print is decoration). */
export function dominant(texts: SceneElement[]): SceneElement[] {
  const max = Math.max(0, ...texts.map((t) => t.fontSize ?? 0));
  return texts.filter((t) => t.fontSize === null || t.fontSize >= 0.5 * max);
}

/** The texts that may name the unit (no notes, no placeholders). */
export function wordsOf(u: Unit): SceneElement[] {
  return [...u.boundTexts, ...u.groupTexts, ...u.insideTexts, ...u.nearTexts.map((n) => n.text)];
}

/** How many texts may name the unit: wordsOf(u).length without the list. */
export function wordCountOf(u: Unit): number {
  return u.boundTexts.length + u.groupTexts.length + u.insideTexts.length + u.nearTexts.length;
}

/** Appends every item of `items` to `list` (a loop: no argument list as long as the items). */
function pushAll<T>(list: T[], items: readonly T[]): void {
  for (let i = 0; i < items.length; i++) list.push(items[i]!);
}

/** The list with one more item; the shared empty list is replaced, never written to. */
export function appended<T>(list: T[], item: T): T[] {
  if (list === NONE) return [item];
  list.push(item);
  return list;
}

/** Every element the unit stands for, attached texts included. */
export function elementsOf(u: Unit): SceneElement[] {
  return [...u.members, ...u.insideTexts, ...u.nearTexts.map((n) => n.text)];
}

function readingOrder(a: SceneElement, b: SceneElement): number {
  return a.y - b.y || a.x - b.x || a.order - b.order;
}

export interface UnitLabel {
  label: string;
  labelTexts: SceneElement[];
  annotations: SceneElement[];
}

/**
 * The unit's name and its annotations. Bound text names a shape; failing that, text grouped
 * with it or lying on it; failing that, the nearest text beside it. Every other attached
 * text is an annotation ("x3", "HA", "primary").
 */
export function labelOf(u: Unit): UnitLabel {
  // The common cases, a unit with one text or none, need no sorting (the lists returned are
  // read, never changed, so the empty ones are shared).
  if (!u.frame) {
    const texts = u.boundTexts.length + u.groupTexts.length + u.insideTexts.length + u.nearTexts.length;
    if (texts === 0) return { label: "", labelTexts: NONE, annotations: NONE };
    if (texts === 1) {
      if (u.boundTexts.length)
        return { label: textOf(u.boundTexts[0]!), labelTexts: [u.boundTexts[0]!], annotations: NONE };
      if (u.nearTexts.length) {
        const near = u.nearTexts[0]!.text;
        return { label: textOf(near), labelTexts: [near], annotations: NONE };
      }
      // A grouped text or one lying on the shape, kept when dominant() keeps it.
      const only = u.groupTexts.length ? u.groupTexts[0]! : u.insideTexts[0]!;
      if (only.fontSize === null || only.fontSize >= 0.5 * Math.max(0, only.fontSize))
        return { label: textOf(only), labelTexts: [only], annotations: NONE };
      return { label: "", labelTexts: NONE, annotations: [only] };
    }
  }
  const near = [...u.nearTexts].sort((a, b) => a.gap - b.gap || a.text.order - b.text.order).map((n) => n.text);
  const frameName = u.frame?.name?.trim() ? [u.frame] : [];
  let labelTexts: SceneElement[];
  if (frameName.length) labelTexts = [];
  else if (u.boundTexts.length) labelTexts = dominant(u.boundTexts).sort(readingOrder);
  else if (u.groupTexts.length || u.insideTexts.length)
    labelTexts = dominant([...u.groupTexts, ...u.insideTexts]).sort(readingOrder);
  // The nearest caption, with the lines that continue it right under it.
  else labelTexts = near.length ? withNextLines(near[0]!, near.slice(1)) : [];
  const used = new Set(labelTexts);
  const annotations = [...u.boundTexts, ...u.groupTexts, ...u.insideTexts, ...near].filter((t) => !used.has(t));
  const label = frameName.length ? u.frame!.name!.trim() : labelTexts.map(textOf).filter(Boolean).join(" ");
  return { label, labelTexts, annotations };
}

/** Takes a tag (customData) from a text attached to the unit when its own elements carry none. */
export function adoptTags(u: Unit): void {
  const attached = [...u.insideTexts, ...u.nearTexts.map((n) => n.text)];
  const tagged = attached.find((t) => t.customKind !== null);
  if (u.customKind === null && tagged) u.customKind = tagged.customKind;
  if (u.customReplicas === null)
    u.customReplicas = attached.find((t) => t.customReplicas !== null)?.customReplicas ?? null;
  if (u.customRole === null) u.customRole = attached.find((t) => t.customRole !== null)?.customRole ?? null;
}

export function isLabelled(u: Unit): boolean {
  return (
    u.customKind !== null ||
    u.boundTexts.length > 0 ||
    u.groupTexts.length > 0 ||
    u.insideTexts.length > 0 ||
    u.nearTexts.length > 0 ||
    Boolean(u.frame?.name?.trim())
  );
}
