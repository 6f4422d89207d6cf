import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { installLoopbackOnly } from "../support/loopback-only";
import { startModelServer, type ModelServer } from "../support/openai-server";
import { coachResponder, INVENTED_ELEMENT, INVENTED_KIND } from "../support/coach-responder";
import { labelledBox } from "../support/scene-elements";

// The coach's suggestions for labels the engine did not recognise, against the loopback model
// server: what is sent (the labels, nothing of the drawing), what is kept (ids that were sent,
// kinds the engine knows), the budget, and that accepting one leaves the grade to the engine.

// Before anything creates an SDK client: nothing in this file may leave the machine.
const guard = installLoopbackOnly();
const model: ModelServer = await startModelServer({ respond: coachResponder });
process.env.OPENAI_BASE_URL = model.baseURL;
process.env.OPENAI_API_KEY = "test-key";
process.env.OPENAI_MODEL = "test-model";
process.env.OPENAI_MAX_RETRIES = "0";

const { POST: labelsPost } = await import("@/app/api/interviews/[id]/coach/labels/route");
const { getDatabase, getDb } = await import("@/lib/startup/database");
const { startInterview } = await import("@/lib/interviews/start");
const { submitInterview } = await import("@/lib/interviews/submit");
const { prepareLabelSuggestions, suggestKinds } = await import("@/lib/coach/labels");
const { describeGraph } = await import("@/lib/grading");
const { tagElements } = await import("@/lib/interviews/client/tag-element");
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

// "Pulsr" and "Redix" are words the engine does not know; the test server places them.
const elements = [
  ...labelledBox("web", 0, "Web server"),
  ...labelledBox("mq", 300, "Pulsr"),
  ...labelledBox("kv", 600, "Redix"),
  ...labelledBox("odd", 900, "Thingamajig"),
];
const labels = [
  { elementId: "mq", text: "Pulsr" },
  { elementId: "kv", text: "Redix" },
  { elementId: "odd", text: "Thingamajig" },
];

async function user(name: string) {
  const row = await db.user.create({ data: { email: uniqueEmail(name), name } });
  return { id: row.id, cookie: await sessionCookieFor(row.id) };
}

async function running(userId: string) {
  return (await startInterview(db, userId, "warm-up-cache")).id;
}

async function post(cookie: string | undefined, id: string, body: unknown) {
  const response = await labelsPost(
    await apiRequest(`/api/interviews/${id}/coach/labels`, { method: "POST", cookie, body }),
    routeParams({ id }),
  );
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

beforeAll(async () => {
  db = await getDb();
});
beforeEach(() => model.reset());
afterAll(async () => {
  guard.restore();
  await model.close();
  await (await getDatabase()).close();
});

describe("suggested kinds for unrecognised labels", () => {
  it("sends only the labels and the kinds, and keeps only suggestions for ids sent and kinds the engine knows", async () => {
    const alice = await user("alice");
    const id = await running(alice.id);
    const answer = await post(alice.cookie, id, { labels });
    expect(answer.status).toBe(200);
    expect(answer.body.suggestions).toEqual([
      { elementId: "mq", kind: "message_queue", confidence: 0.8 },
      { elementId: "kv", kind: "cache", confidence: 0.8 },
    ]);

    // What the model answered had more: an invented kind and an id that was never sent.
    const sent = model.requests.at(-1)!;
    expect(sent.body.response_format?.json_schema?.name).toBe("label_suggestions");
    const facts = JSON.parse(sent.body.messages.at(-1)!.content) as { labels: unknown; kinds: string[] };
    expect(Object.keys(facts).sort()).toEqual(["kinds", "labels"]);
    expect(facts.labels).toEqual(labels);
    expect(facts.kinds).toContain("message_queue");
    expect(facts.kinds).not.toContain("unknown");
    // Nothing of the drawing: no other label, no geometry.
    expect(sent.body.messages.map((m) => m.content).join("\n")).not.toMatch(/Web server|"x"|strokeColor/);
    const kept = (answer.body.suggestions as { elementId: string; kind: string }[]).flatMap((s) => [
      s.elementId,
      s.kind,
    ]);
    expect(kept).not.toContain(INVENTED_ELEMENT);
    expect(kept).not.toContain(INVENTED_KIND);
  });

  it("drops whatever a server that ignores the response format gets wrong, item by item", async () => {
    const alice = await user("alice");
    const id = await running(alice.id);
    model.queue({
      kind: "reply",
      content: `Here you go: ${JSON.stringify({
        suggestions: [
          "not an object",
          { elementId: "mq", kind: "Message Queue" },
          { elementId: "mq", kind: "message_queue" },
          { elementId: "kv", kind: "cache", confidence: 7 },
          { elementId: "kv", kind: "database", confidence: 0.4 },
          { elementId: "web", kind: "web_server", confidence: 0.9 },
        ],
      })}`,
    });
    const prepared = await prepareLabelSuggestions(db, alice.id, id, { labels }, config());
    expect(await suggestKinds(db, prepared)).toEqual([
      { elementId: "mq", kind: "message_queue", confidence: null },
      // The first suggestion for a label stands; a confidence outside 0–1 is not shown.
      { elementId: "kv", kind: "cache", confidence: null },
    ]);
  });

  it("counts each ask against the day's budget, recorded as a labels call, and refuses past it before calling", async () => {
    const alice = await user("alice");
    const id = await running(alice.id);
    const small = config({ dailyCalls: 1 });
    await suggestKinds(db, await prepareLabelSuggestions(db, alice.id, id, { labels }, small));
    const call = await db.coachCall.findFirstOrThrow({ where: { userId: alice.id } });
    expect(call).toMatchObject({ purpose: "labels", ok: true, promptTokens: 150, completionTokens: 30 });
    const before = model.requests.length;
    await expect(prepareLabelSuggestions(db, alice.id, id, { labels }, small)).rejects.toMatchObject({
      code: "budget_exhausted",
    });
    expect(model.requests.length).toBe(before);
  });

  it("is off without a model, only for the owner, only while the interview runs, and checks its input", async () => {
    const alice = await user("alice");
    const mallory = await user("mallory");
    const id = await running(alice.id);
    await expect(prepareLabelSuggestions(db, alice.id, id, { labels }, undefined)).rejects.toMatchObject({
      code: "coach_not_configured",
    });
    expect((await post(mallory.cookie, id, { labels })).status).toBe(404);
    expect((await post(undefined, id, { labels })).status).toBe(401);
    expect((await post(alice.cookie, id, { labels: [] })).status).toBe(400);
    expect((await post(alice.cookie, id, { labels: [{ elementId: "mq", text: "  " }] })).status).toBe(400);
    expect((await post(alice.cookie, id, { graph: { elements } })).status).toBe(400);
    await submitInterview(db, alice.id, id, {
      baseVersion: 0,
      scene: { type: "excalidraw", version: 2, elements, appState: {}, files: {} },
      notes: "",
    });
    const over = await post(alice.cookie, id, { labels });
    expect(over.status).toBe(409);
    expect(over.body.code).toBe("already_submitted");
    expect(model.requests).toHaveLength(0);
  });

  it("accepting tags the element as the palette does, and the engine reads the kind from the tag", async () => {
    const alice = await user("alice");
    const id = await running(alice.id);
    const { body } = await post(alice.cookie, id, { labels });
    const pulsr = (body.suggestions as { elementId: string; kind: "message_queue" }[]).find(
      (s) => s.elementId === "mq",
    )!;
    const before = describeGraph({ type: "excalidraw", elements });
    expect(before.unrecognised.map((u) => u.label)).toContain("Pulsr");
    const versioned = elements.map((e) => ({ ...e, version: 1, versionNonce: 1, updated: 0 }));
    const component = before.components.find((c) => c.elementIds.includes("mq"))!;
    const tagged = tagElements(versioned, component.elementIds, pulsr.kind, { now: 1, nonce: () => 2 });
    const after = describeGraph({ type: "excalidraw", elements: tagged });
    expect(after.components.find((c) => c.elementIds.includes("mq"))?.kind).toBe("message_queue");
    expect(after.unrecognised.map((u) => u.label)).not.toContain("Pulsr");
    // The same tagged drawing, read twice, reads the same: the grade is the engine's.
    expect(describeGraph({ type: "excalidraw", elements: tagged })).toEqual(after);
  });
});
