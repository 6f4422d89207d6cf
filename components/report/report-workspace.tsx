"use client";

import { useTranslations } from "next-intl";
import { useCallback, useMemo, useRef, useState, type ReactNode } from "react";
import { CoachFeedback } from "@/components/coach/coach-feedback";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Section } from "@/components/ui/section";
import type { CoachReport } from "@/lib/coach/report";
import type { StoredScene } from "@/lib/interviews/scene";
import type { ReportData, ReportFinding } from "@/lib/reports/types";
import { ReportCanvasContext } from "./canvas-context";
import { ComponentList } from "./component-list";
import { ExportButtons } from "./export-buttons";
import { FindingList } from "./finding-list";
import { ReplaySlider } from "./replay-slider";
import { ReportCanvas } from "./report-canvas";
import { useReportCanvas, type HighlightTone } from "./use-report-canvas";

/**
 * The interactive part of the report: the read-only drawing with its replay, the findings
 * (each one points at its elements in the drawing) and what the grader recognised.
 */
export function ReportWorkspace({
  report,
  scene,
  fileStem,
  coach,
  testHooks = false,
  canvasOverlay = null,
  drawingTitle,
}: {
  report: ReportData;
  scene: StoredScene;
  fileStem: string;
  /** The AI coach's section (null when the report has no grade to coach on). */
  coach?: CoachReport | null;
  /** Expose the canvas to the browser tests (components/testing/test-hooks.ts). */
  testHooks?: boolean;
  /** Laid over the drawing (the review's pins); reads the canvas through ReportCanvasContext. */
  canvasOverlay?: ReactNode;
  /** Whose drawing it is, as the heading says it ("Dana's drawing"); the candidate's own by default. */
  drawingTitle?: string;
}) {
  const t = useTranslations("report");
  const title = drawingTitle ?? t("workspace.yourDrawing");
  const canvas = useReportCanvas(report, testHooks);
  const [active, setActive] = useState<string | null>(null);
  const [message, setMessage] = useState("");
  const [onFinal, setOnFinal] = useState(true);
  const [finalKey, setFinalKey] = useState(0);
  const [emptyShown, setEmptyShown] = useState(scene.elements.length === 0);
  const canvasBox = useRef<HTMLDivElement>(null);
  const finalScene = useMemo(() => ({ elements: scene.elements, files: scene.files }), [scene]);

  const pick = useCallback(
    async (key: string, label: string, elementIds: string[], tone: HighlightTone) => {
      if (active === key) {
        setActive(null);
        setMessage("");
        await canvas.clearHighlight();
        return;
      }
      setActive(key);
      // Findings are about the graded drawing: leave the replay first (and cancel any revision on its way).
      setFinalKey((value) => value + 1);
      if (!onFinal) {
        await canvas.showScene(finalScene);
        setOnFinal(true);
        setEmptyShown(finalScene.elements.length === 0);
      }
      const shown = await canvas.highlight(elementIds, tone);
      // On narrow screens the drawing sits above the list: bring it into view (a no-op when visible).
      canvasBox.current?.scrollIntoView({ block: "nearest", behavior: "smooth" });
      setMessage(shown > 0 ? t("workspace.highlighted", { label }) : t("workspace.nothingToPoint", { label }));
    },
    [active, onFinal, canvas, finalScene, t],
  );

  const pickFinding = useCallback(
    (finding: ReportFinding) =>
      void pick(
        `rule:${finding.ruleId}`,
        finding.title,
        finding.elementIds,
        finding.status === "pass" ? "pass" : finding.status === "fail" ? "fail" : "info",
      ),
    [pick],
  );

  const showReplayScene = useCallback(
    async (next: { elements: readonly unknown[]; files: Record<string, unknown> }) => {
      setOnFinal(next === finalScene);
      setEmptyShown(next.elements.length === 0);
      await canvas.showScene(next);
    },
    [canvas, finalScene],
  );

  const activeRuleId = active?.startsWith("rule:") ? active.slice(5) : null;

  return (
    <div className="space-y-8">
      <div className="grid items-start gap-6 lg:grid-cols-[minmax(0,1fr)_25rem] xl:grid-cols-[minmax(0,1fr)_28rem]">
        <div className="space-y-2 lg:sticky lg:top-20">
          <Card className="overflow-hidden">
            <div className="flex flex-wrap items-center justify-between gap-2 border-b border-slate-100 px-4 py-2.5">
              <div className="flex items-center gap-2">
                <h2 className="text-sm font-semibold text-slate-900">
                  {onFinal ? t("workspace.asGraded", { title }) : t("workspace.replayed", { title })}
                </h2>
                <Button
                  variant="secondary"
                  size="sm"
                  className="h-7 px-2.5 text-xs"
                  onClick={canvas.fit}
                  disabled={!canvas.ready || emptyShown}
                  title={t("workspace.fitTitle")}
                >
                  {t("workspace.fit")}
                </Button>
              </div>
              <ExportButtons
                interviewId={report.interviewId}
                fileStem={fileStem}
                drawing={canvas.currentDrawing}
                hasDrawing={!emptyShown}
              />
            </div>
            <div ref={canvasBox} className="relative h-[60vh] min-h-80 bg-white">
              <ReportCanvas scene={scene} onReady={canvas.onReady} />
              <ReportCanvasContext.Provider value={canvas}>{canvasOverlay}</ReportCanvasContext.Provider>
              {emptyShown ? (
                <div className="pointer-events-none absolute inset-0 z-10 flex items-center justify-center p-6">
                  <p className="max-w-sm rounded-lg border border-dashed border-slate-300 bg-white/90 px-4 py-3 text-center text-sm text-slate-600">
                    {onFinal ? t("workspace.emptyFinal") : t("workspace.emptyReplay")}
                  </p>
                </div>
              ) : null}
            </div>
            <div className="border-t border-slate-100 px-4 py-3">
              <ReplaySlider
                interviewId={report.interviewId}
                startedAt={report.startedAt}
                finalScene={finalScene}
                finalKey={finalKey}
                disabled={!canvas.ready}
                showScene={showReplayScene}
                onMove={() => {
                  setActive(null);
                  setMessage("");
                }}
              />
            </div>
          </Card>
          <p role="status" className="min-h-5 px-1 text-sm text-slate-600" data-testid="highlight-status">
            {message || t("workspace.navigationHint")}
          </p>
        </div>

        <Section id="findings-title" title={t("findings.title")}>
          <p className="mt-1 text-sm text-slate-600">{t("findings.intro")}</p>
          <div className="mt-4">
            <FindingList
              findings={report.findings}
              summary={report.summary}
              activeRuleId={activeRuleId}
              onPick={pickFinding}
            />
          </div>
        </Section>
      </div>

      {coach ? (
        <CoachFeedback
          interviewId={report.interviewId}
          coach={coach}
          activeKey={active}
          onPick={(key, label, elementIds) => void pick(key, label, elementIds, "info")}
        />
      ) : null}

      <ComponentList
        components={report.components}
        handTagged={report.handTagged}
        zones={report.zones}
        unrecognised={report.unrecognised}
        requiredKinds={report.requiredKinds}
        activeKey={active}
        onPick={(key, label, elementIds) => void pick(key, label, elementIds, "info")}
      />
    </div>
  );
}
