import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { SaveOutcome, ServerCopy } from "@/lib/interviews/client/api";
import { AutosaveController, type Snapshot } from "@/lib/interviews/client/autosave";
import { memoryStore } from "@/lib/interviews/client/draft-store";
import { EMPTY_SCENE, type StoredScene } from "@/lib/interviews/scene";

const sceneWith = (count: number): StoredScene => ({
  ...EMPTY_SCENE,
  elements: Array.from({ length: count }, (_, i) => ({ id: `e${i}`, type: "rectangle", version: 1 })),
});

/** A controller over a scripted server: each save answers with the next queued outcome. */
function setup(options: { version?: number } = {}) {
  let current: Snapshot = { scene: sceneWith(1), notes: "" };
  const bodies: { baseVersion: number; elements: number; notes: string; saveKey: string }[] = [];
  const answers: (SaveOutcome | ((body: { baseVersion: number }) => SaveOutcome))[] = [];
  let serverVersion = options.version ?? 0;
  const store = memoryStore();
  const transport = vi.fn((body: string): Promise<SaveOutcome> => {
    const parsed = JSON.parse(body) as { baseVersion: number; scene: StoredScene; notes: string; saveKey: string };
    bodies.push({
      baseVersion: parsed.baseVersion,
      elements: parsed.scene.elements.length,
      notes: parsed.notes,
      saveKey: parsed.saveKey,
    });
    const next = answers.shift();
    if (next) return Promise.resolve(typeof next === "function" ? next(parsed) : next);
    serverVersion = parsed.baseVersion + 1;
    return Promise.resolve({ kind: "saved", version: serverVersion, savedAt: new Date().toISOString() });
  });
  const onClosed = vi.fn();
  const controller = new AutosaveController({
    interviewId: "iv1",
    initialVersion: options.version ?? 0,
    snapshot: () => current,
    transport,
    store,
    onClosed,
    random: () => 0.5,
  });
  return {
    controller,
    transport,
    bodies,
    answers,
    store,
    onClosed,
    draw(count: number, notes = current.notes) {
      current = { scene: sceneWith(count), notes };
      controller.changed();
    },
  };
}

/** Lets the transport's promise and the store's writes settle. */
const settle = () => vi.advanceTimersByTimeAsync(0);

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe("AutosaveController: when it saves", () => {
  it("saves 1.5 s after the last change", async () => {
    const t = setup();
    t.draw(2);
    expect(t.controller.getState().status.kind).toBe("pending");
    await vi.advanceTimersByTimeAsync(1_400);
    expect(t.transport).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(100);
    expect(t.transport).toHaveBeenCalledTimes(1);
    expect(t.controller.getState()).toMatchObject({ status: { kind: "saved" }, baseVersion: 1, dirty: false });
  });

  it("saves at least every 5 s while changes keep coming", async () => {
    const t = setup();
    for (let i = 0; i < 10; i++) {
      t.draw(i + 2);
      await vi.advanceTimersByTimeAsync(1_000);
    }
    // 10 s of drawing with a change every second: the debounce alone would never fire.
    expect(t.transport).toHaveBeenCalledTimes(2);
    expect(t.bodies.map((body) => body.baseVersion)).toEqual([0, 1]);
  });

  it("sends what changed during a save right after it", async () => {
    const t = setup();
    let release: (outcome: SaveOutcome) => void = () => undefined;
    t.transport.mockImplementationOnce(
      (body: string) =>
        new Promise<SaveOutcome>((resolve) => {
          const { baseVersion, saveKey } = JSON.parse(body) as { baseVersion: number; saveKey: string };
          t.bodies.push({ baseVersion, elements: 0, notes: "", saveKey });
          release = resolve;
        }),
    );
    t.draw(2);
    await vi.advanceTimersByTimeAsync(1_500);
    expect(t.controller.getState().status.kind).toBe("saving");
    t.draw(3);
    release({ kind: "saved", version: 1, savedAt: new Date().toISOString() });
    await settle();
    expect(t.controller.getState()).toMatchObject({ status: { kind: "pending" }, dirty: true, baseVersion: 1 });
    await vi.advanceTimersByTimeAsync(1_500);
    expect(t.bodies.at(-1)).toMatchObject({ baseVersion: 1, elements: 3 });
    expect(t.controller.getState()).toMatchObject({ status: { kind: "saved" }, dirty: false, baseVersion: 2 });
  });

  it("saves notes with the drawing", async () => {
    const t = setup();
    t.draw(1, "10M DAU");
    await vi.advanceTimersByTimeAsync(1_500);
    expect(t.bodies[0]).toMatchObject({ notes: "10M DAU" });
  });
});

describe("AutosaveController: failures", () => {
  it("keeps a copy on the device while offline and retries with back-off until saved", async () => {
    const t = setup();
    t.answers.push(
      { kind: "unavailable", message: "Failed to fetch" },
      { kind: "unavailable", message: "Failed to fetch" },
    );
    t.draw(2);
    await vi.advanceTimersByTimeAsync(1_500);
    expect(t.controller.getState().status).toMatchObject({ kind: "offline" });
    expect(t.store.drafts.get("iv1")).toMatchObject({ baseVersion: 0 });

    const deviceCopy = () => (JSON.parse(t.store.drafts.get("iv1")!.sceneJson) as StoredScene).elements.length;

    t.draw(3);
    await vi.advanceTimersByTimeAsync(1_000); // first retry, 1 s after the failure: fails again
    expect(t.transport).toHaveBeenCalledTimes(2);
    expect(deviceCopy()).toBe(3);

    // Drawing while the back-off runs updates the device copy without hitting the server.
    t.draw(4);
    await vi.advanceTimersByTimeAsync(1_500);
    expect(t.transport).toHaveBeenCalledTimes(2);
    expect(deviceCopy()).toBe(4);

    await vi.advanceTimersByTimeAsync(500); // second retry, 2 s after the second failure: saved
    expect(t.transport).toHaveBeenCalledTimes(3);
    expect(t.controller.getState()).toMatchObject({ status: { kind: "saved" }, baseVersion: 1, dirty: false });
    expect(t.bodies.at(-1)).toMatchObject({ baseVersion: 0, elements: 4 });
    expect(t.store.drafts.has("iv1")).toBe(false);
  });

  it("retries with the same idempotency key until a save goes through, then starts a new one", async () => {
    const t = setup();
    t.answers.push({ kind: "unavailable", message: "Failed to fetch" });
    t.draw(2);
    await vi.advanceTimersByTimeAsync(1_500);
    t.draw(3);
    await vi.advanceTimersByTimeAsync(1_500); // the retry: saved
    t.draw(4);
    await vi.advanceTimersByTimeAsync(1_500);
    const [failed, retried, next] = t.bodies;
    expect(failed!.saveKey).toMatch(/^[0-9a-f]{32}$/);
    expect(retried).toMatchObject({ baseVersion: 0, saveKey: failed!.saveKey, elements: 3 });
    expect(next).toMatchObject({ baseVersion: 1 });
    expect(next!.saveKey).not.toBe(failed!.saveKey);
  });

  it("shows the server's notice on a save (a full replay history)", async () => {
    const t = setup();
    t.answers.push({ kind: "saved", version: 1, savedAt: new Date().toISOString(), notice: "History is full." });
    t.draw(2);
    await vi.advanceTimersByTimeAsync(1_500);
    expect(t.controller.getState()).toMatchObject({ status: { kind: "saved" }, notice: "History is full." });
  });

  it("retries at once when asked (the browser came back online)", async () => {
    const t = setup();
    t.answers.push({ kind: "unavailable", message: "offline" });
    t.draw(2);
    await vi.advanceTimersByTimeAsync(1_500);
    t.controller.retryNow();
    await settle();
    expect(t.transport).toHaveBeenCalledTimes(2);
    expect(t.controller.getState().status.kind).toBe("saved");
  });

  it("stops on a version conflict until the person chooses; keep mine saves over the other version", async () => {
    const t = setup({ version: 3 });
    const current: ServerCopy = {
      version: 5,
      scene: sceneWith(7),
      notes: "theirs",
      savedAt: "2026-01-01T10:00:00.000Z",
    };
    t.answers.push({ kind: "conflict", current });
    t.draw(2);
    await vi.advanceTimersByTimeAsync(1_500);
    expect(t.controller.getState().status).toMatchObject({ kind: "conflict", current: { version: 5 } });
    t.draw(4);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(t.transport).toHaveBeenCalledTimes(1);

    t.controller.keepMine();
    await settle();
    expect(t.bodies.at(-1)).toMatchObject({ baseVersion: 5, elements: 4 });
    expect(t.controller.getState()).toMatchObject({ status: { kind: "saved" }, baseVersion: 6 });
  });

  it("adopts the other version without saving it back", async () => {
    const t = setup({ version: 3 });
    const current: ServerCopy = {
      version: 5,
      scene: sceneWith(7),
      notes: "theirs",
      savedAt: "2026-01-01T10:00:00.000Z",
    };
    t.answers.push({ kind: "conflict", current });
    t.draw(2);
    await vi.advanceTimersByTimeAsync(1_500);
    t.controller.adoptServerCopy(current);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(t.transport).toHaveBeenCalledTimes(1);
    expect(t.controller.getState()).toMatchObject({
      status: { kind: "saved", at: current.savedAt },
      baseVersion: 5,
      dirty: false,
    });
    expect(t.store.drafts.has("iv1")).toBe(false);

    t.draw(8);
    await vi.advanceTimersByTimeAsync(1_500);
    expect(t.bodies.at(-1)).toMatchObject({ baseVersion: 5, elements: 8 });
  });

  it("reports a closed interview and stops", async () => {
    const t = setup();
    t.answers.push({ kind: "closed", code: "deadline_passed", message: "Time is up" });
    t.draw(2);
    await vi.advanceTimersByTimeAsync(1_500);
    expect(t.onClosed).toHaveBeenCalledWith("deadline_passed");
    t.draw(3);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(t.transport).toHaveBeenCalledTimes(1);
  });

  it("refuses locally a drawing over 20,000 elements and keeps it on the device", async () => {
    const t = setup();
    t.draw(20_001);
    await vi.advanceTimersByTimeAsync(1_500);
    expect(t.transport).not.toHaveBeenCalled();
    expect(t.controller.getState().status).toMatchObject({ kind: "too_large" });
    expect(t.store.drafts.has("iv1")).toBe(true);
    // Removing elements makes it saveable again.
    t.draw(10);
    await vi.advanceTimersByTimeAsync(1_500);
    expect(t.transport).toHaveBeenCalledTimes(1);
    expect(t.controller.getState().status.kind).toBe("saved");
  });

  it("warns from 80 % of the element limit", async () => {
    const t = setup();
    t.draw(16_500);
    await vi.advanceTimersByTimeAsync(1_500);
    expect(t.controller.getState().limit.level).toBe("warn");
    expect(t.controller.getState().status.kind).toBe("saved");
  });
});

describe("AutosaveController: submitting", () => {
  it("waits for a save in flight and hands back the latest drawing with the version it is based on", async () => {
    const t = setup();
    t.draw(2);
    await vi.advanceTimersByTimeAsync(1_500);
    t.draw(5, "final notes");
    const final = await t.controller.stopForSubmit();
    expect(final.baseVersion).toBe(1);
    expect(JSON.parse(final.body)).toMatchObject({
      baseVersion: 1,
      notes: "final notes",
      scene: { elements: { length: 5 } },
    });
    // No autosave runs behind the submit.
    t.draw(6);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(t.transport).toHaveBeenCalledTimes(1);
    t.controller.finished();
    await settle();
    expect(t.store.drafts.has("iv1")).toBe(false);
  });
});
