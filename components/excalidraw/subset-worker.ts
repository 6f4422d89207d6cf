// Excalidraw subsets the fonts an SVG export embeds in module workers, started from its worker
// chunk's own address (import.meta.url). Bundled by Turbopack, that address is a file:/// path
// no page can start a worker from, so Excalidraw falls back to subsetting on the page, where
// the WebAssembly glue makes functions with `new Function`: refused by the page's
// Content-Security-Policy, and the export then embeds whole fonts (megabytes for Korean text).
//
// So the package's worker files are copied to /excalidraw at install (scripts/postinstall.ts),
// and every worker Excalidraw starts for subsetting is a handle on a small pool of ours,
// started from that copy and warmed up (WebAssembly compiled) before an export begins, instead
// of a cold worker per font. Jobs queue for it; the install raises the one second Excalidraw gives
// a job to answer, since one miss sends every later subset of the page to the refused
// fallback. The worker's script carries no page policy; the page keeps its eval-free one.

/** Where the install puts the worker's entry (scripts/postinstall.ts). */
export const SUBSET_WORKER_PATH = "/excalidraw/subset-worker.chunk.js";

// The development and production builds' workers answer the same messages.
const PACKAGE_WORKER = /\/excalidraw\/dist\/(?:dev|prod)\/subset-worker\.chunk\.js$/;

/** A font the warm-up subsets: small, and one the board ships anyway. */
const WARM_UP_FONT = "/fonts/Virgil/Virgil-Regular.woff2";

/** Whether `url` is where Excalidraw's bundle thinks its subset worker is. */
export function isPackageSubsetWorker(url: string | URL): boolean {
  return PACKAGE_WORKER.test(String(url));
}

/** The parts of a Worker that Excalidraw's worker pool uses. */
export interface WorkerLike {
  onmessage: ((event: MessageEvent) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  postMessage(message: unknown, options?: Transferable[] | StructuredSerializeOptions): void;
  terminate(): void;
}

interface Job {
  message: unknown;
  transfer: Transferable[];
  handle: SubsetWorkerHandle;
}

interface Slot {
  worker: WorkerLike;
  running: Job | null;
}

/**
 * The page's few workers, each answering one job at a time: their answers carry no id, so the
 * answer a worker sends back is always its running job's. A job goes to whichever is free.
 */
export class SubsetWorkerPool {
  private readonly queue: Job[] = [];
  private readonly slots: Slot[];

  constructor(workers: WorkerLike[]) {
    this.slots = workers.map((worker) => ({ worker, running: null }));
    for (const slot of this.slots) {
      slot.worker.onmessage = (event) => this.finish(slot, (handle) => handle.onmessage?.(event));
      slot.worker.onerror = (event) => this.finish(slot, (handle) => handle.onerror?.(event));
    }
  }

  /** A handle that behaves as a worker of its own to whoever holds it. */
  handle(): SubsetWorkerHandle {
    return new SubsetWorkerHandle(this);
  }

  run(job: Job): void {
    this.queue.push(job);
    this.dispatch();
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      while (!slot.running && this.queue.length > 0) {
        const job = this.queue.shift()!;
        // A job whose holder gave up on it (Excalidraw's time-out) is not run at all.
        if (job.handle.terminated) continue;
        slot.running = job;
        slot.worker.postMessage(job.message, job.transfer);
      }
    }
  }

  private finish(slot: Slot, deliver: (handle: SubsetWorkerHandle) => void): void {
    const job = slot.running;
    slot.running = null;
    if (job && !job.handle.terminated) deliver(job.handle);
    this.dispatch();
  }
}

/** What Excalidraw gets for `new Worker(...)`: its jobs run on the page's pool. */
export class SubsetWorkerHandle implements WorkerLike {
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  terminated = false;

  constructor(private readonly pool: SubsetWorkerPool) {}

  postMessage(message: unknown, options?: Transferable[] | StructuredSerializeOptions): void {
    const transfer = Array.isArray(options) ? options : (options?.transfer ?? []);
    this.pool.run({ message, transfer, handle: this });
  }

  /** Only this handle ends; the pool's workers stay for the page's next export. */
  terminate(): void {
    this.terminated = true;
  }
}

/** Workers in the pool: one per core (the page itself only waits during an export), at most four. */
export function poolSize(cores: number | undefined): number {
  return Math.min(4, Math.max(1, cores ?? 2));
}

let BrowserWorker: typeof Worker | null = null;
let shared: { pool: SubsetWorkerPool; ready: Promise<void> } | null = null;

/** Each worker's warm-up: a subset of a small font, which compiles its WebAssembly. */
function warmUp(pool: SubsetWorkerPool, font: ArrayBuffer): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const handle = pool.handle();
    handle.onmessage = () => resolve();
    handle.onerror = (event) => reject(new Error(event.message));
    const copy = font.slice(0);
    handle.postMessage({ command: "SUBSET", arrayBuffer: copy, codePoints: [65] }, [copy]);
  });
}

function startPool(Browser: typeof Worker): NonNullable<typeof shared> {
  const size = poolSize(navigator.hardwareConcurrency);
  const pool = new SubsetWorkerPool(
    Array.from({ length: size }, () => new Browser(SUBSET_WORKER_PATH, { type: "module" })),
  );
  // Posted together while every worker is free, the warm-ups land one on each worker.
  const ready = fetch(WARM_UP_FONT)
    .then((response) => response.arrayBuffer())
    .then((font) => Promise.all(Array.from({ length: size }, () => warmUp(pool, font))))
    .then(() => undefined);
  const started = { pool, ready };
  // A pool that cannot start is dropped, so the next export tries a new one.
  ready.catch(() => {
    if (shared === started) shared = null;
  });
  return started;
}

/**
 * Starts the page's subset worker if it is not running, and resolves once it has answered
 * its warm-up (never rejects: an export without it still works, with whole fonts). SVG
 * exports await it before calling Excalidraw (components/excalidraw/exporters.ts).
 */
export function prepareSubsetWorker(): Promise<void> {
  if (!BrowserWorker) return Promise.resolve();
  shared ??= startPool(BrowserWorker);
  return shared.ready.catch(() => undefined);
}

/** Makes `new Worker(<Excalidraw's subset worker>)` a handle on the page's pool (once per page). */
export function installSelfHostedSubsetWorker(): void {
  if (BrowserWorker || typeof window.Worker !== "function") return;
  const Browser = window.Worker;
  BrowserWorker = Browser;
  window.Worker = class SelfHostedWorker extends Browser {
    constructor(url: string | URL, options?: WorkerOptions) {
      if (isPackageSubsetWorker(url)) {
        shared ??= startPool(Browser);
        // A constructor may answer another object: Excalidraw gets a handle, not a new thread.
        return shared.pool.handle() as unknown as SelfHostedWorker;
      }
      super(url, options);
    }
  };
}
