"use client";

import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import type { Probe, ProbeLanguage } from "@/lib/coach/probes";
import { ruleWords } from "@/lib/grading/locales";

const SEVERITY_TONE = { critical: "danger", major: "warning", minor: "neutral" } as const;

/** The interviewer's questions; one about a part of the drawing selects that part on the board. */
export function ProbeList({
  probes,
  language,
  onSelect,
}: {
  probes: Probe[];
  language: ProbeLanguage;
  onSelect: (elementIds: string[]) => void;
}) {
  const t = useTranslations("coach");
  if (probes.length === 0) {
    return (
      <p className="rounded-lg border border-dashed border-slate-300 px-3 py-4 text-center text-sm text-slate-500">
        {t("probes.none")}
      </p>
    );
  }
  return (
    <ul className="space-y-2" aria-label={t("probes.list")} lang={language}>
      {probes.map((probe) => {
        const pointed = probe.elementIds.length > 0;
        const body = (
          <>
            <span className="block text-sm leading-snug text-slate-900">{probe.text[language]}</span>
            {probe.severity ? (
              <span className="mt-1.5 flex items-center gap-1.5">
                <Badge tone={SEVERITY_TONE[probe.severity]}>{t(`severity.${probe.severity}`)}</Badge>
                {probe.ruleId ? (
                  <span className="text-xs text-slate-500">{ruleWords(probe.ruleId, language).title}</span>
                ) : null}
              </span>
            ) : null}
          </>
        );
        return (
          <li key={probe.id} data-testid="probe" data-rule={probe.ruleId ?? undefined}>
            {pointed ? (
              <button
                type="button"
                onClick={() => onSelect(probe.elementIds)}
                className="w-full rounded-lg border border-slate-200 bg-white px-3 py-2 text-left hover:border-indigo-300 hover:bg-indigo-50/40 focus-visible:outline-2 focus-visible:outline-indigo-600"
                aria-label={t("probes.select", { question: probe.text[language] })}
              >
                {body}
              </button>
            ) : (
              <div className="rounded-lg border border-slate-200 bg-slate-50 px-3 py-2">{body}</div>
            )}
          </li>
        );
      })}
    </ul>
  );
}
