// The grading engine's public face: gradeScene for a full grade, describeGraph for "what the
// grader sees" without any rule. Pure: no I/O, no Node-only APIs, safe in the browser.
import type { Rubric } from "./contract";
import { InvalidSceneError } from "./errors";
import { buildGraph } from "./graph/build";
import type { ArchitectureGraph, Note } from "./graph/model";
import { messageLocale, ruleWords, type GradingLanguage } from "./locales";
import { checkRubric, DEFAULT_RUBRIC } from "./rubric";
import { outcomeMessage, ruleById } from "./rules";
import { parseScene } from "./scene/parse";
import { computeScore } from "./score";
import type {
  ComponentJson,
  ConnectionJson,
  FindingJson,
  GradeResult,
  GraphJson,
  RequiredKindJson,
  ZoneJson,
} from "./types";
import { ENGINE_VERSION } from "./version";

export { ENGINE_VERSION } from "./version";
export { InvalidRubricError, InvalidSceneError, type InvalidSceneReason } from "./errors";
export { MAX_ELEMENTS, MAX_SCENE_BYTES } from "./limits";
export { DEFAULT_RUBRIC } from "./rubric";
export { KIND_WORDS, kindTitle } from "./kinds";
export { RULE_META, RULES } from "./rules";
export { parseScene, parseSceneText } from "./scene/parse";
export { explainScene, type ElementExplanation } from "./explain";
export {
  GRADING_LANGUAGES,
  gradingLanguageFor,
  isGradingLanguage,
  kindTitleIn,
  kindWords,
  ruleWords,
  type GradingLanguage,
  type RuleWords,
} from "./locales";
export { COMPONENT_KINDS, DATABASE_ROLES, RULE_IDS } from "./contract";
export type { ComponentKind, DatabaseRole, Rubric, RuleId } from "./contract";
export type * from "./types";

export interface ReadingOptions {
  /**
   * Adds how each component was read (`reading`: tag, bound label, nearby text, icon caption,
   * inferred, corrected spelling) and how loose connection ends were tied (`ends`). Off by
   * default, so results keep exactly the fields of docs/grading.md §5.
   */
  reading?: boolean;
}

export interface GradeOptions extends ReadingOptions {
  /** The prompt slug stamped into the result (null when graded without one). */
  prompt?: string | null;
  /** The language of each finding's `message` (default English); ids and data do not change. */
  language?: GradingLanguage;
}

/** What describeGraph returns: the graph of docs/grading.md §5, plus texts read as notes. */
export interface DescribedGraph extends GraphJson {
  notes: Note[];
}

/**
 * Reads a scene into its architecture graph (throws InvalidSceneError for anything that
 * is not a scene). Accepts JSON text, bytes, a parsed scene, an element array or a library.
 */
export function buildArchitecture(scene: unknown): ArchitectureGraph {
  const parsed = parseScene(scene);
  return buildGraph(parsed.elements, parsed.byId);
}

function graphJson(graph: ArchitectureGraph, withReading = false): GraphJson {
  const components: ComponentJson[] = graph.components.map((c) => ({
    id: c.id,
    kind: c.kind,
    label: c.label,
    role: c.role,
    replicas: c.replicas,
    zone: c.zone,
    elementIds: c.elementIds,
    ...(withReading && c.reading ? { reading: c.reading } : {}),
  }));
  const connections: ConnectionJson[] = graph.connections.map((l) => ({
    from: l.from,
    to: l.to,
    label: l.label,
    elementIds: l.elementIds,
    ...(withReading && l.ends ? { ends: l.ends } : {}),
  }));
  const zones: ZoneJson[] = graph.zones.map((z) => ({ id: z.id, label: z.label, elementIds: z.elementIds }));
  const unrecognised = graph.components
    .filter((c) => c.kind === "unknown")
    .map((c) => ({ label: c.label, elementIds: c.elementIds }));
  return { components, connections, zones, unrecognised };
}

/** Components, zones, connections and unrecognised labels, without findings (the live panel). */
export function describeGraph(scene: unknown, options: ReadingOptions = {}): DescribedGraph {
  const graph = guarded(() => buildArchitecture(scene));
  return { ...graphJson(graph, options.reading), notes: graph.notes };
}

function guarded<T>(work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (InvalidSceneError.is(error)) throw error;
    // The engine must never fail on a drawing with anything but InvalidSceneError; an
    // internal fault (e.g. a stack overflow on a pathological file) is reported as one.
    const detail = error instanceof Error ? error.message : String(error);
    throw new InvalidSceneError("unreadable", `The scene could not be read (${detail}).`);
  }
}

/**
 * Grades a scene against a rubric (default: every rule, weight 1) and returns exactly the
 * JSON of docs/grading.md §5. Throws InvalidSceneError, with a message a person can act on,
 * for any input that is not a scene; InvalidRubricError for a malformed rubric.
 */
export function gradeScene(scene: unknown, rubric?: Rubric, options: GradeOptions = {}): GradeResult {
  const used = checkRubric(rubric ?? DEFAULT_RUBRIC);
  const graph = guarded(() => buildArchitecture(scene));
  const language = options.language ?? "en";
  const findings: FindingJson[] = used.rules.map(({ id }) => {
    const rule = ruleById(id);
    const outcome = rule.check(graph);
    return {
      ruleId: id,
      status: outcome.status,
      severity: rule.meta.severity,
      message: outcomeMessage(rule, outcome, messageLocale(language), ruleWords(id, language).messages),
      elementIds: outcome.elementIds,
    };
  });
  const json = graphJson(graph, options.reading);
  const result: GradeResult = {
    engineVersion: ENGINE_VERSION,
    prompt: options.prompt ?? null,
    score: computeScore(used, findings),
    components: json.components,
    connections: json.connections,
    zones: json.zones,
    findings,
    unrecognised: json.unrecognised,
  };
  if (used.requiredKinds?.length) result.requiredKinds = requiredKinds(graph, used);
  return result;
}

function requiredKinds(graph: ArchitectureGraph, rubric: Rubric): RequiredKindJson[] {
  return (rubric.requiredKinds ?? []).map((kind) => {
    const found = graph.ofKind(kind);
    return { kind, present: found.length > 0, elementIds: found.flatMap((c) => c.elementIds) };
  });
}
