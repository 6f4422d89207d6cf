/**
 * What the model sees, and nothing else: the prompt, the graph the engine read (never the raw
 * scene), the findings, the candidate's notes and the interview's transcript. Built small on
 * purpose: a component is named by the engine's short id ("c3"), never by its Excalidraw
 * element ids, so a 1,000-element drawing stays a few kilobytes; the ids the model answers
 * with are mapped back to the elements through the grade (elementIndex).
 */
import type { ComponentJson, FindingJson, GraphJson } from "@/lib/grading/types";

export type GroundingPrompt = {
  title: string;
  brief: string;
  requirements: { functional: string[]; nonFunctional: string[] };
  scale: { label: string; value: string }[];
};

export type TranscriptLine = {
  role: "candidate" | "interviewer";
  content: string;
};

/** The request's facts, exactly as they are sent (the "What the model sees" disclosure shows this). */
export type Grounding = {
  prompt: GroundingPrompt;
  /** Components by kind, each "id label" with "(role, xN)" when it has them: "c3 MySQL (primary)". */
  components: Record<string, string[]>;
  /** Connections as "from>to" or "from>to label", by component id. */
  connections: string[];
  zones: { label: string; members: string[] }[];
  unrecognised: string[];
  findings?: {
    ruleId: string;
    status: string;
    severity: string;
    message: string;
    about: string[];
    /** How many more components the finding is about, past the first MAX_ABOUT. */
    aboutMore?: number;
  }[];
  notes: string;
  transcript: TranscriptLine[];
};

const MAX_LABEL = 60;
const MAX_NOTES = 4_000;
const MAX_TRANSCRIPT_LINES = 40;
const MAX_LINE = 600;
const MAX_MESSAGE = 160;
const MAX_ABOUT = 10;
const MAX_UNRECOGNISED = 50;

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** Maps any element id of a component to the component's key (findings point at all of them). */
function keyIndex(components: readonly ComponentJson[]): Map<string, string> {
  const index = new Map<string, string>();
  for (const component of components) {
    for (const id of component.elementIds) index.set(id, component.id);
  }
  return index;
}

function componentLine(component: ComponentJson): string {
  const details = [
    component.role && component.role !== "standalone" ? component.role : null,
    component.replicas > 1 ? `x${component.replicas}` : null,
  ].filter(Boolean);
  const label = clip(component.label.replace(/\s+/g, " ").trim(), MAX_LABEL);
  return [component.id, label, details.length ? `(${details.join(", ")})` : ""].filter(Boolean).join(" ");
}

function groupByKind(components: readonly ComponentJson[]): Record<string, string[]> {
  const groups: Record<string, string[]> = {};
  for (const component of components) (groups[component.kind] ??= []).push(componentLine(component));
  return groups;
}

export function buildGrounding(input: {
  prompt: GroundingPrompt;
  graph: GraphJson;
  findings?: readonly FindingJson[];
  notes: string;
  transcript: readonly TranscriptLine[];
}): Grounding {
  const { graph } = input;
  const keys = keyIndex(graph.components);
  const zoneLabel = new Map(graph.zones.map((z) => [z.id, z.label ?? "(untitled zone)"]));
  const zones = new Map<string, string[]>();
  for (const component of graph.components) {
    if (!component.zone) continue;
    const label = zoneLabel.get(component.zone) ?? "(zone)";
    zones.set(label, [...(zones.get(label) ?? []), component.id]);
  }
  return {
    prompt: input.prompt,
    components: groupByKind(graph.components),
    connections: graph.connections.map((l) =>
      l.label ? `${l.from}>${l.to} ${clip(l.label.replace(/\s+/g, " "), MAX_LABEL)}` : `${l.from}>${l.to}`,
    ),
    zones: [...zones].map(([label, members]) => ({ label: clip(label, MAX_LABEL), members })),
    unrecognised: graph.unrecognised.slice(0, MAX_UNRECOGNISED).map((u) => clip(u.label, MAX_LABEL)),
    ...(input.findings
      ? {
          findings: input.findings.map((f) => {
            const about = [...new Set(f.elementIds.map((id) => keys.get(id)).filter((id): id is string => !!id))];
            return {
              ruleId: f.ruleId,
              status: f.status,
              severity: f.severity,
              message: clip(f.message, MAX_MESSAGE),
              about: about.slice(0, MAX_ABOUT),
              ...(about.length > MAX_ABOUT ? { aboutMore: about.length - MAX_ABOUT } : {}),
            };
          }),
        }
      : {}),
    notes: clip(input.notes, MAX_NOTES),
    transcript: input.transcript
      .slice(-MAX_TRANSCRIPT_LINES)
      .map((line) => ({ role: line.role, content: clip(line.content, MAX_LINE) })),
  };
}

/**
 * The ids the model may name (a component's id, or one of its element ids) and the elements
 * each stands for on the board. Any other id is not in the grade.
 */
export function elementIndex(components: readonly ComponentJson[]): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const component of components) {
    index.set(component.id, component.elementIds);
    for (const id of component.elementIds) index.set(id, component.elementIds);
  }
  return index;
}
