/**
 * A copy of the drawing kept in this browser until the server has it, so a lost connection,
 * a server failure or a closed tab loses nothing. IndexedDB holds any size the server takes
 * (10 MB); where it is unavailable (some private modes) localStorage takes copies up to ~4 MB.
 */

export interface LocalDraft {
  interviewId: string;
  /** The server version the drawing was based on: a restore is only safe on the same lineage. */
  baseVersion: number;
  /** The scene as JSON text, exactly as it would be sent. */
  sceneJson: string;
  notes: string;
  /** When the copy was written, epoch ms (browser clock: only compared with other copies). */
  updatedAt: number;
}

export interface DraftStore {
  get(interviewId: string): Promise<LocalDraft | null>;
  put(draft: LocalDraft): Promise<void>;
  delete(interviewId: string): Promise<void>;
}

const DB_NAME = "scaleboard";
const DB_VERSION = 1;
const DRAFTS = "drafts";
export const LIBRARY = "library";
const LOCAL_STORAGE_PREFIX = "scaleboard:draft:";
/** localStorage holds about 5 M UTF-16 characters per origin; leave room for everything else. */
const LOCAL_STORAGE_MAX_CHARS = 4_000_000;

let opening: Promise<IDBDatabase> | null = null;

/** Opens (once) the page's IndexedDB database; shared with the library store. */
function openBrowserDb(): Promise<IDBDatabase> {
  opening ??= new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, DB_VERSION);
    request.onupgradeneeded = () => {
      const db = request.result;
      if (!db.objectStoreNames.contains(DRAFTS)) db.createObjectStore(DRAFTS, { keyPath: "interviewId" });
      if (!db.objectStoreNames.contains(LIBRARY)) db.createObjectStore(LIBRARY);
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error("IndexedDB could not be opened."));
    request.onblocked = () => reject(new Error("IndexedDB is blocked by another tab."));
  }).catch((error: unknown) => {
    opening = null;
    throw error;
  });
  return opening;
}

export function idbRequest<T>(
  store: string,
  mode: IDBTransactionMode,
  run: (objects: IDBObjectStore) => IDBRequest<T>,
): Promise<T> {
  return openBrowserDb().then(
    (db) =>
      new Promise<T>((resolve, reject) => {
        const transaction = db.transaction(store, mode);
        const request = run(transaction.objectStore(store));
        // Resolve on commit, not on the request's success: only then is the write durable.
        transaction.oncomplete = () => resolve(request.result);
        transaction.onerror = () =>
          reject(transaction.error ?? request.error ?? new Error("IndexedDB request failed."));
        transaction.onabort = () => reject(transaction.error ?? new Error("IndexedDB transaction aborted."));
      }),
  );
}

function isLocalDraft(value: unknown): value is LocalDraft {
  if (!value || typeof value !== "object") return false;
  const draft = value as Record<string, unknown>;
  return (
    typeof draft.interviewId === "string" &&
    typeof draft.baseVersion === "number" &&
    typeof draft.sceneJson === "string" &&
    typeof draft.notes === "string" &&
    typeof draft.updatedAt === "number"
  );
}

const indexedDbStore: DraftStore = {
  async get(interviewId) {
    const value = await idbRequest<unknown>(DRAFTS, "readonly", (objects) => objects.get(interviewId));
    return isLocalDraft(value) ? value : null;
  },
  async put(draft) {
    await idbRequest(DRAFTS, "readwrite", (objects) => objects.put(draft));
  },
  async delete(interviewId) {
    await idbRequest(DRAFTS, "readwrite", (objects) => objects.delete(interviewId));
  },
};

function readLocalStorageDraft(interviewId: string): LocalDraft | null {
  const raw = window.localStorage.getItem(LOCAL_STORAGE_PREFIX + interviewId);
  if (!raw) return null;
  try {
    const value: unknown = JSON.parse(raw);
    return isLocalDraft(value) ? value : null;
  } catch {
    return null;
  }
}

function writeLocalStorageDraft(draft: LocalDraft): void {
  const raw = JSON.stringify(draft);
  if (raw.length > LOCAL_STORAGE_MAX_CHARS)
    throw new Error("This drawing is too large to keep in this browser's storage.");
  window.localStorage.setItem(LOCAL_STORAGE_PREFIX + draft.interviewId, raw);
}

// The store's methods are async so that a throw becomes a rejected promise, as IndexedDB's are.
const localStorageStore: DraftStore = {
  get: (interviewId) => Promise.resolve().then(() => readLocalStorageDraft(interviewId)),
  put: (draft) => Promise.resolve().then(() => writeLocalStorageDraft(draft)),
  delete: (interviewId) =>
    Promise.resolve().then(() => window.localStorage.removeItem(LOCAL_STORAGE_PREFIX + interviewId)),
};

/** For tests, and the last resort when the browser keeps nothing. */
export function memoryStore(): DraftStore & { drafts: Map<string, LocalDraft> } {
  const drafts = new Map<string, LocalDraft>();
  return {
    drafts,
    get: (id) => Promise.resolve(drafts.get(id) ?? null),
    put: (draft) => Promise.resolve(void drafts.set(draft.interviewId, draft)),
    delete: (id) => Promise.resolve(void drafts.delete(id)),
  };
}

/**
 * Writes through IndexedDB, falling back to localStorage when IndexedDB fails; reads the
 * newer of the two, so a copy written by either path is found after a reload.
 */
export function browserDraftStore(): DraftStore {
  const hasIdb = typeof indexedDB !== "undefined";
  return {
    async get(interviewId) {
      const [fromIdb, fromLocal] = await Promise.all([
        hasIdb ? indexedDbStore.get(interviewId).catch(() => null) : null,
        localStorageStore.get(interviewId).catch(() => null),
      ]);
      if (fromIdb && fromLocal) return fromIdb.updatedAt >= fromLocal.updatedAt ? fromIdb : fromLocal;
      return fromIdb ?? fromLocal;
    },
    async put(draft) {
      if (hasIdb) {
        try {
          await indexedDbStore.put(draft);
          // An older fallback copy would otherwise shadow nothing but waste room.
          await localStorageStore.delete(draft.interviewId).catch(() => undefined);
          return;
        } catch {
          // fall through to localStorage
        }
      }
      await localStorageStore.put(draft);
    },
    async delete(interviewId) {
      await Promise.all([
        hasIdb ? indexedDbStore.delete(interviewId).catch(() => undefined) : undefined,
        localStorageStore.delete(interviewId).catch(() => undefined),
      ]);
    },
  };
}

/**
 * Serialises writes so a delete issued after a put lands after it, even though each is
 * asynchronous. Errors are reported, never thrown into the save loop.
 */
export function serialStore(store: DraftStore, onError: (error: unknown) => void = () => undefined): DraftStore {
  let tail: Promise<unknown> = Promise.resolve();
  const queue = <T>(task: () => Promise<T>): Promise<T> => {
    const next = tail.then(task, task);
    tail = next.catch((error: unknown) => onError(error));
    return next;
  };
  return {
    get: (id) => queue(() => store.get(id)),
    put: (draft) => queue(() => store.put(draft)),
    delete: (id) => queue(() => store.delete(id)),
  };
}
