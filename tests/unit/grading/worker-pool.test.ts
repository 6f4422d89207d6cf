// Grading off the event loop (lib/grading-worker): a large scene is graded in a worker thread,
// with the same result as the engine inline, while the main thread keeps running timers; a
// scene the engine refuses is refused the same way; small scenes stay inline.
import { describe, expect, it } from "vitest";
import { gradeScene, InvalidSceneError } from "@/lib/grading";
import { gradeSceneToJson, OFFLOAD_BYTES } from "@/lib/grading-worker/pool";
import { boundArrow, labelledBox } from "../../support/scene-elements";

const WORDS = ["Load balancer", "Web server", "Redis cache", "Primary DB", "Replica DB", "Kafka", "CDN"];

/** A row of labelled boxes joined by arrows, big enough to be offloaded. */
function largeSceneText(): string {
  const elements: object[] = [];
  for (let i = 0; i < 2_000; i++) {
    elements.push(...labelledBox(`box-${i}`, i * 200, `${WORDS[i % WORDS.length]} ${i}`));
    if (i > 0) elements.push(boundArrow(`arrow-${i}`, `box-${i - 1}`, `box-${i}`, i * 200 - 40, i * 200));
  }
  return JSON.stringify({ type: "excalidraw", version: 2, elements });
}

/** How many 1 ms timer ticks the main thread ran while `work` was pending. */
async function ticksDuring<T>(work: () => Promise<T>): Promise<{ value: T; ticks: number }> {
  let ticks = 0;
  const timer = setInterval(() => ticks++, 1);
  try {
    const value = await work();
    return { value, ticks };
  } finally {
    clearInterval(timer);
  }
}

// The first job starts the thread, which loads the engine from source through tsx: seconds on a
// loaded machine, hence the long timeout (correctness is tested here, not speed).
describe("gradeSceneToJson", { timeout: 60_000 }, () => {
  const scene = largeSceneText();

  it("grades a large scene in a worker, as the engine does inline, without holding the main thread", async () => {
    expect(scene.length).toBeGreaterThan(OFFLOAD_BYTES);
    const { value, ticks } = await ticksDuring(() => gradeSceneToJson(scene, undefined, { language: "ko" }));
    expect(JSON.parse(value)).toEqual(gradeScene(scene, undefined, { language: "ko" }));
    expect(ticks).toBeGreaterThan(0);
  });

  it("grades a small scene inline (no thread hop)", async () => {
    const small = JSON.stringify({ type: "excalidraw", elements: labelledBox("a", 0, "Web server") });
    const { value, ticks } = await ticksDuring(() => gradeSceneToJson(small));
    expect(JSON.parse(value)).toEqual(gradeScene(small));
    expect(ticks).toBe(0);
  });

  it("refuses a large non-scene with the engine's InvalidSceneError", async () => {
    const notAScene = JSON.stringify({ type: "excalidraw", elements: "x".repeat(OFFLOAD_BYTES) });
    const error = await gradeSceneToJson(notAScene).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(InvalidSceneError);
    expect(error).toMatchObject({ message: expect.stringMatching(/.+/) });
    expect(() => gradeScene(notAScene)).toThrow((error as Error).message);
  });

  it("keeps the order of concurrent jobs and answers each", async () => {
    const results = await Promise.all([
      gradeSceneToJson(scene, undefined, { prompt: "one" }),
      gradeSceneToJson(scene, undefined, { prompt: "two" }),
    ]);
    expect(results.map((result) => (JSON.parse(result) as { prompt: string }).prompt)).toEqual(["one", "two"]);
  });
});
