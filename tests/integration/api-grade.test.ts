// The route handler called directly with Request objects, as Next.js calls it, on the run's
// database (its rate limit is counted there). Each test's client address is its own.
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { beforeEach, describe, expect, it } from "vitest";
import { POST } from "@/app/api/grade/route";
import { RULE_IDS } from "@/lib/grading";
import { PEER_ADDRESS_HEADER } from "@/lib/http/client-address";
import { findPromptBySlug } from "@/lib/prompts/catalog";
import { GRADE_RATE_LIMIT } from "@/lib/prompts/schemas";
import { RESULT_KEYS } from "../support/result-keys";

const SCENE = readFileSync("tests/fixtures/drawings/korean.excalidraw", "utf8");

let address = "";

function post(
  body: BodyInit | null,
  query = "",
  headers: Record<string, string> = { "content-type": "application/json" },
) {
  return POST(
    new Request(`http://localhost/api/grade${query}`, {
      method: "POST",
      body,
      headers: { [PEER_ADDRESS_HEADER]: address, ...headers },
    }),
  );
}

async function json(response: Response) {
  return (await response.json()) as Record<string, unknown>;
}

beforeEach(() => {
  address = `client-${randomUUID()}`;
});

describe("POST /api/grade", () => {
  it("limits the grades of one client address (429), counting addresses apart", async () => {
    const other = `client-${randomUUID()}`;
    for (let call = 0; call < GRADE_RATE_LIMIT.limit; call++) expect((await post("{}")).status).toBe(400);
    const refused = await post(SCENE);
    expect(refused.status).toBe(429);
    expect(await json(refused)).toMatchObject({ code: "rate_limited" });
    const fromOther = { "content-type": "application/json", [PEER_ADDRESS_HEADER]: other };
    expect((await post(SCENE, "", fromOther)).status).toBe(200);
  });

  it("grades a scene with the default rubric", async () => {
    const response = await post(SCENE);
    expect(response.status).toBe(200);
    const result = await json(response);
    expect(result.prompt).toBeNull();
    expect(result.score).toBe(75);
    expect((result.findings as { ruleId: string }[]).map((f) => f.ruleId)).toEqual([...RULE_IDS]);
    expect(Object.keys(result)).toEqual([...RESULT_KEYS]);
  });

  it("uses a prompt's rubric and stamps its slug", async () => {
    const response = await post(SCENE, "?prompt=url-shortener");
    expect(response.status).toBe(200);
    const result = await json(response);
    expect(result.prompt).toBe("url-shortener");
    expect((result.findings as { ruleId: string }[]).map((f) => f.ruleId)).toEqual(
      findPromptBySlug("url-shortener")!.rubric.rules.map((r) => r.id),
    );
  });

  it("writes messages in ?lang, else in the language Accept-Language prefers", async () => {
    const messages = async (query: string, language?: string) => {
      const headers: Record<string, string> = { "content-type": "application/json" };
      if (language) headers["accept-language"] = language;
      const response = await post(SCENE, query, headers);
      expect(response.status).toBe(200);
      return ((await json(response)).findings as { message: string }[]).map((f) => f.message).join("\n");
    };
    const english = await messages("?lang=en");
    const korean = await messages("?lang=ko");
    expect(english).toMatch(/There is no/);
    expect(korean).toMatch(/습니다/);
    expect(korean).not.toMatch(/There is no/);
    expect(await messages("")).toBe(english);
    expect(await messages("", "ko-KR,ko;q=0.9,en;q=0.8")).toBe(korean);
    expect(await messages("?lang=en", "ko-KR")).toBe(english);
    const unknown = await post(SCENE, "?lang=fr");
    expect(unknown.status).toBe(400);
    expect((await json(unknown)).error).toMatch(/lang must be one of en, ko/);
  });

  it("answers 404 for an unknown prompt and 400 for a malformed one", async () => {
    const unknown = await post(SCENE, "?prompt=no-such-prompt");
    expect(unknown.status).toBe(404);
    expect(await json(unknown)).toEqual({ error: 'Unknown prompt "no-such-prompt".', code: "unknown_prompt" });
    const malformed = await post(SCENE, "?prompt=Not%20A%20Slug");
    expect(malformed.status).toBe(400);
    expect((await json(malformed)).error).toMatch(/prompt slug/);
    expect((await post(SCENE, "?prompt=url-shortener&prompt=news-feed")).status).toBe(400);
  });

  it.each([
    ["bad JSON", "{nope", /not valid JSON/],
    ["an empty body", "", /empty/],
    ["JSON that is not a scene", JSON.stringify({ hello: "world" }), /no "elements" array/],
    [
      "an element of the wrong shape",
      JSON.stringify({ elements: [{ id: "a", type: "text", x: 0 }] }),
      /elements\[0\].*\.y must be a number, got nothing/,
    ],
    ["a bare number", "42", /number 42/],
  ])("answers 400 with the message for %s", async (_name, body, message) => {
    const response = await post(body);
    expect(response.status).toBe(400);
    const answer = await json(response);
    expect(Object.keys(answer)).toEqual(["error", "code"]);
    expect(answer.error).toMatch(message);
  });

  it("answers 413 for a body over 10 MB, declared or streamed", async () => {
    const big = `{"elements":[],"pad":"${"x".repeat(10_000_001)}"}`;
    const whole = await post(big);
    expect(whole.status).toBe(413);
    expect((await json(whole)).error).toMatch(/larger than 10 MB/);
    // A declared length over the limit is refused before the body is read.
    const declared = await post("{}", "", { "content-type": "application/json", "content-length": "20000000" });
    expect(declared.status).toBe(413);
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        const chunk = new TextEncoder().encode("x".repeat(1_000_000));
        for (let i = 0; i < 11; i++) controller.enqueue(chunk);
        controller.close();
      },
    });
    const streamed = await POST(
      new Request("http://localhost/api/grade", { method: "POST", body: stream, duplex: "half" } as RequestInit),
    );
    expect(streamed.status).toBe(413);
  });
});
