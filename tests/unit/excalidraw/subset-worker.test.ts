import { existsSync, readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  isPackageSubsetWorker,
  poolSize,
  SubsetWorkerPool,
  SUBSET_WORKER_PATH,
  type WorkerLike,
} from "@/components/excalidraw/subset-worker";

/** A worker that records what it is sent and answers when told. */
class FakeWorker implements WorkerLike {
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  sent: { message: unknown; transfer: Transferable[] }[] = [];
  postMessage(message: unknown, transfer?: Transferable[] | StructuredSerializeOptions) {
    this.sent.push({ message, transfer: Array.isArray(transfer) ? transfer : [] });
  }
  terminate() {
    throw new Error("the shared worker is never terminated by a handle");
  }
  answer(data: unknown) {
    this.onmessage!({ data } as MessageEvent);
  }
}

describe("isPackageSubsetWorker", () => {
  it("recognises Excalidraw's subset worker at whatever address the bundle gave it", () => {
    for (const bundled of [
      "file:///ROOT/node_modules/%40excalidraw/excalidraw/dist/prod/subset-worker.chunk.js",
      "file:///ROOT/node_modules/@excalidraw/excalidraw/dist/dev/subset-worker.chunk.js",
      new URL("http://localhost/_next/static/media/@excalidraw/excalidraw/dist/prod/subset-worker.chunk.js"),
    ])
      expect(isPackageSubsetWorker(bundled)).toBe(true);
  });

  it("leaves every other worker alone", () => {
    expect(isPackageSubsetWorker(new URL("http://localhost/_next/static/chunks/worker.js"))).toBe(false);
    expect(isPackageSubsetWorker("/other/subset-worker.chunk.js")).toBe(false);
  });
});

describe("SubsetWorkerPool", () => {
  it("runs the handles' jobs one at a time and gives each handle its own answer", () => {
    const worker = new FakeWorker();
    const shared = new SubsetWorkerPool([worker]);
    const [first, second] = [shared.handle(), shared.handle()];
    const answers: string[] = [];
    first.onmessage = (event) => answers.push(`first:${String(event.data)}`);
    second.onmessage = (event) => answers.push(`second:${String(event.data)}`);
    const buffer = new ArrayBuffer(4);
    first.postMessage("a", { transfer: [buffer] });
    second.postMessage("b");
    // The second job waits: an answer carries no id, so two jobs must never overlap.
    expect(worker.sent).toEqual([{ message: "a", transfer: [buffer] }]);
    worker.answer("A");
    expect(worker.sent.map((sent) => sent.message)).toEqual(["a", "b"]);
    worker.answer("B");
    expect(answers).toEqual(["first:A", "second:B"]);
  });

  it("spreads jobs over its workers, each answering its own job", () => {
    const [one, two] = [new FakeWorker(), new FakeWorker()];
    const pool = new SubsetWorkerPool([one, two]);
    const handles = [pool.handle(), pool.handle(), pool.handle()];
    const answers: string[] = [];
    handles.forEach((handle, index) => {
      handle.onmessage = (event) => answers.push(`${index}:${String(event.data)}`);
      handle.postMessage(`job ${index}`);
    });
    expect([one.sent.map((sent) => sent.message), two.sent.map((sent) => sent.message)]).toEqual([
      ["job 0"],
      ["job 1"],
    ]);
    two.answer("B");
    expect(two.sent.map((sent) => sent.message)).toEqual(["job 1", "job 2"]);
    one.answer("A");
    two.answer("C");
    expect(answers).toEqual(["1:B", "0:A", "2:C"]);
  });

  it("drops the jobs of a handle that gave up, running or waiting, and keeps serving the others", () => {
    const worker = new FakeWorker();
    const shared = new SubsetWorkerPool([worker]);
    const [slow, waiting, next] = [shared.handle(), shared.handle(), shared.handle()];
    const answers: unknown[] = [];
    for (const handle of [slow, waiting, next]) handle.onmessage = (event) => answers.push(event.data);
    slow.postMessage("slow");
    waiting.postMessage("waiting");
    next.postMessage("next");
    slow.terminate();
    waiting.terminate();
    worker.answer("late answer to slow");
    expect(worker.sent.map((sent) => sent.message)).toEqual(["slow", "next"]);
    worker.answer("next's answer");
    expect(answers).toEqual(["next's answer"]);
  });

  it("hands a worker error to the running job's handle", () => {
    const worker = new FakeWorker();
    const shared = new SubsetWorkerPool([worker]);
    const handle = shared.handle();
    const errors: string[] = [];
    handle.onerror = (event) => errors.push(event.message);
    handle.postMessage("a");
    worker.onerror!({ message: "boom" } as ErrorEvent);
    expect(errors).toEqual(["boom"]);
  });
});

describe("poolSize", () => {
  it("starts a worker per core, never more than four", () => {
    expect([undefined, 1, 2, 3, 8, 32].map(poolSize)).toEqual([2, 1, 2, 3, 4, 4]);
  });
});

describe("the installed copy", () => {
  it("has the worker's entry and every chunk it imports in public/", () => {
    const folder = `public${SUBSET_WORKER_PATH.slice(0, SUBSET_WORKER_PATH.lastIndexOf("/"))}`;
    const pending = [`public${SUBSET_WORKER_PATH}`];
    const seen = new Set<string>();
    while (pending.length > 0) {
      const file = pending.pop()!;
      if (seen.has(file)) continue;
      seen.add(file);
      expect(existsSync(file), file).toBe(true);
      for (const [, imported] of readFileSync(file, "utf8").matchAll(/(?:from|import)\s*"\.\/([\w.-]+\.js)"/g))
        pending.push(`${folder}/${imported}`);
    }
    expect(seen.size).toBeGreaterThan(1);
  });

  it("gives the worker 30 s to answer a job, in both of Excalidraw's builds", () => {
    const bundles = (build: string) => {
      const folder = `node_modules/@excalidraw/excalidraw/dist/${build}`;
      return readdirSync(folder)
        .filter((name) => name.endsWith(".js"))
        .map((name) => readFileSync(`${folder}/${name}`, "utf8"))
        .filter((code) => code.includes("workerTTL"));
    };
    for (const build of ["prod", "dev"]) {
      const [pool] = bundles(build);
      expect(pool, build).toMatch(/workerTTL\s*=\s*\w+\.ttl\s*\|\|\s*3e4\b/);
    }
  });
});
