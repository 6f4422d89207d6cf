// POST /api/grade over HTTP against the running app: no account, the JSON of docs/grading.md §5 back.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "@playwright/test";

const SCENE = readFileSync(join(process.cwd(), "tests/fixtures/drawings/bound-text.excalidraw"), "utf8");

test.describe("POST /api/grade", () => {
  test("grades a scene without an account", async ({ request }) => {
    const response = await request.post("/api/grade", { data: SCENE, headers: { "content-type": "application/json" } });
    expect(response.status()).toBe(200);
    const result = (await response.json()) as {
      score: number;
      prompt: string | null;
      findings: unknown[];
      engineVersion: string;
    };
    expect(result.score).toBe(100);
    expect(result.prompt).toBeNull();
    expect(result.findings).toHaveLength(12);
    expect(result.engineVersion).toMatch(/^\d+\.\d+\.\d+$/);
  });

  test("grades with a prompt's rubric", async ({ request }) => {
    const response = await request.post("/api/grade?prompt=scale-to-millions", {
      data: SCENE,
      headers: { "content-type": "application/json" },
    });
    expect(response.status()).toBe(200);
    expect(((await response.json()) as { prompt: string }).prompt).toBe("scale-to-millions");
  });

  test("404 for an unknown prompt", async ({ request }) => {
    const response = await request.post("/api/grade?prompt=no-such-prompt", {
      data: SCENE,
      headers: { "content-type": "application/json" },
    });
    expect(response.status()).toBe(404);
    expect(((await response.json()) as { error: string }).error).toContain("no-such-prompt");
  });

  test("400 for bad JSON and for JSON that is not a scene", async ({ request }) => {
    // A Buffer goes out byte for byte; Playwright would JSON-encode a string with this header.
    const bad = await request.post("/api/grade", {
      data: Buffer.from("{not json"),
      headers: { "content-type": "application/json" },
    });
    expect(bad.status()).toBe(400);
    expect(((await bad.json()) as { error: string }).error).toMatch(/not valid JSON/);
    const notScene = await request.post("/api/grade", { data: { hello: "world" } });
    expect(notScene.status()).toBe(400);
    expect(((await notScene.json()) as { error: string }).error).toMatch(/elements/);
  });

  test("413 for a body over 10 MB", async ({ request }) => {
    const big = `{"elements":[],"pad":"${"x".repeat(10_000_001)}"}`;
    const response = await request.post("/api/grade", { data: big, headers: { "content-type": "application/json" } });
    expect(response.status()).toBe(413);
  });
});
