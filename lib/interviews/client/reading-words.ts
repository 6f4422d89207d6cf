/**
 * How the grader read each part of a drawing, as data the grader view words in the reader's
 * language (components/reading/reading-text.ts): "Read from its label, corrected from
 * “Kafak”", "Guessed from its shape: drawn as a cylinder". Built from the engine's reading
 * (docs/grading.md §5, `reading` and `ends`), which the live panel asks for.
 */
import type { ComponentKind } from "@/lib/grading/contract";
import type { ComponentJson, ConnectionJson, EndJson, GraphJson, KindSourceJson } from "@/lib/grading/types";

/** Where the words that named a kind were found (the sources besides a tag, a guess or nothing). */
export type ReadFrom = Exclude<KindSourceJson, "tag" | "inferred" | "none">;

/**
 * Why the engine guessed a kind from shape or position. The engine says it in English
 * (`reading.why`, lib/grading/graph); each of its sentences has an id here, so the page
 * can say it in any language. A sentence this list does not know is kept as `text`.
 */
export type Guess =
  | {
      id:
        | "cylinder"
        | "person"
        | "ellipseStore"
        | "behindBalancer"
        | "betweenCallersAndStore"
        | "betweenClientsAndServices"
        | "fedByQueue"
        | "bucket"
        | "throughWaysIn";
    }
  | { id: LabelledGuessId; label: string }
  | { id: "text"; text: string };

/** The engine's sentences (lib/grading/graph), word for word, by id. */
export const GUESSES: Record<Exclude<Guess["id"], LabelledGuessId | "text">, string> = {
  cylinder: "drawn as a cylinder",
  person: "drawn as a person",
  ellipseStore: "an ellipse that services read and write",
  behindBalancer: "reached through a load balancer or gateway, and talks on",
  betweenCallersAndStore: "between its callers and a store",
  betweenClientsAndServices: "between the clients and the services",
  fedByQueue: "fed by a queue",
  bucket: "drawn as a bucket",
  throughWaysIn: "called through its ways in, so no client",
};

/** The engine's sentences that quote a label, by id (the label is the part in quotes). */
const LABELLED_GUESSES = {
  member: /^a member of "(.*)"$/s,
  cylinderBeside: /^drawn as a cylinder beside "(.*)"$/s,
  proxyTo: /^a proxy to "(.*)", the outside system it is named after$/s,
  behindProxy: /^the outside system "(.*)" forwards to$/s,
};
type LabelledGuessId = keyof typeof LABELLED_GUESSES;

const GUESS_IDS = new Map(Object.entries(GUESSES).map(([id, text]) => [text, id as keyof typeof GUESSES]));

export function guessOf(why: string): Guess {
  const known = GUESS_IDS.get(why);
  if (known) return { id: known };
  for (const [id, pattern] of Object.entries(LABELLED_GUESSES)) {
    const quoted = pattern.exec(why);
    if (quoted) return { id: id as LabelledGuessId, label: quoted[1]! };
  }
  return { id: "text", text: why };
}

/** How a component's kind was read. */
export type Reading =
  /** A person set its kind with "This is a…". */
  | { kind: "tagged"; as: ComponentKind }
  /** Dragged from the palette, which tags its items. */
  | { kind: "palette" }
  /** No kind: its shape and place suggested one that fits nothing (`guess`), or nothing named one. */
  | { kind: "noKind"; guess: Guess | null }
  /** Read from words (`from`), or guessed from shape and place (`guess`). */
  | {
      kind: "read";
      from: ReadFrom | null;
      guess: Guess | null;
      /** The words that said the kind, when they are only part of the label. */
      words: string | null;
      /** Misspelt words read as vocabulary words ("Kafak"). */
      corrected: string[];
      /** Other kinds the label names. */
      also: ComponentKind[];
    };

/** How a component's kind was read; null without a reading (a grade stored without one). */
export function readingOf(component: Pick<ComponentJson, "kind" | "reading">, handTagged: boolean): Reading | null {
  const reading = component.reading;
  if (!reading) return null;
  if (reading.source === "tag") return handTagged ? { kind: "tagged", as: component.kind } : { kind: "palette" };
  const guess = reading.source === "inferred" && reading.why ? guessOf(reading.why) : null;
  if (reading.source === "none" || component.kind === "unknown") return { kind: "noKind", guess };
  return {
    kind: "read",
    from: reading.source === "inferred" ? null : reading.source,
    guess,
    words: reading.source === "inferred" ? null : (reading.words ?? null),
    corrected: (reading.corrected ?? []).map((c) => c.from),
    also: reading.alsoKinds ?? [],
  };
}

/** A component at one end of a connection: its label, or its kind when it has none; null when missing. */
export type EndName = { label: string } | { kind: ComponentKind } | null;

export interface LooseConnection {
  key: string;
  from: EndName;
  to: EndName;
  /** How each end was tied: `bound` by Excalidraw, or inferred from where a loose end lies. */
  ends: { from: EndJson; to: EndJson };
  /** The arrow and the components at its ends, to show on the board. */
  elementIds: string[];
}

function endName(component: ComponentJson | undefined): EndName {
  if (!component) return null;
  const label = component.label.trim();
  return label ? { label } : { kind: component.kind };
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
      return {
        key: `${connection.elementIds[0] ?? index}:${connection.from}:${connection.to}`,
        from: endName(from),
        to: endName(to),
        ends: connection.ends,
        elementIds: [...connection.elementIds, ...(from?.elementIds ?? []), ...(to?.elementIds ?? [])],
      };
    });
}
