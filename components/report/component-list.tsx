"use client";

import { useLocale, useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { COMPONENT_KINDS } from "@/lib/grading/contract";
import { kindTitleIn } from "@/lib/grading/locales";
import type { ComponentJson, RequiredKindJson, UnrecognisedJson, ZoneJson } from "@/lib/grading/types";
import { cn } from "@/lib/ui/cn";

type OnPick = (key: string, label: string, elementIds: string[]) => void;

const chip =
  "inline-flex max-w-full items-center gap-1.5 rounded-lg border px-2.5 py-1 text-left text-sm focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-indigo-600";

function ComponentChip({
  component,
  zone,
  active,
  handTagged,
  onPick,
}: {
  component: ComponentJson;
  zone: string | null;
  active: boolean;
  handTagged: boolean;
  onPick: OnPick;
}) {
  const t = useTranslations("report");
  const locale = useLocale();
  const details = [
    handTagged ? t("components.taggedByHand") : null,
    component.role && component.role !== "standalone" ? t(`roles.${component.role}`) : null,
    component.replicas > 1 ? `×${component.replicas}` : null,
    zone ? t("components.inZone", { zone }) : null,
  ].filter(Boolean);
  return (
    <button
      type="button"
      aria-pressed={active}
      onClick={() =>
        onPick(
          `component:${component.id}`,
          component.label
            ? t("components.pickLabelled", { kind: kindTitleIn(component.kind, locale), label: component.label })
            : t("components.pickUnlabelled", { kind: kindTitleIn(component.kind, locale) }),
          component.elementIds,
        )
      }
      className={cn(chip, active ? "border-indigo-400 bg-indigo-50" : "border-slate-200 bg-white hover:bg-slate-50")}
    >
      <span className="truncate text-slate-900">
        {component.label || <em className="text-slate-500">{t("components.noLabelShort")}</em>}
      </span>
      {details.length ? <span className="shrink-0 text-xs text-slate-500">{details.join(" · ")}</span> : null}
    </button>
  );
}

/** What the grader recognised, by kind, and the labels it could not place; each one can be shown in the drawing. */
export function ComponentList({
  components,
  handTagged = [],
  zones,
  unrecognised,
  requiredKinds,
  activeKey,
  onPick,
}: {
  components: ComponentJson[];
  /** Components whose kind the candidate tagged by hand. */
  handTagged?: string[];
  zones: ZoneJson[];
  unrecognised: UnrecognisedJson[];
  requiredKinds: RequiredKindJson[];
  activeKey: string | null;
  onPick: OnPick;
}) {
  const t = useTranslations("report");
  const locale = useLocale();
  const byHand = new Set(handTagged);
  const zoneLabels = new Map(zones.map((zone) => [zone.id, zone.label ?? t("components.unnamedZone")]));
  const kinds = COMPONENT_KINDS.filter((kind) => kind !== "unknown")
    .map((kind) => ({ kind, items: components.filter((component) => component.kind === kind) }))
    .filter((group) => group.items.length > 0);

  return (
    <div className="grid gap-6 md:grid-cols-2">
      <section aria-labelledby="recognised-title" className="rounded-xl border border-slate-200 bg-white p-5 shadow-xs">
        <h2 id="recognised-title" className="text-base font-semibold text-slate-900">
          {t("components.recognisedTitle")}
        </h2>
        <p className="mt-1 text-sm text-slate-600">{t("components.recognisedHint")}</p>
        {kinds.length === 0 ? (
          <p className="mt-4 text-sm text-slate-500">{t("components.noneRecognised")}</p>
        ) : (
          <dl className="mt-4 space-y-3">
            {kinds.map(({ kind, items }) => (
              <div key={kind} className="grid gap-1.5 sm:grid-cols-[9rem_minmax(0,1fr)]">
                <dt className="pt-1 text-sm font-medium text-slate-700">{kindTitleIn(kind, locale)}</dt>
                <dd className="flex flex-wrap gap-2">
                  {items.map((component) => (
                    <ComponentChip
                      key={component.id}
                      component={component}
                      zone={component.zone ? (zoneLabels.get(component.zone) ?? null) : null}
                      active={activeKey === `component:${component.id}`}
                      handTagged={byHand.has(component.id)}
                      onPick={onPick}
                    />
                  ))}
                </dd>
              </div>
            ))}
          </dl>
        )}
        {requiredKinds.length > 0 ? (
          <div className="mt-5 border-t border-slate-100 pt-4">
            <h3 className="text-sm font-medium text-slate-700">{t("components.promptAsks")}</h3>
            <ul className="mt-2 flex flex-wrap gap-2">
              {requiredKinds.map((required) => (
                <li key={required.kind}>
                  <Badge tone={required.present ? "success" : "danger"}>
                    {required.present
                      ? t("components.present", { kind: kindTitleIn(required.kind, locale) })
                      : t("components.missing", { kind: kindTitleIn(required.kind, locale) })}
                  </Badge>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
      </section>

      <section
        aria-labelledby="unrecognised-title"
        className="rounded-xl border border-slate-200 bg-white p-5 shadow-xs"
      >
        <h2 id="unrecognised-title" className="text-base font-semibold text-slate-900">
          {t("components.unrecognisedTitle")}
        </h2>
        {unrecognised.length === 0 ? (
          <p className="mt-1 text-sm text-slate-600">{t("components.allRecognised")}</p>
        ) : (
          <>
            <p className="mt-1 text-sm text-slate-600">{t("components.unrecognisedHint")}</p>
            <ul className="mt-4 flex flex-wrap gap-2">
              {unrecognised.map((item, index) => {
                const key = `unrecognised:${index}`;
                return (
                  <li key={key} className="max-w-full">
                    <button
                      type="button"
                      aria-pressed={activeKey === key}
                      onClick={() =>
                        onPick(
                          key,
                          item.label
                            ? t("components.pickUnrecognised", { label: item.label })
                            : t("components.pickUnrecognisedUnlabelled"),
                          item.elementIds,
                        )
                      }
                      className={cn(
                        chip,
                        activeKey === key
                          ? "border-amber-400 bg-amber-50"
                          : "border-dashed border-amber-300 bg-white hover:bg-amber-50/50",
                      )}
                    >
                      <span className="truncate text-slate-900">
                        {item.label || <em className="text-slate-500">{t("components.shapeWithoutLabel")}</em>}
                      </span>
                    </button>
                  </li>
                );
              })}
            </ul>
          </>
        )}
      </section>
    </div>
  );
}
