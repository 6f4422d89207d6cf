// Which parts of the drawing to outline when a finding (or a component) is picked: one
// outline per component or zone it names, so a box and its label get one frame, not two.
import type { ComponentJson, ZoneJson } from "@/lib/grading/types";

export function highlightGroups(
  elementIds: readonly string[],
  components: readonly Pick<ComponentJson, "elementIds">[],
  zones: readonly Pick<ZoneJson, "elementIds">[],
): string[][] {
  const remaining = new Set(elementIds);
  const groups: string[][] = [];
  for (const owner of [...components, ...zones]) {
    const inside = owner.elementIds.filter((id) => remaining.has(id));
    if (inside.length === 0) continue;
    groups.push(inside);
    for (const id of inside) remaining.delete(id);
  }
  // Arrows and anything no component owns: outlined on their own (the canvas skips lines).
  for (const id of remaining) groups.push([id]);
  return groups;
}
