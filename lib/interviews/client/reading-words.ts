/**
 * How the grader read each part of a drawing, in words a candidate understands: "Read from
 * its label, corrected from “Kafak”", "Guessed from its shape: drawn as a cylinder". Built
 * from the engine's reading (docs/grading.md §5, `reading` and `ends`), which the live panel
 * asks for.
 */
import { KIND_WORDS } from "@/lib/grading/kinds";
import type { ComponentJson, ConnectionJson, EndJson, GraphJson, KindSourceJson } from "@/lib/grading/types";

const FROM: Record<Exclude<KindSourceJson, "tag" | "inferred" | "none">, string> = {
  bound_label: "Read from its label",
  text_on_shape: "Read from the text written on it",
  icon_caption: "Read from the caption under the icon",
  nearby_text: "Read from the text beside it",
  frame_name: "Read from the frame’s name",
  standalone_text: "Read from a text drawn without a box",
  annotation: "Read from a second text beside its label",
};

const quote = (text: string) => `“${text}”`;

/** One sentence on how a component's kind was read; `handTagged` when a person set its tag. */
export function readingSentence(component: Pick<ComponentJson, "kind" | "reading">, handTagged: boolean): string {
  const reading = component.reading;
  if (!reading) return "";
  const noun = KIND_WORDS[component.kind].noun;
  if (reading.source === "tag") return handTagged ? `You tagged it as ${article(noun)}.` : "A palette item.";
  if (reading.source === "none" || component.kind === "unknown")
    return reading.source === "inferred" && reading.why
      ? `Guessed from its shape and place (${reading.why}), but no kind fits.`
      : "No word in its label names a kind.";
  const parts: string[] = [];
  if (reading.source === "inferred") parts.push(`No word names it: guessed from its shape and place (${reading.why})`);
  else parts.push(reading.words ? `${FROM[reading.source]} (${quote(reading.words)})` : FROM[reading.source]);
  const corrected = reading.corrected ?? [];
  if (corrected.length) parts.push(`corrected from ${corrected.map((c) => quote(c.from)).join(", ")}`);
  const also = reading.alsoKinds ?? [];
  if (also.length) parts.push(`also names ${also.map((kind) => article(KIND_WORDS[kind].noun)).join(" and ")}`);
  return `${parts.join(", ")}.`;
}

function article(noun: string): string {
  // "an API gateway", "a DNS", "a cache": the sound decides, so acronyms read letter by letter.
  const vowelSound = /^(?:[aeiou]|API|SQL)/i.test(noun) && !/^(?:user|uni)/i.test(noun);
  return `${vowelSound ? "an" : "a"} ${noun}`;
}

/** How a loose end was tied to its component, as the rest of "…the arrow's end …". */
const END: Record<Exclude<EndJson, "bound">, string> = {
  touching: "touches",
  near: "stops near",
  caption: "lies on the caption of",
  ahead: "points at",
};

export interface LooseConnection {
  key: string;
  from: string;
  to: string;
  /** "Inferred from a loose end: its end stops near “Kafka”." */
  how: string;
  /** The arrow and the components at its ends, to show on the board. */
  elementIds: string[];
}

function name(component: ComponentJson | undefined): string {
  if (!component) return "a component";
  return component.label.trim() ? quote(component.label.trim()) : `an unlabelled ${KIND_WORDS[component.kind].noun}`;
}

function endSentence(which: "start" | "end", end: EndJson, component: ComponentJson | undefined): string | null {
  if (end === "bound") return null;
  return `its ${which} ${END[end]} ${name(component)}`;
}

/** The connections the grader made from a loose arrow end, in drawing order. */
export function looseConnections(graph: Pick<GraphJson, "components" | "connections">): LooseConnection[] {
  const byId = new Map(graph.components.map((component) => [component.id, component]));
  return graph.connections
    .filter((connection): connection is ConnectionJson & { ends: NonNullable<ConnectionJson["ends"]> } =>
      Boolean(connection.ends && (connection.ends.from !== "bound" || connection.ends.to !== "bound")),
    )
    .map((connection, index) => {
      const from = byId.get(connection.from);
      const to = byId.get(connection.to);
      const ends = [endSentence("start", connection.ends.from, from), endSentence("end", connection.ends.to, to)];
      const said = ends.filter((end): end is string => end !== null).join(" and ");
      return {
        key: `${connection.elementIds[0] ?? index}:${connection.from}:${connection.to}`,
        from: name(from),
        to: name(to),
        how: `Inferred from a loose end: ${said}.`,
        elementIds: [...connection.elementIds, ...(from?.elementIds ?? []), ...(to?.elementIds ?? [])],
      };
    });
}
