"use client";

import { useLocale, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { LabelSuggestions } from "@/components/coach/label-suggestions";
import { LooseConnections } from "@/components/reading/loose-connections";
import { ReadingRow } from "@/components/reading/reading-row";
import type { ReadingActions, ReadingTools } from "@/components/reading/use-reading";
import { Badge } from "@/components/ui/badge";
import type { ComponentKind } from "@/lib/grading/contract";
import { kindTitleIn } from "@/lib/grading/locales";
import type { ComponentJson } from "@/lib/grading/types";
import type { GraderSummary, KindGroup } from "@/lib/interviews/client/grader-view";
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
  const t = useTranslations("interview");
  const locale = useLocale();
  const label = component.label.trim() || t("grader.noLabel");
  return (
    <li className="pb-1">
      <button
        type="button"
        className={rowButton}
        onClick={() => onSelect(component.elementIds)}
        aria-label={t("grader.selectOnBoard", { label })}
      >
        <span className="min-w-0 flex-1 truncate text-slate-800">{label}</span>
        {component.role && component.role !== "standalone" ? (
          <Badge tone="accent">{t(`roles.${component.role}`)}</Badge>
        ) : null}
        {component.replicas > 1 ? <Badge>×{component.replicas}</Badge> : null}
        {zone ? <span className="max-w-24 truncate text-xs text-slate-500">{t("grader.inZone", { zone })}</span> : null}
      </button>
      <div className="px-2">
        <ReadingRow
          component={component}
          elementIds={component.elementIds}
          subject={
            component.label.trim()
              ? t("grader.subjectLabelled", { label: component.label.trim() })
              : t("grader.subjectKind", { kind: kindTitleIn(component.kind, locale) })
          }
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
  const t = useTranslations("interview");
  const title = kindTitleIn(group.kind, useLocale());
  return (
    <li className="rounded-lg border border-slate-200 bg-white">
      <button
        type="button"
        className="flex w-full items-center gap-2 rounded-t-lg px-3 py-2 text-left hover:bg-slate-50"
        onClick={() => onSelect(group.elementIds)}
        aria-label={t("grader.selectKind", { kind: title })}
      >
        <span className="flex-1 text-sm font-semibold text-slate-900">{title}</span>
        <span className="text-xs text-slate-500 tabular-nums">
          {group.count}
          {group.instances > group.count ? ` · ${t("grader.instances", { count: group.instances })}` : ""}
        </span>
      </button>
      <ul className="border-t border-slate-100 px-1 py-1">
        {group.components.map((component) => (
          <ComponentRow
            key={component.id}
            component={component}
            zone={component.zone ? (summary.zoneLabels[component.zone] ?? t("grader.untitledZone")) : null}
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
  const t = useTranslations("interview");
  const locale = useLocale();
  const stale = view.kind !== "waiting" && view.stale;
  const summary = view.kind === "ready" ? view.summary : null;
  const present = new Set(summary?.groups.map((group) => group.kind));
  return (
    <div className="space-y-5">
      <div className="flex items-start justify-between gap-3">
        <p className="text-sm leading-relaxed text-slate-600">{t("grader.intro")}</p>
        <span
          className={cn("shrink-0 text-xs text-slate-400 transition-opacity", stale ? "opacity-100" : "opacity-0")}
          aria-hidden={!stale}
        >
          {t("grader.updating")}
        </span>
      </div>

      {view.kind === "error" ? (
        <p className="rounded-lg bg-red-50 px-3 py-2 text-sm text-red-800 ring-1 ring-red-200 ring-inset">
          {t(`grader.unreadable.${view.reason}`)}
        </p>
      ) : null}

      {summary ? (
        <div className="space-y-5">
          <p className="text-sm text-slate-700" data-testid="grader-counts">
            {t.rich("grader.counts", {
              components: summary.componentCount,
              connections: summary.connectionCount,
              zones: summary.zoneCount,
              strong: (chunks) => <strong className="font-semibold text-slate-900">{chunks}</strong>,
            })}
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
                <span id="grader-unrecognised">{t("grader.unrecognised")}</span>
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
                      aria-label={t("grader.selectOnBoard", { label: entry.label || t("grader.unlabelledShape") })}
                    >
                      {entry.label.trim() ? t("grader.quoted", { label: entry.label }) : t("grader.unlabelledShape")}
                    </button>
                    <p className="mt-0.5 text-xs leading-relaxed text-amber-900">{t(`grader.hints.${entry.hint}`)}</p>
                    <div className="mt-1.5">
                      <ReadingRow
                        component={entry.component}
                        elementIds={entry.elementIds}
                        subject={
                          entry.label.trim()
                            ? t("grader.subjectLabelled", { label: entry.label.trim() })
                            : t("grader.subjectShape")
                        }
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
              <span id="grader-components">{t("grader.recognised")}</span>
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
                {t("grader.empty")}
              </p>
            )}
          </section>

          <LooseConnections connections={summary.loose} actions={reading.actions} onSelect={onSelect} />

          {requiredKinds.length > 0 ? (
            <section aria-labelledby="grader-expected" className="space-y-2">
              <Heading>
                <span id="grader-expected">{t("grader.expects")}</span>
              </Heading>
              <ul className="flex flex-wrap gap-1.5">
                {requiredKinds.map((kind) => (
                  <li key={kind}>
                    <Badge tone={present.has(kind) ? "success" : "neutral"}>
                      <span aria-hidden="true">{present.has(kind) ? "✓" : "○"}</span>
                      {kindTitleIn(kind, locale)}
                      <span className="sr-only"> {present.has(kind) ? t("grader.drawn") : t("grader.notDrawn")}</span>
                    </Badge>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
        </div>
      ) : view.kind === "waiting" ? (
        <p className="text-sm text-slate-500">{t("grader.reading")}</p>
      ) : null}

      {footer}
    </div>
  );
}
