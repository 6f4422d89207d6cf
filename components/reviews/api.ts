// The review API as components call it: every answer, including a failure, becomes a value
// with a message for people, so no refusal is silently dropped.
export type ApiResult<T> =
  | { ok: true; data: T }
  | { ok: false; status: number; code: string; message: string; details: Record<string, unknown> };

export async function callApi<T>(method: string, path: string, body?: unknown): Promise<ApiResult<T>> {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers: body === undefined ? undefined : { "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
      cache: "no-store",
    });
  } catch {
    return { ok: false, status: 0, code: "unavailable", message: "The server could not be reached.", details: {} };
  }
  let json: Record<string, unknown> = {};
  try {
    json = (await response.json()) as Record<string, unknown>;
  } catch {
    // An empty or non-JSON answer: the status speaks for it.
  }
  if (response.ok) return { ok: true, data: json as T };
  const { error, code, ...details } = json;
  return {
    ok: false,
    status: response.status,
    code: typeof code === "string" ? code : "unknown",
    message: typeof error === "string" ? error : `The server answered ${response.status}.`,
    details,
  };
}

export const reviewPath = (interviewId: string, rest = "") =>
  `/api/interviews/${encodeURIComponent(interviewId)}/review${rest}`;
export const commentsPath = (interviewId: string, rest = "") =>
  `/api/interviews/${encodeURIComponent(interviewId)}/comments${rest}`;
