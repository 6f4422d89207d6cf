"use client";

import "@/components/excalidraw/self-hosted-assets";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import type { ExcalidrawElement } from "@excalidraw/excalidraw/element/types";
import type { BinaryFileData, BinaryFiles, ExcalidrawImperativeAPI, LibraryItems } from "@excalidraw/excalidraw/types";
import { InterviewerPanel, type CoachSetup } from "@/components/coach/interviewer-panel";
import { ReadingOverlay } from "@/components/reading/reading-overlay";
import { readingMarks } from "@/components/reading/marks";
import { useReading } from "@/components/reading/use-reading";
import { exposeBoardForTests, hideBoardFromTests } from "@/components/testing/test-hooks";
import { Button } from "@/components/ui/button";
import type { ServerCopy } from "@/lib/interviews/client/api";
import type { Snapshot } from "@/lib/interviews/client/autosave";
import { browserDraftStore, serialStore } from "@/lib/interviews/client/draft-store";
import { saveImportedLibrary } from "@/lib/interviews/client/library-store";
import { buildStoredScene, sceneFingerprint } from "@/lib/interviews/client/scene";
import type { StoredScene } from "@/lib/interviews/scene";
import type { InterviewInitialData } from "@/lib/interviews/client/types";
import { buildPaletteLibraryItems } from "@/lib/palette";
import { ConflictDialog } from "./conflict-dialog";
import { GraderPanel } from "./grader-panel";
import { useAutosave } from "./hooks/use-autosave";
import { useGraderView } from "./hooks/use-grader-view";
import { useOpening } from "./hooks/use-opening";
import { useServerClock } from "./hooks/use-server-clock";
import { useSubmit } from "./hooks/use-submit";
import { GraderIcon, InterviewerIcon, NotesIcon, PromptIcon } from "./icons";
import { InterviewBar } from "./interview-bar";
import { InterviewCanvas } from "./interview-canvas";
import { NotesBox } from "./notes-box";
import { Notices } from "./notices";
import { PaletteSection } from "./palette-section";
import { PhaseBar } from "./phase-bar";
import { PhaseList } from "./phase-list";
import { PromptPanel } from "./prompt-panel";
import { SaveStatus } from "./save-status";
import { SidePanel } from "./side-panel";
import { SubmitDialog } from "./submit-dialog";
import { TimeLeftText, Timer } from "./timer";
import { TimeUpOverlay } from "./time-up-overlay";

/**
 * The interview page on the client: the board, the prompt and grader panel, the clock,
 * autosave with its device copy and conflict handling, and submitting.
 */
export function InterviewWorkspace({
  initial,
  coach,
  testHooks = false,
}: {
  initial: InterviewInitialData;
  /** The AI coach: whether the chat is on, and the transcript so far. */
  coach: CoachSetup;
  /** Expose the board to the browser tests (components/testing/test-hooks.ts). */
  testHooks?: boolean;
}) {
  const t = useTranslations("interview");
  const locale = useLocale();
  const router = useRouter();
  const interviewId = initial.id;
  const reportUrl = `/interviews/${interviewId}/report`;
  const deadlineMs = Date.parse(initial.deadline);
  const startedMs = Date.parse(initial.startedAt);

  const clock = useServerClock(initial.serverNow);
  const [store] = useState(() => serialStore(browserDraftStore()));
  const server = useMemo(() => ({ version: initial.version, scene: initial.scene, notes: initial.notes }), [initial]);
  const opening = useOpening(interviewId, server, store);

  const [api, setApi] = useState<ExcalidrawImperativeAPI | null>(null);
  const apiRef = useRef<ExcalidrawImperativeAPI | null>(null);
  const [notes, setNotes] = useState(initial.notes);
  const notesRef = useRef(initial.notes);
  /** What the board opened with: the snapshot until Excalidraw is ready. */
  const openingScene = useRef<StoredScene>(initial.scene);
  /** Fingerprint of the drawing last seen, to ignore onChange calls that change nothing. */
  const fingerprint = useRef<string | null>(null);

  const snapshot = useCallback((): Snapshot => {
    const board = apiRef.current;
    const scene = board
      ? buildStoredScene(board.getSceneElementsIncludingDeleted(), board.getAppState(), board.getFiles())
      : openingScene.current;
    return { scene, notes: notesRef.current };
  }, []);

  const [saveState, autosave] = useAutosave({
    interviewId,
    initialVersion: initial.version,
    snapshot,
    store,
    onServerTime: (serverMs, sentAt, receivedAt) => clock.refine(serverMs, sentAt, receivedAt),
    onClosed: () => router.replace(reportUrl),
  });
  const grader = useGraderView(api);
  const {
    submit,
    state: submitState,
    reset: resetSubmit,
  } = useSubmit({ interviewId, controller: autosave, clock, deadlineMs });

  // --- Opening: a newer copy kept on this device wins over the server's (same lineage). ---
  const [restored, setRestored] = useState(false);
  const openingApplied = useRef(false);
  const openingDecision = opening?.decision;
  // The canvas takes its scene once, as initial data: the refs hold what it mounts with, and are
  // set before it first renders. Excalidraw owns the drawing after that.
  /* eslint-disable react-hooks/refs -- initial data written once, before the canvas mounts */
  if (openingDecision && openingDecision.kind !== "server" && !openingApplied.current) {
    openingScene.current = openingDecision.scene;
    notesRef.current = openingDecision.notes;
  }
  /* eslint-enable react-hooks/refs */
  useEffect(() => {
    if (!openingDecision || openingDecision.kind === "server") return;
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the opening decision arrives once, after mount
    setNotes(openingDecision.notes);
  }, [openingDecision]);
  useEffect(() => {
    if (!api || !openingDecision || openingApplied.current) return;
    openingApplied.current = true;
    if (openingDecision.kind === "local") {
      // eslint-disable-next-line react-hooks/set-state-in-effect -- runs once, when the canvas is ready
      setRestored(true);
      autosave.changed();
      autosave.saveNow();
    } else if (openingDecision.kind === "conflict") {
      autosave.raiseConflict(
        { version: server.version, scene: server.scene, notes: server.notes, savedAt: null },
        "restore",
      );
    }
  }, [api, openingDecision, autosave, server]);

  // --- The board ---
  const onReady = useCallback(
    (board: ExcalidrawImperativeAPI) => {
      apiRef.current = board;
      setApi(board);
      if (testHooks) void exposeBoardForTests(board);
    },
    [testHooks],
  );
  useEffect(() => () => (api ? hideBoardFromTests(api) : undefined), [api]);

  const scheduleGrader = grader.schedule;
  const onChange = useCallback(
    (elements: readonly ExcalidrawElement[], _appState: unknown, files: BinaryFiles) => {
      const next = sceneFingerprint(elements, files);
      if (next === fingerprint.current) return;
      const first = fingerprint.current === null;
      fingerprint.current = next;
      scheduleGrader();
      // The first call reports the drawing the board opened with: nothing to save yet.
      if (!first) autosave.changed();
    },
    [autosave, scheduleGrader],
  );

  const onNotesChange = useCallback(
    (value: string) => {
      notesRef.current = value;
      setNotes(value);
      autosave.changed();
    },
    [autosave],
  );

  const selectOnBoard = useCallback((elementIds: string[]) => {
    const board = apiRef.current;
    if (!board || elementIds.length === 0) return;
    const wanted = new Set(elementIds);
    const elements = board.getSceneElements().filter((element) => wanted.has(element.id));
    if (elements.length === 0) return;
    board.updateScene({
      appState: {
        selectedElementIds: Object.fromEntries(elements.map((element) => [element.id, true as const])),
        selectedGroupIds: {},
      },
    });
    board.scrollToContent(elements, { fitToViewport: false, animate: true, duration: 300 });
  }, []);

  // --- Library: the palette plus what this person imported before ---
  const palette = useMemo(() => buildPaletteLibraryItems(locale), [locale]);
  const paletteIds = useMemo(() => new Set(palette.map((item) => item.id)), [palette]);
  const libraryItems = useMemo(
    () => (opening ? [...palette, ...opening.importedLibrary] : palette),
    [opening, palette],
  );
  const onLibraryChange = useCallback(
    (items: LibraryItems) => void saveImportedLibrary(items, paletteIds).catch(() => undefined),
    [paletteIds],
  );

  // --- Conflicts ---
  const conflict = saveState.status.kind === "conflict" ? saveState.status : null;
  const mine = useCallback(() => snapshot().scene, [snapshot]);
  const adoptTheirs = useCallback(
    async (copy: ServerCopy) => {
      const board = apiRef.current;
      if (!board) return;
      const { restoreElements, CaptureUpdateAction } = await import("@excalidraw/excalidraw");
      const files = Object.values(copy.scene.files) as BinaryFileData[];
      if (files.length > 0) board.addFiles(files);
      board.updateScene({
        elements: restoreElements(copy.scene.elements as ExcalidrawElement[], null),
        // Undoable: the person can step back to their own drawing if they change their mind.
        captureUpdate: CaptureUpdateAction.IMMEDIATELY,
      });
      fingerprint.current = sceneFingerprint(board.getSceneElementsIncludingDeleted(), board.getFiles());
      notesRef.current = copy.notes;
      setNotes(copy.notes);
      autosave.adoptServerCopy(copy);
      scheduleGrader();
    },
    [autosave, scheduleGrader],
  );

  // --- Time and submitting ---
  const [timeUp, setTimeUp] = useState(false);
  useEffect(() => {
    const check = () => {
      if (clock.now() >= deadlineMs) setTimeUp(true);
    };
    check();
    return clock.subscribe(check);
  }, [clock, deadlineMs]);

  const [confirmOpen, setConfirmOpen] = useState(false);
  useEffect(() => {
    if (!timeUp) return;
    // eslint-disable-next-line react-hooks/set-state-in-effect -- time is up: the dialog closes as the page submits
    setConfirmOpen(false);
    void submit(true);
  }, [timeUp, submit]);

  const confirmSubmit = useCallback(async () => {
    const ok = await submit(false);
    if (!ok && autosave.getState().status.kind === "conflict") setConfirmOpen(false);
  }, [submit, autosave]);

  const submitting = submitState.kind === "submitting" || submitState.kind === "done";
  const readOnly = timeUp || submitting || saveState.status.kind === "closed";
  const summary = grader.view.kind === "ready" ? grader.view.summary : null;
  const unrecognised = summary?.unrecognised.length ?? 0;
  const reading = useReading(api, readOnly);
  const marks = useMemo(() => readingMarks(summary, reading.highlighted), [summary, reading.highlighted]);

  const [panelOpen, setPanelOpen] = useState(true);
  const [tab, setTab] = useState("prompt");
  const phaseProps = { clock, serverNow: initial.serverNow, startedMs, deadlineMs };

  return (
    <div className="flex h-[calc(100dvh-4rem)] min-h-[30rem] flex-col bg-slate-50">
      <InterviewBar
        title={initial.prompt.title}
        promptSlug={initial.prompt.slug}
        phase={<PhaseBar {...phaseProps} />}
        saveStatus={<SaveStatus state={saveState} onRetry={() => autosave.retryNow()} />}
        timer={<Timer clock={clock} serverNow={initial.serverNow} deadlineMs={deadlineMs} />}
        actions={
          <Button
            onClick={() => {
              resetSubmit();
              setConfirmOpen(true);
            }}
            disabled={readOnly || !api}
            aria-haspopup="dialog"
          >
            {t("submit.button")}
          </Button>
        }
      />
      <Notices state={saveState} restored={restored} onDismissRestored={() => setRestored(false)} />
      <div className="flex min-h-0 flex-1">
        <SidePanel
          open={panelOpen}
          onOpenChange={setPanelOpen}
          active={tab}
          onActiveChange={setTab}
          tabs={[
            {
              id: "prompt",
              title: t("tabs.prompt"),
              icon: <PromptIcon />,
              content: <PromptPanel prompt={initial.prompt} pace={<PhaseList {...phaseProps} />} />,
            },
            {
              id: "grader",
              title: t("tabs.grader"),
              icon: <GraderIcon />,
              badge:
                unrecognised > 0 ? (
                  <span
                    className="rounded-full bg-amber-100 px-1.5 text-[11px] font-semibold text-amber-800 tabular-nums"
                    title={t("tabs.unrecognisedCount", { count: unrecognised })}
                  >
                    {unrecognised}
                    <span className="sr-only"> {t("tabs.unrecognised")}</span>
                  </span>
                ) : undefined,
              content: (
                <GraderPanel
                  view={grader.view}
                  requiredKinds={initial.prompt.rubric.requiredKinds ?? []}
                  onSelect={selectOnBoard}
                  reading={reading}
                  footer={<PaletteSection api={api} paletteCount={palette.length} />}
                  suggestions={coach.enabled ? { interviewId } : null}
                />
              ),
            },
            {
              id: "interviewer",
              title: t("tabs.interviewer"),
              icon: <InterviewerIcon />,
              content: (
                <InterviewerPanel
                  api={api}
                  rubric={initial.prompt.rubric}
                  phase={phaseProps}
                  interviewId={interviewId}
                  coach={coach}
                  readOnly={readOnly}
                  onSelect={selectOnBoard}
                />
              ),
            },
            {
              id: "notes",
              title: t("tabs.notes"),
              icon: <NotesIcon />,
              content: <NotesBox value={notes} onChange={onNotesChange} disabled={readOnly} />,
            },
          ]}
        />
        <div className="relative min-w-0 flex-1" role="region" aria-label={t("whiteboard")}>
          {opening ? (
            <InterviewCanvas
              // eslint-disable-next-line react-hooks/refs -- initial data only, read once at mount
              scene={openingScene.current}
              libraryItems={libraryItems}
              readOnly={readOnly}
              onReady={onReady}
              onChange={onChange}
              onLibraryChange={onLibraryChange}
            />
          ) : (
            <div className="flex h-full items-center justify-center text-sm text-slate-500" role="status">
              {t("opening")}
            </div>
          )}
          <ReadingOverlay api={api} marks={marks} />
          {timeUp ? <TimeUpOverlay state={submitState} /> : null}
        </div>
      </div>

      <ConflictDialog
        conflict={conflict && !timeUp ? conflict : null}
        mine={mine}
        onKeepMine={() => autosave.keepMine()}
        onUseTheirs={(copy) => void adoptTheirs(copy)}
      />
      <SubmitDialog
        open={confirmOpen && !timeUp && !conflict}
        summary={summary}
        timeLeft={<TimeLeftText clock={clock} serverNow={initial.serverNow} deadlineMs={deadlineMs} />}
        pending={submitState.kind === "submitting" || submitState.kind === "done"}
        error={submitState.kind === "failed" ? submitState.reason : null}
        onConfirm={() => void confirmSubmit()}
        onClose={() => setConfirmOpen(false)}
      />
    </div>
  );
}
