import { describe, expect, it } from "vitest";
import type { LocalDraft } from "@/lib/interviews/client/draft-store";
import { memoryStore, serialStore } from "@/lib/interviews/client/draft-store";
import { decideRestore } from "@/lib/interviews/client/restore";
import { EMPTY_SCENE, type StoredScene } from "@/lib/interviews/scene";

const scene = (...versions: number[]): StoredScene => ({
  ...EMPTY_SCENE,
  elements: versions.map((version, i) => ({ id: `e${i}`, type: "rectangle", version })),
});

const local = (baseVersion: number, s: StoredScene, notes = ""): LocalDraft => ({
  interviewId: "iv1",
  baseVersion,
  sceneJson: JSON.stringify(s),
  notes,
  updatedAt: 1,
});

describe("decideRestore", () => {
  const server = { version: 4, scene: scene(1, 1), notes: "" };

  it("opens the server's drawing when the device has no copy", () => {
    expect(decideRestore(server, null)).toEqual({ kind: "server", discardLocal: false });
  });

  it("restores unsaved work made on top of the server's version, and saves it", () => {
    const decision = decideRestore(server, local(4, scene(1, 2, 1), "notes"));
    expect(decision).toMatchObject({ kind: "local", notes: "notes" });
    expect(decision.kind === "local" && decision.scene.elements).toHaveLength(3);
  });

  it("asks which to keep when the server moved on since the device copy was made", () => {
    expect(decideRestore(server, local(3, scene(1, 2, 1)))).toMatchObject({ kind: "conflict" });
  });

  it("drops a device copy identical to the server's (its save landed before the page closed)", () => {
    expect(decideRestore(server, local(3, scene(1, 1)))).toEqual({ kind: "server", discardLocal: true });
  });

  it("drops a copy that cannot be read or claims a version the server never had", () => {
    expect(decideRestore(server, { ...local(4, scene(1)), sceneJson: "{not json" })).toEqual({
      kind: "server",
      discardLocal: true,
    });
    expect(decideRestore(server, local(9, scene(1, 2, 3)))).toEqual({ kind: "server", discardLocal: true });
  });
});

describe("serialStore", () => {
  it("applies writes in the order they were issued, so a delete after a put wins", async () => {
    const inner = memoryStore();
    let slow = true;
    const store = serialStore({
      ...inner,
      async put(draft) {
        if (slow) await new Promise((resolve) => setTimeout(resolve, 20));
        await inner.put(draft);
      },
    });
    const put = store.put(local(1, scene(1)));
    slow = false;
    const removed = store.delete("iv1");
    await Promise.all([put, removed]);
    expect(await store.get("iv1")).toBeNull();
  });
});
