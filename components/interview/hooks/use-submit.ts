"use client";

import { useCallback, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { postSubmit, type Refusal } from "@/lib/interviews/client/api";
import type { AutosaveController } from "@/lib/interviews/client/autosave";
import { retryDelay } from "@/lib/interviews/client/backoff";
import type { ServerClock } from "@/lib/interviews/client/server-clock";
import { DEADLINE_GRACE_MS } from "@/lib/interviews/timing";

/** Why a submit did not go through (the dialog words it): a conflict, the size limit, no server, or a refusal. */
export type SubmitFailure = "conflict" | "too_large" | "unavailable" | Refusal;

export type SubmitState =
  | { kind: "idle" }
  | { kind: "submitting"; auto: boolean }
  | { kind: "failed"; reason: SubmitFailure }
  | { kind: "done"; auto: boolean; reportUrl: string };

const AUTO_NOTICE_MS = 2500;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Submitting: by the person (after confirming) or by the clock at the deadline. The last
 * drawing rides along with the submit, so nothing drawn since the last autosave is lost.
 */
export function useSubmit({
  interviewId,
  controller,
  clock,
  deadlineMs,
}: {
  interviewId: string;
  controller: AutosaveController;
  clock: ServerClock;
  deadlineMs: number;
}) {
  const router = useRouter();
  const [state, setState] = useState<SubmitState>({ kind: "idle" });
  const running = useRef(false);
  const reportUrl = `/interviews/${interviewId}/report`;

  const finish = useCallback(
    (url: string, auto: boolean) => {
      controller.finished();
      setState({ kind: "done", auto, reportUrl: url });
      // After a time-out, leave the "submitted automatically" notice up long enough to read.
      if (auto) setTimeout(() => router.replace(url), AUTO_NOTICE_MS);
      else router.replace(url);
    },
    [controller, router],
  );

  /** Returns true when the submit went through (or the interview was already over). */
  const submit = useCallback(
    async (auto: boolean): Promise<boolean> => {
      if (running.current) return false;
      running.current = true;
      setState({ kind: "submitting", auto });
      try {
        const final = await controller.stopForSubmit();
        // A drawing over the limit cannot ride along; the last saved one is graded instead.
        let body: string | null = final.limit.level === "over" ? null : final.body;
        for (let attempt = 1; ; attempt++) {
          const outcome = await postSubmit(interviewId, body);
          if (outcome.kind === "submitted" || outcome.kind === "closed") {
            finish(outcome.kind === "submitted" ? outcome.reportUrl : reportUrl, auto);
            return true;
          }
          if (outcome.kind === "conflict") {
            if (auto) {
              // Out of time: the server's copy is graded; both versions stay in the revisions.
              body = null;
              continue;
            }
            controller.resume({ kind: "conflict", current: outcome.current, origin: "save" });
            setState({ kind: "failed", reason: "conflict" });
            return false;
          }
          if (outcome.kind === "too_large" && auto) {
            body = null;
            continue;
          }
          if (outcome.kind === "unavailable" && auto) {
            // The server settles an overdue interview by itself once the grace has passed;
            // keep trying until then, then open the report, which shows what it graded.
            if (clock.now() > deadlineMs + DEADLINE_GRACE_MS + 5000) {
              finish(reportUrl, auto);
              return true;
            }
            await sleep(Math.min(retryDelay(attempt), 3000));
            continue;
          }
          controller.resume();
          setState({ kind: "failed", reason: outcome.kind === "refused" ? outcome.reason : outcome.kind });
          return false;
        }
      } finally {
        running.current = false;
      }
    },
    [clock, controller, deadlineMs, finish, interviewId, reportUrl],
  );

  const reset = useCallback(() => setState((current) => (current.kind === "failed" ? { kind: "idle" } : current)), []);

  return { state, submit, reset };
}
