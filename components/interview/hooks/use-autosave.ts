"use client";

import { useEffect, useState, useSyncExternalStore } from "react";
import { putDraft } from "@/lib/interviews/client/api";
import { AutosaveController, type AutosaveOptions, type AutosaveState } from "@/lib/interviews/client/autosave";

type Options = Omit<AutosaveOptions, "transport">;

/**
 * The page's autosave loop (lib/interviews/client/autosave.ts) and the browser events that
 * drive it: coming back online retries at once, hiding or leaving the page saves and keeps a
 * device copy.
 */
export function useAutosave(options: Options): [AutosaveState, AutosaveController] {
  const [controller] = useState(
    () => new AutosaveController({ ...options, transport: (body) => putDraft(options.interviewId, body) }),
  );
  const state = useSyncExternalStore(controller.subscribe, controller.getState, controller.getState);

  useEffect(() => {
    const online = () => controller.retryNow();
    const hidden = () => {
      if (document.visibilityState === "hidden") {
        // The tab may be closing: keep a device copy, and send the changes if the server is
        // reachable (while offline the back-off retries; one more failed request adds nothing).
        controller.persistLocally();
        const { dirty, status } = controller.getState();
        if (dirty && status.kind !== "offline") controller.saveNow();
      } else controller.retryNow();
    };
    const leaving = () => controller.persistLocally();
    window.addEventListener("online", online);
    document.addEventListener("visibilitychange", hidden);
    window.addEventListener("pagehide", leaving);
    return () => {
      window.removeEventListener("online", online);
      document.removeEventListener("visibilitychange", hidden);
      window.removeEventListener("pagehide", leaving);
      // Leaving the page inside the app: send what is left rather than wait for a timer.
      const { dirty, status } = controller.getState();
      if (dirty && status.kind !== "offline") controller.saveNow();
    };
  }, [controller]);

  return [state, controller];
}
