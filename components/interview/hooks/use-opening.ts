"use client";

import { useEffect, useState } from "react";
import type { LibraryItem } from "@excalidraw/excalidraw/types";
import type { DraftStore } from "@/lib/interviews/client/draft-store";
import { loadImportedLibrary } from "@/lib/interviews/client/library-store";
import { decideRestore, type RestoreDecision } from "@/lib/interviews/client/restore";
import type { StoredScene } from "@/lib/interviews/scene";

export interface Opening {
  decision: RestoreDecision;
  importedLibrary: LibraryItem[];
}

/** Longest the page waits for this browser's storage before opening the server's drawing. */
const STORAGE_TIMEOUT_MS = 3000;

/**
 * Before the whiteboard mounts: is there a newer copy of this drawing on the device, and
 * which library items did this person import before? Both come from IndexedDB, which
 * answers in milliseconds; a storage that hangs does not keep the board closed.
 */
export function useOpening(
  interviewId: string,
  server: { version: number; scene: StoredScene; notes: string },
  store: DraftStore,
): Opening | null {
  const [opening, setOpening] = useState<Opening | null>(null);
  useEffect(() => {
    let cancelled = false;
    const timeout = new Promise<null>((resolve) => setTimeout(() => resolve(null), STORAGE_TIMEOUT_MS));
    const local = Promise.race([store.get(interviewId).catch(() => null), timeout]);
    const library = Promise.race([loadImportedLibrary<LibraryItem>(), timeout.then(() => [] as LibraryItem[])]);
    void Promise.all([local, library]).then(([draft, importedLibrary]) => {
      if (cancelled) return;
      const decision = decideRestore(server, draft);
      if (decision.kind === "server" && decision.discardLocal) void store.delete(interviewId).catch(() => undefined);
      setOpening({ decision, importedLibrary: importedLibrary ?? [] });
    });
    return () => {
      cancelled = true;
    };
    // The server copy is the page's initial data: it does not change while the page lives.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [interviewId, store]);
  return opening;
}
