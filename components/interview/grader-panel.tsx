"use client";

import type { ReactNode } from "react";
import { LabelSuggestions } from "@/components/coach/label-suggestions";
import { LooseConnections } from "@/components/reading/loose-connections";
import { ReadingRow } from "@/components/reading/reading-row";
import type { ReadingActions, ReadingTools } from "@/components/reading/use-reading";
import { Badge } from "@/components/ui/badge";
import type { ComponentKind } from "@/lib/grading/contract";
import { kindTitle } from "@/lib/grading/kinds";
import type { ComponentJson } from "@/lib/grading/types";
import type { GraderSummary, KindGroup } from "@/lib/interviews/client/grader-view";
import { ROLE_TITLES } from "@/lib/interviews/client/grader-view";
import { cn } from "@/lib/ui/cn";
import type { GraderView } from "./hooks/use-grader-view";

type Select = (elementIds: string[]) => void;

const rowButton =
  "flex w-full items-center gap-2 rounded-md px-2 py-1.5 text-left text-sm hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-indigo-600";

function ComponentRow({
  component,
  zone,
  onSelect,
  handTagged,
  reading,
}: {
  component: ComponentJson;
  zone: string | null;
  onSelect: Select;
  handTagged: boolean;
  reading: ReadingActions;
}) {
  const label = component.label.trim() || "(no label)";
  return (
    <li className="pb-1">
      <button
        type="button"
        className={rowButton}
        onClick={() => onSelect(component.elementIds)}
        aria-label={`Select “${label}” on the board`}
      >
        <span className="min-w-0 flex-1 truncate text-slate-800">{label}</span>
        {component.role && component.role !== "standalone" ? (
          <Badge tone="accent">{ROLE_TITLES[component.role]}</Badge>
        ) : null}
        {component.replicas > 1 ? <Badge>×{component.replicas}</Badge> : null}
        {zone ? <span className="max-w-24 truncate text-xs text-slate-500">in {zone}</span> : null}
      </button>
      <div className="px-2">
        <ReadingRow
          component={component}
          elementIds={component.elementIds}
          subject={component.label.trim() ? `“${component.label.trim()}”` : `this ${kindTitle(component.kind)}`}
          handTagged={handTagged}
          actions={reading}
        />
      </div>
    </li>
  );
}

function KindSection({
  group,
  summary,
  onSelect,
  reading,
}: {
  group: KindGroup;
  summary: GraderSummary;
  onSelect: Select;
  reading: ReadingActions;
}) {
  const title = kindTitle(group.kind);
  return (
    <li className="rounded-lg border border-slate-200 bg-white">
      <button
        type="button"
        className="flex w-full items-center gap-2 rounded-t-lg px-3 py-2 text-left hover:bg-slate-50"
        onClick={() => onSelect(group.elementIds)}
        aria-label={`Select all ${title} components on the board`}
      >
        <span className="flex-1 text-sm font-semibold text-slate-900">{title}</span>
        <span className="text-xs text-slate-500 tabular-nums">
          {group.count}
          {group.instances > group.count ? ` · ${group.instances} instances` : ""}
        </span>
      </button>
      <ul className="border-t border-slate-100 px-1 py-1">
        {group.components.map((component) => (
          <ComponentRow
            key={component.id}
            component={component}
            zone={component.zone ? (summary.zoneLabels[component.zone] ?? "a zone") : null}
            onSelect={onSelect}
            handTagged={summary.handTagged.has(component.id)}
            reading={reading}
          />
        ))}
      </ul>
    </li>
  );
}

function Heading({ children, count }: { children: ReactNode; count?: number }) {
  return (
    <h3 className="flex items-center gap-2 text-xs font-semibold tracking-wide text-slate-500 uppercase">
      {children}
      {count !== undefined ? (
        <span className="rounded-full bg-slate-100 px-1.5 text-[11px] text-slate-600 tabular-nums">{count}</span>
      ) : null}
    </h3>
  );
}

/**
 * "What the grader sees", live: components by kind and the labels it could not place, so a
 * label can be fixed before submitting. Clicking an entry selects it on the board; each says
 * how it was read and has a "This is a…" picker to correct it. No score.
 */
export function GraderPanel({
  view,
  requiredKinds,
  onSelect,
  reading,
  footer,
  suggestions = null,
}: {
  view: GraderView;
  requiredKinds: Exclude<ComponentKind, "unknown">[];
  onSelect: Select;
  reading: Pick<ReadingTools, "actions" | "announcement">;
  footer: ReactNode;
  /** With a model configured: the coach suggests kinds for the labels not recognised. */
  suggestions?: { interviewId: string } | null;
}) {
  const stale = view.kind !== "waiting" && view.stale;
  const summary = view.kind === "ready" ? view.summary : null;
  const present = new Set(summary?.groups.map((group) => group.kind));
  return (
    <div className="space-y-5">
      <div className="flex items-start justify-between gap-3">
        <p className="text-sm leading-relaxed text-slate-600">
          Updated as you draw. The score comes only after you submit.
        </p>
        <span
          className={cn("shrink-0 text-xs text-slate-400 transition-opacity", stale ? "opacity-100" : "opacity-0")}
          aria-hidden={!stale}
        >
          Updating…
        </span>
      </div>

      {view.kind === "error" ? (
        <p className="rounded-lg bg-red-50 px-3 py-2 text-sm text-red-800 ring-1 ring-red-200 ring-inset">
          {view.message}
        </p>
      ) : null}

      {summary ? (
        <div className="space-y-5">
          <p className="text-sm text-slate-700" data-testid="grader-counts">
            <strong className="font-semibold text-slate-900">{summary.componentCount}</strong> components ·{" "}
            <strong className="font-semibold text-slate-900">{summary.connectionCount}</strong> connections ·{" "}
            <strong className="font-semibold text-slate-900">{summary.zoneCount}</strong> zones
          </p>
          <p
            role="status"
            className="rounded-md bg-indigo-50 px-2 py-1 text-xs text-indigo-900 empty:hidden"
            data-testid="reading-status"
          >
            {reading.announcement}
          </p>

          {summary.unrecognised.length > 0 ? (
            <section aria-labelledby="grader-unrecognised" className="space-y-2">
              <Heading count={summary.unrecognised.length}>
                <span id="grader-unrecognised">Not recognised</span>
              </Heading>
              {suggestions ? (
                <LabelSuggestions
                  interviewId={suggestions.interviewId}
                  entries={summary.unrecognised}
                  disabled={reading.actions.disabled}
                  onAccept={(entry, kind, subject) => reading.actions.tag(entry.elementIds, kind, subject)}
                />
              ) : null}
              <ul className="space-y-2">
                {summary.unrecognised.map((entry, index) => (
                  <li
                    key={`${entry.elementIds[0] ?? entry.label}-${index}`}
                    className="rounded-lg border border-amber-200 bg-amber-50 px-3 py-2"
                  >
                    <button
                      type="button"
                      className="w-full text-left text-sm font-medium text-amber-950 underline-offset-2 hover:underline"
                      onClick={() => onSelect(entry.elementIds)}
                      aria-label={`Select “${entry.label || "unlabelled shape"}” on the board`}
                    >
                      {entry.label.trim() ? `“${entry.label}”` : "Unlabelled shape"}
                    </button>
                    <p className="mt-0.5 text-xs leading-relaxed text-amber-900">{entry.hint}</p>
                    <div className="mt-1.5">
                      <ReadingRow
                        component={entry.component}
                        elementIds={entry.elementIds}
                        subject={entry.label.trim() ? `“${entry.label.trim()}”` : "this shape"}
                        handTagged={false}
                        actions={reading.actions}
                      />
                    </div>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}

          <section aria-labelledby="grader-components" className="space-y-2">
            <Heading>
              <span id="grader-components">Recognised components</span>
            </Heading>
            {summary.groups.length > 0 ? (
              <ul className="space-y-2">
                {summary.groups.map((group) => (
                  <KindSection
                    key={group.kind}
                    group={group}
                    summary={summary}
                    onSelect={onSelect}
                    reading={reading.actions}
                  />
                ))}
              </ul>
            ) : (
              <p className="rounded-lg border border-dashed border-slate-300 px-3 py-4 text-center text-sm text-slate-500">
                Nothing yet. Drag a component from the palette, or draw a box and label it (“load balancer”, “Redis
                cache”).
              </p>
            )}
          </section>

          <LooseConnections connections={summary.loose} actions={reading.actions} onSelect={onSelect} />

          {requiredKinds.length > 0 ? (
            <section aria-labelledby="grader-expected" className="space-y-2">
              <Heading>
                <span id="grader-expected">This prompt expects</span>
              </Heading>
              <ul className="flex flex-wrap gap-1.5">
                {requiredKinds.map((kind) => (
                  <li key={kind}>
                    <Badge tone={present.has(kind) ? "success" : "neutral"}>
                      <span aria-hidden="true">{present.has(kind) ? "✓" : "○"}</span>
                      {kindTitle(kind)}
                      <span className="sr-only">{present.has(kind) ? " (drawn)" : " (not drawn yet)"}</span>
                    </Badge>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
        </div>
      ) : view.kind === "waiting" ? (
        <p className="text-sm text-slate-500">Reading the board…</p>
      ) : null}

      {footer}
    </div>
  );
}
