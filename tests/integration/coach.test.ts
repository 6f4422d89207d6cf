import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { installLoopbackOnly } from "../support/loopback-only";
import { requestedLanguage, startModelServer, type ModelServer } from "../support/openai-server";
import { coachResponder, INVENTED_ELEMENT, INVENTED_RULE } from "../support/coach-responder";
import { boundArrow, labelledBox } from "../support/scene-elements";

// Before anything creates an SDK client: nothing in this file may leave the machine.
const guard = installLoopbackOnly();
const model: ModelServer = await startModelServer({ respond: coachResponder });
process.env.OPENAI_BASE_URL = model.baseURL;
process.env.OPENAI_API_KEY = "test-key";
process.env.OPENAI_MODEL = "test-model";
process.env.OPENAI_MAX_RETRIES = "0";

const { GET: feedbackGet, POST: feedbackPost } = await import("@/app/api/interviews/[id]/coach/feedback/route");
const { GET: chatGet, POST: chatPost } = await import("@/app/api/interviews/[id]/coach/chat/route");
const { getDatabase, getDb } = await import("@/lib/startup/database");
const { startInterview } = await import("@/lib/interviews/start");
const { submitInterview } = await import("@/lib/interviews/submit");
const { loadFeedback, prepareFeedback, writeFeedback } = await import("@/lib/coach/feedback");
const { prepareChat, writeChatReply } = await import("@/lib/coach/chat");
const { loadCoachReport } = await import("@/lib/coach/report");
const { EMPTY_GRAPH } = await import("@/lib/coach/schemas");
const { describeGraph } = await import("@/lib/grading");
const { apiRequest, routeParams, sessionCookieFor, uniqueEmail } = await import("./helpers");
type Database = Awaited<ReturnType<typeof getDb>>;
type OpenAIConfig = NonNullable<import("@/lib/config/env").AppEnv["openai"]>;

let db: Database;

function config(overrides: Partial<OpenAIConfig> = {}): OpenAIConfig {
  return {
    apiKey: "test-key",
    baseURL: model.baseURL,
    model: "test-model",
    timeoutMs: 5_000,
    maxRetries: 0,
    dailyCalls: 50,
    ...overrides,
  };
}

const elements = [
  ...labelledBox("web", 0, "Web server"),
  ...labelledBox("db", 300, "MySQL"),
  boundArrow("a1", "web", "db", 160, 300),
];
const scene = { type: "excalidraw" as const, version: 2, elements, appState: {}, files: {} };

async function user(name: string) {
  const row = await db.user.create({ data: { email: uniqueEmail(name), name } });
  return { id: row.id, cookie: await sessionCookieFor(row.id) };
}

async function gradedInterview(userId: string) {
  const interview = await startInterview(db, userId, "warm-up-cache");
  await db.coachMessage.create({
    data: { interviewId: interview.id, role: "candidate", content: "Is it read-heavy?" },
  });
  await submitInterview(db, userId, interview.id, { baseVersion: 0, scene, notes: "Reads outnumber writes 100:1." });
  return interview.id;
}

/** The events of a server-sent stream, in order. */
async function events(response: Response): Promise<{ event: string; data: Record<string, unknown> }[]> {
  const text = await response.text();
  return text
    .split("\n\n")
    .filter(Boolean)
    .map((block) => {
      const event = /^event: (.*)$/m.exec(block)?.[1] ?? "message";
      const data = JSON.parse(/^data: (.*)$/m.exec(block)?.[1] ?? "{}") as Record<string, unknown>;
      return { event, data };
    });
}

const lastRequest = () => model.requests.at(-1)!;

beforeAll(async () => {
  db = await getDb();
});
beforeEach(() => model.reset());
afterAll(async () => {
  guard.restore();
  await model.close();
  await (await getDatabase()).close();
});

describe("the coach's feedback", () => {
  it("sends the prompt, the graph, the findings, the notes and the transcript, and nothing else", async () => {
    const alice = await user("alice");
    const id = await gradedInterview(alice.id);
    const feedback = await writeFeedback(db, await prepareFeedback(db, alice.id, id, config()));

    const sent = lastRequest();
    expect(sent.body.model).toBe("test-model");
    expect(sent.body.stream).toBe(true);
    expect(sent.body.response_format?.type).toBe("json_schema");
    expect(sent.body.response_format?.json_schema?.name).toBe("coach_feedback");
    const facts = JSON.parse(sent.body.messages[1]!.content) as Record<string, unknown>;
    expect(Object.keys(facts).sort()).toEqual(
      ["components", "connections", "findings", "notes", "prompt", "transcript", "unrecognised", "zones"].sort(),
    );
    expect(facts.notes).toBe("Reads outnumber writes 100:1.");
    expect(facts.transcript).toEqual([{ role: "candidate", content: "Is it read-heavy?" }]);
    expect(facts.components).toEqual({
      web_server: [expect.stringMatching(/^c\d+ Web server$/)],
      database: [expect.stringMatching(/^c\d+ MySQL$/)],
    });
    // The graph, not the raw scene: no coordinates, styles or text elements.
    expect(sent.body.messages[1]!.content).not.toMatch(/"x"|strokeColor|originalText|web-t/);
    // What was sent is kept, for the disclosure.
    expect(feedback.sent).toEqual(facts);

    // Ids the grade does not know are dropped; known ones expand to their component's elements.
    const ids = feedback.feedback.fixes.flatMap((fix) => [...fix.ruleIds, ...fix.elementIds]);
    expect(ids).not.toContain(INVENTED_RULE);
    expect(ids).not.toContain(INVENTED_ELEMENT);
    const replication = feedback.feedback.fixes.find((fix) => fix.ruleIds.includes("database-replication"));
    expect(replication?.elementIds).toEqual(["db", "db-t"]);
    expect(feedback.feedback.fixes).toHaveLength(3);
  });

  it("is stored with the model's name, the prompt version and the tokens, and shown again without a call", async () => {
    const alice = await user("alice");
    const id = await gradedInterview(alice.id);
    const grade = await db.grade.findFirstOrThrow({ where: { interviewId: id } });
    await writeFeedback(db, await prepareFeedback(db, alice.id, id, config()));
    const calls = model.requests.length;

    const row = await db.feedback.findFirstOrThrow({ where: { gradeId: grade.id } });
    expect(row).toMatchObject({
      model: "test-model",
      promptVersion: "feedback-3",
      promptTokens: 900,
      completionTokens: 250,
    });
    expect(row.body).toMatch(/^A clear start/);
    const call = await db.coachCall.findFirstOrThrow({ where: { userId: alice.id } });
    expect(call).toMatchObject({ purpose: "feedback", ok: true, promptTokens: 900, completionTokens: 250 });
    expect(call.requestBytes).toBeGreaterThan(500);

    const response = await feedbackGet(
      await apiRequest(`/api/interviews/${id}/coach/feedback`, { cookie: alice.cookie }),
      routeParams({ id }),
    );
    const body = (await response.json()) as { enabled: boolean; feedback: { model: string }; callsLeft: number };
    expect(body.enabled).toBe(true);
    expect(body.feedback.model).toBe("test-model");
    expect(model.requests.length).toBe(calls);
    // The score is the engine's, before and after.
    expect((await db.grade.findUniqueOrThrow({ where: { id: grade.id } })).score).toBe(grade.score);
  });

  it("streams the summary as it is written, then the stored feedback; regenerating adds a newer one", async () => {
    const alice = await user("alice");
    const id = await gradedInterview(alice.id);
    const post = async () =>
      events(
        await feedbackPost(
          await apiRequest(`/api/interviews/${id}/coach/feedback`, { cookie: alice.cookie, method: "POST" }),
          routeParams({ id }),
        ),
      );
    const first = await post();
    const summaries = first.filter((e) => e.event === "summary").map((e) => e.data.text as string);
    expect(summaries.length).toBeGreaterThan(2);
    expect(summaries.at(-1)).toMatch(/^A clear start/);
    expect(first.at(-1)!.event).toBe("done");
    const second = await post();
    const stored = await loadFeedback(db, alice.id, id);
    expect(stored?.id).toBe((second.at(-1)!.data.feedback as { id: string }).id);
    expect(await db.feedback.count({ where: { grade: { interviewId: id } } })).toBe(2);
  });

  it("refuses past the daily budget before calling the model, counting failed calls too", async () => {
    const alice = await user("alice");
    const id = await gradedInterview(alice.id);
    const small = config({ dailyCalls: 2 });
    model.queue({ kind: "status", status: 500 });
    await expect(writeFeedback(db, await prepareFeedback(db, alice.id, id, small))).rejects.toMatchObject({
      code: "model_failed",
    });
    await writeFeedback(db, await prepareFeedback(db, alice.id, id, small));
    const before = model.requests.length;
    await expect(prepareFeedback(db, alice.id, id, small)).rejects.toMatchObject({
      code: "budget_exhausted",
      message: expect.stringMatching(/today's 2 coach calls/),
    });
    expect(model.requests.length).toBe(before);
  });

  it("says the coach is off without a model, and answers 404 for someone else's report", async () => {
    const alice = await user("alice");
    const mallory = await user("mallory");
    const id = await gradedInterview(alice.id);
    await expect(prepareFeedback(db, alice.id, id, undefined)).rejects.toMatchObject({ code: "coach_not_configured" });
    // The report still has its section: it says what a key adds, and shows the transcript.
    const section = await loadCoachReport(db, alice.id, id, undefined);
    expect(section).toMatchObject({ enabled: false, feedback: null, callsLeft: 0 });
    expect(section?.transcript.map((line) => line.content)).toEqual(["Is it read-heavy?"]);
    await expect(loadCoachReport(db, mallory.id, id, undefined)).rejects.toMatchObject({ code: "not_found" });
    const url = `/api/interviews/${id}/coach/feedback`;
    expect((await feedbackGet(await apiRequest(url, { cookie: mallory.cookie }), routeParams({ id }))).status).toBe(
      404,
    );
    expect(
      (await feedbackPost(await apiRequest(url, { cookie: mallory.cookie, method: "POST" }), routeParams({ id })))
        .status,
    ).toBe(404);
    expect(
      (
        await chatGet(
          await apiRequest(`/api/interviews/${id}/coach/chat`, { cookie: mallory.cookie }),
          routeParams({ id }),
        )
      ).status,
    ).toBe(404);
    expect(model.requests).toHaveLength(0);
  });
});

describe("failures of the model", () => {
  async function attempt(overrides: Partial<OpenAIConfig> = {}) {
    const alice = await user("alice");
    const id = await gradedInterview(alice.id);
    const error = await writeFeedback(db, await prepareFeedback(db, alice.id, id, config(overrides))).then(
      () => null,
      (failure: unknown) => failure as { code: string; message: string },
    );
    return { error, calls: await db.coachCall.findMany({ where: { userId: alice.id } }) };
  }

  it.each([
    [{ kind: "status", status: 401 } as const, /refused the server's key/],
    [{ kind: "status", status: 500 } as const, /could not answer just now/],
    [{ kind: "malformed-body" } as const, /could not answer just now|could not be read/],
    [{ kind: "reply", content: "Sure! Here is my feedback: great job." } as const, /could not be read/],
    [{ kind: "reply", content: '{"summary": "cut off' } as const, /could not be read/],
  ])("%o becomes a short message, and the failed call is recorded", async (scenario, message) => {
    model.queue(scenario);
    const { error, calls } = await attempt();
    expect(error).toMatchObject({ code: "model_failed", message: expect.stringMatching(message) });
    expect(calls).toHaveLength(1);
  });

  it("retries a 429 after its retry-after, with the SDK's backoff", async () => {
    model.queue({ kind: "status", status: 429, retryAfterSeconds: 0 });
    const { error, calls } = await attempt({ maxRetries: 1 });
    expect(error).toBeNull();
    expect(model.requests).toHaveLength(2);
    expect(calls[0]).toMatchObject({ ok: true });
  });

  it("gives up on a server that hangs past the timeout", async () => {
    model.queue({ kind: "hang" });
    const started = Date.now();
    const { error } = await attempt({ timeoutMs: 1_000 });
    expect(error).toMatchObject({ code: "model_failed", message: expect.stringMatching(/took too long/) });
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it("reads a server that ignores the response format and wraps the JSON in prose", async () => {
    model.respond = (request) => {
      const answer = coachResponder(request);
      return answer.kind === "reply"
        ? { ...answer, content: `Here you go:\n\`\`\`json\n${answer.content}\n\`\`\`` }
        : answer;
    };
    try {
      const { error } = await attempt();
      expect(error).toBeNull();
    } finally {
      model.respond = coachResponder;
    }
  });
});

describe("the interviewer chat", () => {
  it("streams a reply grounded in the live board, and saves both messages", async () => {
    const alice = await user("alice");
    const { id } = await startInterview(db, alice.id, "warm-up-cache");
    const response = await chatPost(
      await apiRequest(`/api/interviews/${id}/coach/chat`, {
        cookie: alice.cookie,
        method: "POST",
        body: { message: "Should I support edits?", graph: describeGraph(scene) },
      }),
      routeParams({ id }),
    );
    expect(response.headers.get("content-type")).toMatch(/text\/event-stream/);
    const stream = await events(response);
    expect(stream[0]!.event).toBe("saved");
    expect(stream.filter((e) => e.event === "delta").length).toBeGreaterThan(1);
    expect(stream.at(-1)).toMatchObject({
      event: "done",
      data: { message: { role: "interviewer", content: 'What happens to requests when "Web server" goes down?' } },
    });

    const sent = lastRequest().body.messages;
    expect(sent[0]!.content).toMatch(/"Requirements" phase, with about \d+ minutes left/);
    expect(sent[1]!.content).toMatch(/"database":\["c\d+ MySQL"\]/);
    expect(sent[1]!.content).not.toContain("findings");
    expect(sent.at(-1)).toEqual({ role: "user", content: "Should I support edits?" });

    const transcript = await chatGet(
      await apiRequest(`/api/interviews/${id}/coach/chat`, { cookie: alice.cookie }),
      routeParams({ id }),
    );
    const { messages } = (await transcript.json()) as { messages: { role: string }[] };
    expect(messages.map((m) => m.role)).toEqual(["candidate", "interviewer"]);
  });

  it("keeps the message when the reply fails, and a retry does not repeat it", async () => {
    const alice = await user("alice");
    const { id } = await startInterview(db, alice.id, "warm-up-cache");
    const body = { message: "How many users?", graph: EMPTY_GRAPH };
    model.queue({ kind: "status", status: 500 });
    await expect(writeChatReply(db, await prepareChat(db, alice.id, id, body, config()))).rejects.toMatchObject({
      code: "model_failed",
    });
    await writeChatReply(db, await prepareChat(db, alice.id, id, body, config()));
    const rows = await db.coachMessage.findMany({ where: { interviewId: id }, orderBy: { createdAt: "asc" } });
    expect(rows.map((row) => row.role)).toEqual(["candidate", "interviewer"]);
  });

  it("stops once the interview is submitted, and refuses someone else's interview", async () => {
    const alice = await user("alice");
    const mallory = await user("mallory");
    const id = await gradedInterview(alice.id);
    const body = { message: "Hello?", graph: EMPTY_GRAPH };
    await expect(prepareChat(db, alice.id, id, body, config())).rejects.toMatchObject({ code: "already_submitted" });
    const { id: running } = await startInterview(db, alice.id, "warm-up-cache");
    await expect(prepareChat(db, mallory.id, running, body, config())).rejects.toMatchObject({ code: "not_found" });
    const response = await chatPost(
      await apiRequest(`/api/interviews/${running}/coach/chat`, { cookie: mallory.cookie, method: "POST", body }),
      routeParams({ id: running }),
    );
    expect(response.status).toBe(404);
  });
});

describe("the coach's language", () => {
  const HANGUL = /[\uAC00-\uD7A3]/;
  const KOREAN = { "accept-language": "ko-KR,ko;q=0.9,en;q=0.8" };

  it("writes feedback in the reader's language, told so in its instructions, and stores which", async () => {
    const alice = await user("alice");
    const id = await gradedInterview(alice.id);
    const post = async (headers: Record<string, string> = {}) =>
      events(
        await feedbackPost(
          await apiRequest(`/api/interviews/${id}/coach/feedback`, { cookie: alice.cookie, method: "POST", headers }),
          routeParams({ id }),
        ),
      );

    await post();
    expect(requestedLanguage(lastRequest().body)).toBe("en");
    expect((await loadFeedback(db, alice.id, id))?.language).toBe("en");

    const korean = await post(KOREAN);
    expect(requestedLanguage(lastRequest().body)).toBe("ko");
    expect(lastRequest().body.messages[0]!.content).toContain("Korean (한국어)");
    // The facts it is given are the same in both languages; the prompt is read in the reader's.
    const facts = (message: { content: unknown }) => {
      const { prompt, ...rest } = JSON.parse(String(message.content)) as { prompt: { title: string } };
      return { title: prompt.title, rest };
    };
    const [english, inKorean] = [model.requests.at(-2)!.body.messages[1]!, lastRequest().body.messages[1]!].map(facts);
    expect(inKorean!.rest).toEqual(english!.rest);
    expect(english!.title).toBe("Warm-up: put a cache in front of a database");
    expect(inKorean!.title).toMatch(HANGUL);
    const stored = await loadFeedback(db, alice.id, id);
    expect(stored?.id).toBe((korean.at(-1)!.data.feedback as { id: string }).id);
    expect(stored?.language).toBe("ko");
    expect(stored?.feedback.summary).toMatch(HANGUL);
    expect(stored?.promptVersion).toBe("feedback-3");
  });

  it("has the interviewer reply in the candidate's saved language, over the cookie and the browser's", async () => {
    const alice = await user("alice");
    const { id } = await startInterview(db, alice.id, "warm-up-cache");
    const send = async (message: string, headers: Record<string, string> = {}) =>
      events(
        await chatPost(
          await apiRequest(`/api/interviews/${id}/coach/chat`, {
            cookie: `${alice.cookie}; ${headers.cookie ?? ""}`,
            method: "POST",
            body: { message, graph: describeGraph(scene) },
            headers: headers["accept-language"] ? { "accept-language": headers["accept-language"] } : {},
          }),
          routeParams({ id }),
        ),
      );

    // The browser asks for Korean: the interviewer is told to reply in Korean, and does.
    const first = await send("트래픽은 얼마나 되나요?", KOREAN);
    expect(requestedLanguage(lastRequest().body)).toBe("ko");
    expect(lastRequest().body.messages[0]!.content).toMatch(/"Requirements" phase/);
    expect((first.at(-1)!.data.message as { content: string }).content).toMatch(HANGUL);

    // The cookie wins over the browser, and the account's choice over both.
    await send("How much traffic?", { ...KOREAN, cookie: "scaleboard-locale=en" });
    expect(requestedLanguage(lastRequest().body)).toBe("en");
    await db.user.update({ where: { id: alice.id }, data: { locale: "ko" } });
    await send("And storage?", { cookie: "scaleboard-locale=en" });
    expect(requestedLanguage(lastRequest().body)).toBe("ko");
  });

  it("asks prepareChat and prepareFeedback for English unless told otherwise", async () => {
    const alice = await user("alice");
    const { id } = await startInterview(db, alice.id, "warm-up-cache");
    const prepared = await prepareChat(db, alice.id, id, { message: "Hi", graph: EMPTY_GRAPH }, config());
    expect(prepared.language).toBe("en");
    expect(prepared.instructions).toContain("Reply in English.");
    const korean = await prepareChat(db, alice.id, id, { message: "Hi", graph: EMPTY_GRAPH }, config(), {
      language: "ko",
    });
    expect(korean.instructions).toContain("Reply in Korean (한국어)");
  });
});

describe("the network", () => {
  it("never leaves the machine: every request went to loopback, and an outside host is refused", async () => {
    const alice = await user("alice");
    const id = await gradedInterview(alice.id);
    await expect(
      writeFeedback(db, await prepareFeedback(db, alice.id, id, config({ baseURL: "https://api.openai.com/v1" }))),
    ).rejects.toMatchObject({ code: "model_failed" });
    expect(guard.refused).toEqual(["https://api.openai.com/v1/chat/completions"]);
    expect(guard.hosts.filter((host) => host !== "127.0.0.1")).toEqual(["api.openai.com"]);
  });
});
