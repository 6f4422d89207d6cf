/**
 * The autosave loop of the interview page, free of React so it can be tested with fake
 * timers: it decides when to save, keeps a copy on the device until the server has it, and
 * turns every answer of the server into a visible state.
 *
 * When: 1.5 s after the last change, and at least every 5 s while changes keep coming.
 * Every save names the server version it was based on; a 409 stops the loop until the
 * person chooses which version to keep.
 */
import { draftBody, newSaveKey, type Refusal, type SaveOutcome, type ServerCopy } from "./api";
import { retryDelay } from "./backoff";
import type { DraftStore } from "./draft-store";
import { checkLimits, utf8ByteLength, type LimitCheck, type LimitMeasure } from "./limits";
import type { StoredScene } from "@/lib/interviews/scene";

export type SaveStatus =
  /** Nothing to save: the server has what is on screen. */
  | { kind: "clean" }
  /** Changed; a save is scheduled. */
  | { kind: "pending" }
  | { kind: "saving" }
  | { kind: "saved"; at: string }
  /** The server could not be reached or failed; the drawing is on this device and retried. */
  | { kind: "offline"; message: string; nextRetryAt: number | null }
  /** Another tab (or an older copy on this device) saved a different drawing. */
  | { kind: "conflict"; current: ServerCopy; origin: "save" | "restore" }
  /** Over the size limit: measured here before sending, or refused by the server (measure null). */
  | { kind: "too_large"; measure: LimitMeasure | null }
  /** Refused for a reason retrying will not fix by itself. */
  | { kind: "error"; reason: Refusal; message: string }
  /** The interview is over; nothing more can be saved. */
  | { kind: "closed"; code: "deadline_passed" | "already_submitted"; message: string }
  /** Stopped so the last drawing can go with the submit. */
  | { kind: "submitting" };

export interface AutosaveState {
  status: SaveStatus;
  /** The server version the canvas is based on. */
  baseVersion: number;
  /** Changes not yet confirmed by the server. */
  dirty: boolean;
  /** Server time of the last confirmed save. */
  lastSavedAt: string | null;
  limit: LimitCheck;
  /** The server's word on the last save (its replay history is full), or null. */
  notice: string | null;
}

export interface Snapshot {
  scene: StoredScene;
  notes: string;
}

export interface AutosaveOptions {
  interviewId: string;
  initialVersion: number;
  /** Reads the canvas and notes as they are now (only when a save is due, never per change). */
  snapshot: () => Snapshot;
  transport: (body: string) => Promise<SaveOutcome>;
  store: DraftStore;
  /** A server timestamp and the request's send/receive times, to refine the clock offset. */
  onServerTime?: (serverMs: number, sentAtMs: number, receivedAtMs: number) => void;
  onClosed?: (code: "deadline_passed" | "already_submitted") => void;
  onStoreError?: (error: unknown) => void;
  debounceMs?: number;
  maxWaitMs?: number;
  random?: () => number;
}

export interface FinalSave {
  body: string;
  baseVersion: number;
  limit: LimitCheck;
}

type Timer = ReturnType<typeof setTimeout>;

export class AutosaveController {
  private state: AutosaveState;
  private readonly listeners = new Set<() => void>();
  /** Bumped on every change; compared with the revision a save carried to know if more is due. */
  private rev = 0;
  private savedRev = 0;
  private debounceTimer: Timer | null = null;
  private maxWaitTimer: Timer | null = null;
  private retryTimer: Timer | null = null;
  private inFlight: Promise<void> | null = null;
  private attempt = 0;
  private stopped = false;
  /** The idempotency key of the saves from the current base version (api.ts, newSaveKey). */
  private saveKey = newSaveKey();
  private readonly debounceMs: number;
  private readonly maxWaitMs: number;

  constructor(private readonly options: AutosaveOptions) {
    this.debounceMs = options.debounceMs ?? 1500;
    this.maxWaitMs = options.maxWaitMs ?? 5000;
    this.state = {
      status: { kind: "clean" },
      baseVersion: options.initialVersion,
      dirty: false,
      lastSavedAt: null,
      limit: { level: "ok", measure: null },
      notice: null,
    };
  }

  getState = (): AutosaveState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private update(patch: Partial<AutosaveState>) {
    // A new base version starts a new chain of saves, with a key of its own.
    if (patch.baseVersion !== undefined && patch.baseVersion !== this.state.baseVersion) this.saveKey = newSaveKey();
    this.state = { ...this.state, ...patch };
    for (const listener of this.listeners) listener();
  }

  private setStatus(status: SaveStatus) {
    this.update({ status, dirty: this.rev !== this.savedRev });
  }

  /** The drawing or the notes changed. */
  changed(): void {
    if (this.stopped) return;
    this.rev++;
    const kind = this.state.status.kind;
    if (kind === "conflict" || kind === "closed") {
      this.update({ dirty: true });
      return;
    }
    // Keep showing a failure until a save succeeds; otherwise announce that one is coming.
    if (kind === "clean" || kind === "saved") this.setStatus({ kind: "pending" });
    else this.update({ dirty: true });
    this.schedule();
  }

  /** Saves as soon as possible (an in-flight save is followed by another if needed). */
  saveNow(): void {
    if (this.stopped) return;
    this.clearTimer("retry");
    this.run("now");
  }

  /** Retries a save that failed (the `online` event, a click on "Retry"). */
  retryNow(): void {
    const kind = this.state.status.kind;
    if (kind === "offline" || kind === "error" || kind === "too_large") this.saveNow();
  }

  /** Opens a conflict found without a save (an old copy on this device, see restore.ts). */
  raiseConflict(current: ServerCopy, origin: "save" | "restore"): void {
    this.rev++;
    this.clearTimers();
    this.setStatus({ kind: "conflict", current, origin });
  }

  /** "Keep mine": save what is on screen over the other version. */
  keepMine(): void {
    const status = this.state.status;
    if (status.kind !== "conflict") return;
    this.update({ baseVersion: status.current.version });
    this.setStatus({ kind: "pending" });
    this.saveNow();
  }

  /** "Use the other one": the caller has put the server's copy on screen; adopt its version. */
  adoptServerCopy(copy: ServerCopy): void {
    this.clearTimers();
    this.savedRev = this.rev;
    this.attempt = 0;
    this.update({ baseVersion: copy.version, lastSavedAt: copy.savedAt ?? this.state.lastSavedAt });
    this.setStatus(copy.savedAt ? { kind: "saved", at: copy.savedAt } : { kind: "clean" });
    this.dropLocalCopy();
  }

  /** Writes the current drawing to this device only (page hidden, changes while offline). */
  persistLocally(): void {
    if (!this.state.dirty && this.state.status.kind !== "conflict") return;
    const snapshot = this.options.snapshot();
    this.keepLocalCopy(JSON.stringify(snapshot.scene), snapshot.notes);
  }

  /**
   * Stops the loop for submission and hands back the last drawing as a save body (the
   * submit carries it, so nothing drawn after the last autosave is lost).
   */
  async stopForSubmit(): Promise<FinalSave> {
    this.stopped = true;
    this.clearTimers();
    if (this.inFlight) await this.inFlight;
    const snapshot = this.options.snapshot();
    const sceneJson = JSON.stringify(snapshot.scene);
    const limit = checkLimits({ bytes: utf8ByteLength(sceneJson), elements: snapshot.scene.elements.length });
    this.keepLocalCopy(sceneJson, snapshot.notes);
    this.update({ limit });
    this.setStatus({ kind: "submitting" });
    return {
      body: draftBody(this.state.baseVersion, sceneJson, snapshot.notes, this.saveKey),
      baseVersion: this.state.baseVersion,
      limit,
    };
  }

  /** The submit failed: go back to saving as before. */
  resume(next?: SaveStatus): void {
    this.stopped = false;
    if (next) this.setStatus(next);
    else {
      this.setStatus({ kind: "pending" });
      this.schedule();
    }
  }

  /** The submit went through: the server has everything. */
  finished(): void {
    this.stopped = true;
    this.clearTimers();
    this.savedRev = this.rev;
    this.dropLocalCopy();
  }

  dispose(): void {
    this.stopped = true;
    this.clearTimers();
    this.listeners.clear();
  }

  private schedule() {
    this.clearTimer("debounce");
    this.debounceTimer = setTimeout(() => this.run("change"), this.debounceMs);
    this.maxWaitTimer ??= setTimeout(() => this.run("change"), this.maxWaitMs);
  }

  private clearTimer(which: "debounce" | "maxWait" | "retry") {
    const key = `${which}Timer` as const;
    const timer = this[key];
    if (timer !== null) clearTimeout(timer);
    this[key] = null;
  }

  private clearTimers() {
    this.clearTimer("debounce");
    this.clearTimer("maxWait");
    this.clearTimer("retry");
  }

  private run(reason: "change" | "now" | "retry") {
    this.clearTimer("debounce");
    this.clearTimer("maxWait");
    if (this.stopped) return;
    const kind = this.state.status.kind;
    if (kind === "conflict" || kind === "closed") return;
    // The next save starts when this one ends (it schedules itself if more changed).
    if (this.inFlight) return;
    // While a retry is waiting out its back-off, changes are only kept on the device: a
    // failing server should not get a request per stroke.
    if (reason === "change" && this.retryTimer !== null) {
      this.persistLocally();
      return;
    }
    this.inFlight = this.save().finally(() => {
      this.inFlight = null;
    });
  }

  private keepLocalCopy(sceneJson: string, notes: string) {
    this.options.store
      .put({
        interviewId: this.options.interviewId,
        baseVersion: this.state.baseVersion,
        sceneJson,
        notes,
        updatedAt: Date.now(),
      })
      .catch((error: unknown) => this.options.onStoreError?.(error));
  }

  private dropLocalCopy() {
    this.options.store.delete(this.options.interviewId).catch((error: unknown) => this.options.onStoreError?.(error));
  }

  private async save(): Promise<void> {
    const rev = this.rev;
    const snapshot = this.options.snapshot();
    const sceneJson = JSON.stringify(snapshot.scene);
    const limit = checkLimits({ bytes: utf8ByteLength(sceneJson), elements: snapshot.scene.elements.length });
    // The device copy goes first, so a failure (or a closed tab) mid-request loses nothing.
    this.keepLocalCopy(sceneJson, snapshot.notes);
    this.update({ limit });
    if (limit.level === "over") {
      this.setStatus({ kind: "too_large", measure: limit.measure });
      return;
    }
    const baseVersion = this.state.baseVersion;
    this.setStatus({ kind: "saving" });
    const sentAt = Date.now();
    const outcome = await this.options.transport(draftBody(baseVersion, sceneJson, snapshot.notes, this.saveKey));
    const receivedAt = Date.now();

    switch (outcome.kind) {
      case "saved": {
        this.savedRev = rev;
        this.attempt = 0;
        this.clearTimer("retry");
        const serverMs = Date.parse(outcome.savedAt);
        if (Number.isFinite(serverMs)) this.options.onServerTime?.(serverMs, sentAt, receivedAt);
        this.update({ baseVersion: outcome.version, lastSavedAt: outcome.savedAt, notice: outcome.notice ?? null });
        if (this.rev === rev) {
          this.dropLocalCopy();
          this.setStatus({ kind: "saved", at: outcome.savedAt });
        } else if (!this.stopped) {
          this.setStatus({ kind: "pending" });
          this.schedule();
        }
        return;
      }
      case "conflict":
        this.clearTimers();
        this.setStatus({ kind: "conflict", current: outcome.current, origin: "save" });
        return;
      case "closed":
        this.clearTimers();
        this.stopped = true;
        this.setStatus({ kind: "closed", code: outcome.code, message: outcome.message });
        this.options.onClosed?.(outcome.code);
        return;
      case "too_large":
        this.setStatus({ kind: "too_large", measure: null });
        return;
      case "refused":
        this.setStatus({ kind: "error", reason: outcome.reason, message: outcome.message });
        return;
      case "unavailable": {
        this.attempt++;
        const delay = retryDelay(this.attempt, this.options.random);
        this.clearTimer("retry");
        if (!this.stopped) {
          this.retryTimer = setTimeout(() => {
            this.retryTimer = null;
            this.run("retry");
          }, delay);
        }
        this.setStatus({ kind: "offline", message: outcome.message, nextRetryAt: Date.now() + delay });
        // What changed during the failed request is not in the device copy yet.
        if (this.rev !== rev && !this.stopped) this.schedule();
        return;
      }
    }
  }
}
