// npm run grade -- FILE [--prompt SLUG] [--lang en|ko] [--json] [--explain]
// Grades an .excalidraw file (FILE "-" reads standard input) with the same engine and prompt
// catalog as the app. Exit 0 when graded; 2 for an invalid file or an unknown prompt; 1 for
// anything else. Errors are one line on stderr, never a stack trace. --explain adds, per
// element, what it became and why (how each component's kind was read, how loose arrow ends
// were tied); with --json, the result carries the same readings and an "explanation" list.
// --lang ko writes the findings' messages and fixes in Korean (ids and data never change).
import { readFile, stat } from "node:fs/promises";
import {
  explainScene,
  GRADING_LANGUAGES,
  gradeScene,
  isGradingLanguage,
  ruleWords,
  InvalidSceneError,
  MAX_SCENE_BYTES,
  type ElementExplanation,
  type GradeResult,
  type GradingLanguage,
  type Rubric,
} from "@/lib/grading";
import { PROMPT_CATALOG, findPromptBySlug } from "@/lib/prompts/catalog";

const USAGE =
  "usage: npm run grade -- FILE [--prompt SLUG] [--lang en|ko] [--json] [--explain]   (FILE may be - for standard input)";

/** An expected failure: one line for the user and the exit code that goes with it. */
class CliError extends Error {
  constructor(
    message: string,
    readonly code: 1 | 2,
  ) {
    super(message);
  }
}

interface Args {
  file: string;
  prompt: string | null;
  language: GradingLanguage;
  json: boolean;
  explain: boolean;
}

function languageArg(value: string | undefined): GradingLanguage {
  if (isGradingLanguage(value)) return value;
  throw new CliError(`--lang must be one of ${GRADING_LANGUAGES.join(", ")}. ${USAGE}`, 1);
}

function parseArgs(argv: string[]): Args | "help" {
  let file: string | null = null;
  let prompt: string | null = null;
  let json = false;
  let explain = false;
  let language: GradingLanguage = "en";
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--help" || arg === "-h") return "help";
    else if (arg === "--json") json = true;
    else if (arg === "--explain") explain = true;
    else if (arg === "--prompt") {
      const value = argv[++i];
      if (!value) throw new CliError(`--prompt needs a slug. ${USAGE}`, 1);
      prompt = value;
    } else if (arg.startsWith("--prompt=")) prompt = arg.slice("--prompt=".length);
    else if (arg === "--lang") language = languageArg(argv[++i]);
    else if (arg.startsWith("--lang=")) language = languageArg(arg.slice("--lang=".length));
    else if (arg.startsWith("-") && arg !== "-") throw new CliError(`unknown option ${arg}. ${USAGE}`, 1);
    else if (file === null) file = arg;
    else throw new CliError(`only one FILE can be graded at a time (got "${file}" and "${arg}"). ${USAGE}`, 1);
  }
  if (file === null) throw new CliError(`no FILE given. ${USAGE}`, 1);
  return { file, prompt, language, json, explain };
}

const tooLarge = (name: string) =>
  new CliError(
    `${name} is larger than ${MAX_SCENE_BYTES / 1_000_000} MB; the grader refuses scenes above that size.`,
    2,
  );

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    // Stop reading as soon as the limit is passed: no need to hold a huge input.
    if (size > MAX_SCENE_BYTES) throw tooLarge("standard input");
    chunks.push(buffer);
  }
  return new Uint8Array(Buffer.concat(chunks));
}

async function readScene(file: string): Promise<Uint8Array> {
  if (file === "-") return readStdin();
  try {
    const info = await stat(file);
    if (info.isDirectory()) throw new CliError(`${file} is a directory, not an .excalidraw file.`, 2);
    if (info.size > MAX_SCENE_BYTES) throw tooLarge(file);
    return new Uint8Array(await readFile(file));
  } catch (error) {
    if (error instanceof CliError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === "ENOENT" ? "no such file" : code === "EACCES" ? "permission denied" : (error as Error).message;
    throw new CliError(`cannot read ${file}: ${why}.`, 2);
  }
}

function rubricFor(slug: string | null): Rubric | undefined {
  if (slug === null) return undefined;
  const prompt = findPromptBySlug(slug);
  if (!prompt) {
    throw new CliError(`unknown prompt "${slug}"; known prompts: ${PROMPT_CATALOG.map((p) => p.slug).join(", ")}.`, 2);
  }
  return prompt.rubric;
}

const STATUS = { pass: "PASS", fail: "FAIL", not_applicable: "N/A " } as const;

/** The human report: score, a line per rule, what was recognised and what was not. */
export function formatReport(
  result: GradeResult,
  file: string,
  rubric: Rubric | undefined,
  language: GradingLanguage = "en",
): string {
  const lines: string[] = [];
  const weights = new Map((rubric?.rules ?? []).map((r) => [r.id, r.weight]));
  const label = (text: string) => (text ? `"${text}"` : "(no label)");
  lines.push(`${file}${result.prompt ? ` — prompt ${result.prompt}` : ""} — engine ${result.engineVersion}`);
  lines.push(`Score: ${result.score}/100`);
  lines.push("", "Rules:");
  const width = Math.max(...result.findings.map((f) => f.ruleId.length));
  for (const f of result.findings) {
    const weight = weights.size ? ` x${weights.get(f.ruleId) ?? 1}` : "";
    lines.push(`  ${STATUS[f.status]}  ${f.ruleId.padEnd(width)}  [${f.severity}${weight}] ${f.message}`);
    if (f.status === "fail")
      lines.push(`        ${" ".repeat(width)}  fix: ${ruleWords(f.ruleId, language).remediation}`);
  }
  if (result.requiredKinds?.length) {
    const missing = result.requiredKinds.filter((k) => !k.present).map((k) => k.kind);
    lines.push("", `Required kinds: ${missing.length ? `missing ${missing.join(", ")}` : "all present"}`);
  }
  const zones = new Map(result.zones.map((z) => [z.id, z.label ?? "(untitled zone)"]));
  lines.push("", `Components (${result.components.length}):`);
  for (const c of result.components) {
    const role = c.role && c.role !== "standalone" ? ` ${c.role}` : "";
    const replicas = c.replicas > 1 ? ` x${c.replicas}` : "";
    const zone = c.zone ? `  in ${zones.get(c.zone)}` : "";
    lines.push(`  ${c.id.padEnd(4)} ${(c.kind + role).padEnd(22)} ${label(c.label)}${replicas}${zone}`);
  }
  if (result.zones.length) {
    lines.push("", `Zones (${result.zones.length}):`);
    for (const z of result.zones) lines.push(`  ${z.id.padEnd(4)} ${z.label ?? "(untitled)"}`);
  }
  const byId = new Map(result.components.map((c) => [c.id, c.label || c.kind]));
  lines.push("", `Connections (${result.connections.length}):`);
  for (const l of result.connections) {
    lines.push(`  ${l.from} ${byId.get(l.from)} -> ${l.to} ${byId.get(l.to)}${l.label ? `  (${l.label})` : ""}`);
  }
  lines.push("", `Not recognised (${result.unrecognised.length}):`);
  for (const u of result.unrecognised) lines.push(`  ${label(u.label)}`);
  return `${lines.join("\n")}\n`;
}

/** Per element: what it became and why. */
export function formatExplanation(rows: ElementExplanation[]): string {
  const lines = ["", `Elements (${rows.length}):`];
  for (const r of rows) {
    const text = r.text ? ` ${JSON.stringify(r.text.replace(/\s+/g, " ").slice(0, 40))}` : "";
    lines.push(
      `  ${r.id.slice(0, 12).padEnd(12)} ${r.type.padEnd(9)}${text} -> ${r.became}${r.why ? ` (${r.why})` : ""}`,
    );
  }
  return `${lines.join("\n")}\n`;
}

async function main(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  if (args === "help") {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const rubric = rubricFor(args.prompt);
  const bytes = await readScene(args.file);
  let result: GradeResult;
  try {
    result = gradeScene(bytes, rubric, { prompt: args.prompt, reading: args.explain, language: args.language });
  } catch (error) {
    if (error instanceof InvalidSceneError)
      throw new CliError(`${args.file === "-" ? "standard input" : args.file}: ${error.message}`, 2);
    throw error;
  }
  const explanation = args.explain ? explainScene(bytes) : null;
  process.stdout.write(
    args.json
      ? `${JSON.stringify(explanation ? { ...result, explanation } : result, null, 2)}\n`
      : formatReport(result, args.file === "-" ? "standard input" : args.file, rubric, args.language) +
          (explanation ? formatExplanation(explanation) : ""),
  );
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const known = error instanceof CliError;
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`grade: ${known ? message : `unexpected error: ${message}`}\n`);
    process.exitCode = known ? error.code : 1;
  },
);
