/**
 * Calls a coach route from the browser and reads its answer: server-sent events as they
 * arrive, or the JSON error a route answers before streaming. Every outcome is a value; a
 * dropped connection is a failure the caller can retry, never an exception.
 */
export type CoachEvent = { event: string; data: Record<string, unknown> };

export type StreamOutcome = { ok: true } | { ok: false; code: string; message: string };

const FALLBACK = "The coach could not answer just now. Try again.";

function parseBlock(block: string): CoachEvent | null {
  let event = "message";
  const data: string[] = [];
  for (const line of block.split("\n")) {
    if (line.startsWith("event:")) event = line.slice(6).trim();
    else if (line.startsWith("data:")) data.push(line.slice(5).trimStart());
  }
  if (data.length === 0) return null;
  try {
    return { event, data: JSON.parse(data.join("\n")) as Record<string, unknown> };
  } catch {
    return null;
  }
}

export async function streamCoach(
  url: string,
  init: { body?: unknown; signal?: AbortSignal },
  onEvent: (event: CoachEvent) => void,
): Promise<StreamOutcome> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: "POST",
      headers: init.body === undefined ? {} : { "content-type": "application/json" },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
      signal: init.signal,
    });
  } catch {
    return { ok: false, code: "network", message: "No connection to the server. Try again." };
  }
  if (!response.ok || !response.body) {
    const body = (await response.json().catch(() => ({}))) as { code?: string; error?: string };
    return { ok: false, code: body.code ?? String(response.status), message: body.error ?? FALLBACK };
  }
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = "";
  let failure: StreamOutcome | null = null;
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      buffer += value;
      let end: number;
      while ((end = buffer.indexOf("\n\n")) !== -1) {
        const parsed = parseBlock(buffer.slice(0, end));
        buffer = buffer.slice(end + 2);
        if (!parsed) continue;
        if (parsed.event === "error") {
          failure = {
            ok: false,
            code: typeof parsed.data.code === "string" ? parsed.data.code : "internal",
            message: typeof parsed.data.error === "string" ? parsed.data.error : FALLBACK,
          };
        } else onEvent(parsed);
      }
    }
  } catch {
    return { ok: false, code: "network", message: "The connection dropped while the coach was answering. Try again." };
  }
  return failure ?? { ok: true };
}
