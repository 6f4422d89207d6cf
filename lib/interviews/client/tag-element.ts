/**
 * Telling the grader what a component is: "This is a cache". The kind goes where the palette
 * puts it, `customData.kind`, which the engine trusts before any word (docs/grading.md §2),
 * with `customData.taggedBy: "hand"` so the report can tell a correction from a palette item.
 * Pure: elements in, elements out, for the grader view's picker and anything else that tags
 * (a suggestion a person accepts); the caller hands the result to Excalidraw's updateScene.
 */
import { COMPONENT_KINDS, type ComponentKind } from "@/lib/grading/contract";

/** A kind a person can give a component: any kind the contract knows except "unknown". */
export type TagKind = Exclude<ComponentKind, "unknown">;

export const TAG_KINDS: readonly TagKind[] = COMPONENT_KINDS.filter((kind): kind is TagKind => kind !== "unknown");

/** Who set a tag; only "hand" so far (the palette's own marks carry no `taggedBy`). */
export const HAND = "hand";

/** The parts of an Excalidraw element tagging reads and writes. */
export interface TaggableElement {
  id: string;
  type: string;
  version: number;
  versionNonce: number;
  updated: number;
  isDeleted?: boolean;
  containerId?: string | null;
  groupIds?: readonly string[];
  customData?: Record<string, unknown>;
}

export interface TagOptions {
  /** The edit's time (Excalidraw's `updated`); Date.now() unless a test fixes it. */
  now?: number;
  /** A new versionNonce; random unless a test fixes it. */
  nonce?: () => number;
}

/**
 * The elements that carry a component's tag: the component's own element (the first of its
 * ids, as the engine lists them), the texts bound to it, and the other elements of its group
 * (a palette item or an icon). Parts folded into the component from elsewhere (an endpoint box
 * inside a service) keep their own reading: tagging them would make them components of their own.
 */
export function elementsToTag(elements: readonly TaggableElement[], componentElementIds: readonly string[]): string[] {
  const inComponent = new Set(componentElementIds);
  const byId = new Map(elements.filter((e) => !e.isDeleted).map((e) => [e.id, e]));
  const first = componentElementIds.map((id) => byId.get(id)).find((e) => e !== undefined);
  if (!first) return [];
  // Excalidraw lists groups innermost first: the last one is the whole item.
  const group = first.groupIds?.at(-1);
  const picked: string[] = [];
  for (const id of componentElementIds) {
    const element = byId.get(id);
    if (!element || picked.includes(id)) continue;
    const own =
      element === first ||
      element.containerId === first.id ||
      (group !== undefined && element.groupIds?.includes(group) === true);
    if (own && inComponent.has(id)) picked.push(id);
  }
  return picked;
}

function bumped<T extends TaggableElement>(element: T, customData: Record<string, unknown>, options: TagOptions): T {
  return {
    ...element,
    customData,
    version: element.version + 1,
    versionNonce: (options.nonce ?? (() => Math.floor(Math.random() * 2 ** 31)))(),
    updated: options.now ?? Date.now(),
  };
}

/**
 * The step before tagging: gives an empty `customData` to each element to tag that has none,
 * or null when every one has some. Why: Excalidraw's undo puts back the values an edit
 * replaced but skips an `undefined` one, so a tag on an element that had no customData could
 * never be undone. The caller applies this first, outside the undo history, then the tag.
 */
export function withCustomData<T extends TaggableElement>(
  elements: readonly T[],
  componentElementIds: readonly string[],
  options: TagOptions = {},
): T[] | null {
  const bare = new Set(
    elementsToTag(elements, componentElementIds).filter((id) => !elements.find((e) => e.id === id)?.customData),
  );
  if (bare.size === 0) return null;
  return elements.map((element) => (bare.has(element.id) ? bumped(element, {}, options) : element));
}

/**
 * Tags a component's elements with a kind. Returns the whole element list, with each tagged
 * element replaced by a new version (Excalidraw reads the version to see, save and undo an
 * edit) and every other element as it was. Replicas and roles the palette set are kept;
 * a role only means something on a database, where the engine reads it.
 */
export function tagElements<T extends TaggableElement>(
  elements: readonly T[],
  componentElementIds: readonly string[],
  kind: TagKind,
  options: TagOptions = {},
): T[] {
  const targets = new Set(elementsToTag(elements, componentElementIds));
  return elements.map((element) => {
    if (!targets.has(element.id)) return element;
    const customData = element.customData ?? {};
    if (customData.kind === kind && customData.taggedBy === HAND) return element;
    return bumped(element, { ...customData, kind, taggedBy: HAND }, options);
  });
}

/** Whether a person tagged this element's kind by hand. */
export function isHandTagged(element: { customData?: unknown } | null | undefined): boolean {
  const data = element?.customData;
  return typeof data === "object" && data !== null && (data as Record<string, unknown>).taggedBy === HAND;
}

/**
 * The ids of the components whose kind is a hand tag: one of their elements carries it, with
 * the kind the component has (a tag the engine did not follow is not what made the kind).
 * Works on a stored scene, so any grade, old or new, can say which components were corrected.
 */
export function handTaggedComponentIds(
  components: readonly { id: string; kind: string; elementIds: readonly string[] }[],
  elements: readonly unknown[],
): string[] {
  const tagged = new Map<string, string>();
  for (const element of elements) {
    if (typeof element !== "object" || element === null) continue;
    const { id, customData, isDeleted } = element as { id?: unknown; customData?: unknown; isDeleted?: unknown };
    if (isDeleted === true || typeof id !== "string" || !isHandTagged({ customData })) continue;
    const kind = (customData as Record<string, unknown>).kind;
    if (typeof kind === "string") tagged.set(id, kind);
  }
  if (tagged.size === 0) return [];
  return components
    .filter((component) => component.elementIds.some((id) => tagged.get(id) === component.kind))
    .map((component) => component.id);
}
