/**
 * The interview API as the page uses it: every answer, including failures, becomes a value
 * the caller must handle, so no save outcome is silently dropped.
 */
import { normaliseScene, type StoredScene } from "@/lib/interviews/scene";

/** The other side of a version conflict, as the server holds it now. */
export interface ServerCopy {
  version: number;
  scene: StoredScene;
  notes: string;
  savedAt: string | null;
}

/**
 * Why the server refused a save or a submit, for a reason retrying will not fix by itself.
 * The page words it in the reader's language; `message` keeps the server's own sentence.
 */
export type Refusal = "signed_out" | "forbidden" | "not_found" | "invalid" | "other";

export type SaveOutcome =
  /** `notice`: the server's word on the save (the replay history is full). */
  | { kind: "saved"; version: number; savedAt: string; notice?: string }
  | { kind: "conflict"; current: ServerCopy }
  /** The interview is over (submitted, or past its deadline): the report is the next stop. */
  | { kind: "closed"; code: "deadline_passed" | "already_submitted"; message: string }
  | { kind: "too_large"; message: string }
  /** Refused for a reason a retry will not fix (malformed, signed out, not found). */
  | { kind: "refused"; status: number; reason: Refusal; message: string }
  /** No answer, or the server failed: worth retrying. */
  | { kind: "unavailable"; message: string };

export type SubmitOutcome =
  { kind: "submitted"; reportUrl: string; score: number | null } | Exclude<SaveOutcome, { kind: "saved" }>;

async function readJson(response: Response): Promise<Record<string, unknown>> {
  try {
    const body: unknown = await response.json();
    return body && typeof body === "object" ? (body as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

const text = (value: unknown, fallback: string) => (typeof value === "string" && value ? value : fallback);

function serverCopy(value: unknown): ServerCopy {
  const current = (value && typeof value === "object" ? value : {}) as Record<string, unknown>;
  return {
    version: typeof current.version === "number" ? current.version : 0,
    scene: normaliseScene(current.scene),
    notes: typeof current.notes === "string" ? current.notes : "",
    savedAt: typeof current.savedAt === "string" ? current.savedAt : null,
  };
}

/** Maps a non-2xx answer of the draft or submit route to an outcome. */
async function failure(response: Response): Promise<Exclude<SaveOutcome, { kind: "saved" }>> {
  const body = await readJson(response);
  const message = text(body.error, `The server answered ${response.status}.`);
  const code = body.code;
  if (response.status === 409 && code === "version_conflict")
    return { kind: "conflict", current: serverCopy(body.current) };
  if (response.status === 409 && (code === "deadline_passed" || code === "already_submitted"))
    return { kind: "closed", code, message };
  if (response.status === 413) return { kind: "too_large", message };
  if (response.status >= 500 || response.status === 408 || response.status === 429)
    return { kind: "unavailable", message };
  return { kind: "refused", status: response.status, reason: refusalOf(response.status), message };
}

function refusalOf(status: number): Refusal {
  if (status === 401) return "signed_out";
  if (status === 403) return "forbidden";
  if (status === 404) return "not_found";
  if (status === 400 || status === 415 || status === 422) return "invalid";
  return "other";
}

function unreachable(error: unknown): { kind: "unavailable"; message: string } {
  return { kind: "unavailable", message: error instanceof Error ? error.message : "The server could not be reached." };
}

/** PUT /api/interviews/:id/draft with an already serialised body (see autosave.ts). */
export async function putDraft(interviewId: string, body: string): Promise<SaveOutcome> {
  let response: Response;
  try {
    response = await fetch(`/api/interviews/${encodeURIComponent(interviewId)}/draft`, {
      method: "PUT",
      headers: { "content-type": "application/json" },
      body,
      cache: "no-store",
    });
  } catch (error) {
    return unreachable(error);
  }
  if (!response.ok) return failure(response);
  const json = await readJson(response);
  if (typeof json.version !== "number")
    return { kind: "unavailable", message: "The server's answer was not understood." };
  const saved = {
    kind: "saved" as const,
    version: json.version,
    savedAt: text(json.savedAt, new Date().toISOString()),
  };
  return typeof json.notice === "string" ? { ...saved, notice: json.notice } : saved;
}

/** POST /api/interviews/:id/submit, with the last save riding along when there is one. */
export async function postSubmit(interviewId: string, body: string | null): Promise<SubmitOutcome> {
  let response: Response;
  try {
    response = await fetch(`/api/interviews/${encodeURIComponent(interviewId)}/submit`, {
      method: "POST",
      headers: body ? { "content-type": "application/json" } : {},
      body: body ?? undefined,
      cache: "no-store",
    });
  } catch (error) {
    return unreachable(error);
  }
  if (!response.ok) return failure(response);
  const json = await readJson(response);
  const grade = json.grade as { score?: unknown } | null | undefined;
  return {
    kind: "submitted",
    reportUrl: text(json.reportUrl, `/interviews/${interviewId}/report`),
    score: typeof grade?.score === "number" ? grade.score : null,
  };
}

/**
 * The body of a save: the scene is serialised once, by the caller, and reused for the local
 * copy. `saveKey` names the client's saves from `baseVersion` on (see newSaveKey).
 */
export function draftBody(baseVersion: number, sceneJson: string, notes: string, saveKey: string): string {
  return `{"baseVersion":${baseVersion},"saveKey":"${saveKey}","scene":${sceneJson},"notes":${JSON.stringify(notes)}}`;
}

/**
 * A fresh idempotency key. A client keeps one for all its saves from one base version: when a
 * save committed but its answer was lost, the retry carries the same key and the server sees
 * that the version it has now is this client's own, not a second writer's.
 */
export function newSaveKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, "0")).join("");
}
