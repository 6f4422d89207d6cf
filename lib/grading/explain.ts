// What each element of a drawing became and why: the answer to "why did the grader read my
// box as that?" (npm run grade -- FILE --explain). Built from the graph and its readings, so
// it says exactly what grading used.
import type { ComponentReadingJson, EndJson } from "./types";
import { describeGraph } from "./index";
import { parseScene } from "./scene/parse";

export interface ElementExplanation {
  id: string;
  type: string;
  /** The element's text, for texts (and frames: their name). */
  text: string | null;
  /** What it became: a component, part of one, a zone, a connection, a note, or nothing. */
  became: string;
  why: string;
}

const SOURCES: Record<ComponentReadingJson["source"], string> = {
  tag: "its customData.kind tag (palette item or set by hand)",
  bound_label: "its bound label",
  text_on_shape: "the text lying on it",
  icon_caption: "the caption grouped with the icon",
  nearby_text: "the text beside it",
  frame_name: "the frame's name",
  standalone_text: "a text drawn without a shape",
  annotation: "a second text beside its label",
  inferred: "its shape and position",
  none: "nothing: no word names a kind",
};

const ENDS: Record<EndJson, string> = {
  bound: "bound",
  touching: "loose, touching the shape",
  near: "loose, stopping near the shape",
  caption: "loose, on the shape's caption",
  ahead: "loose, pointing at the shape from a little way short",
};

function readingWhy(r: ComponentReadingJson | undefined, kind: string): string {
  if (!r) return "";
  const parts = [
    kind === "unknown" && r.source !== "inferred"
      ? `no kind: read from ${SOURCES[r.source]}`
      : `kind from ${SOURCES[r.source]}`,
  ];
  if (r.words) parts.push(`the words "${r.words}"`);
  if (r.why) parts.push(r.why);
  for (const c of r.corrected ?? []) parts.push(`"${c.from}" read as "${c.to}"`);
  if (r.alsoKinds?.length) parts.push(`also names ${r.alsoKinds.join(", ")}`);
  return parts.join("; ");
}

export function explainScene(scene: unknown): ElementExplanation[] {
  const { elements } = parseScene(scene);
  const graph = describeGraph(scene, { reading: true });
  const out = new Map<string, { became: string; why: string }>();
  const set = (id: string, became: string, why: string) => {
    if (!out.has(id)) out.set(id, { became, why });
  };
  const names = new Map(graph.components.map((c) => [c.id, `${c.id} ${c.label ? `"${c.label}"` : "(no label)"}`]));
  for (const c of graph.components) {
    const why = readingWhy(c.reading, c.kind);
    const [first, ...rest] = c.elementIds;
    if (first) set(first, `component ${c.id} (${c.kind})`, why);
    for (const id of rest) set(id, `part of component ${c.id} (${c.kind})`, why);
  }
  for (const z of graph.zones)
    for (const id of z.elementIds) set(id, `zone ${z.id}${z.label ? ` "${z.label}"` : ""}`, "holds components");
  for (const l of graph.connections) {
    const [arrow, ...labels] = l.elementIds;
    const ends = l.ends ? `start ${ENDS[l.ends.from]}, end ${ENDS[l.ends.to]}` : "both ends bound";
    if (arrow) set(arrow, `connection ${names.get(l.from)} -> ${names.get(l.to)}`, ends);
    for (const id of labels) set(id, `label of connection ${l.from} -> ${l.to}`, "text on the arrow");
  }
  for (const n of graph.notes)
    for (const id of n.elementIds)
      set(id, "note", "text that names no component (a note, a step, a table or a heading)");
  return elements.map((e) => {
    const known = out.get(e.id);
    const text = e.type === "frame" ? e.name : e.text;
    if (known) return { id: e.id, type: e.type, text, ...known };
    const why =
      e.type === "arrow" || e.type === "line"
        ? "a connector whose ends reach no component (or an icon stroke)"
        : e.type === "text"
          ? "a placeholder, or a text attached to nothing"
          : "an unlabelled shape no arrow reaches";
    return { id: e.id, type: e.type, text, became: "nothing", why };
  });
}
