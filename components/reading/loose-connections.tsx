"use client";

import { useLocale, useTranslations } from "next-intl";
import type { LooseConnection } from "@/lib/interviews/client/reading-words";
import { endNameText, finish, looseText } from "./reading-text";
import type { ReadingActions } from "./use-reading";

/**
 * The connections the grader made from arrows whose ends are not attached: hovering or
 * focusing one marks the arrow and both ends on the board, clicking selects them. A loose end
 * the grader tied wrongly is fixed by attaching it (drag the end onto the shape).
 */
export function LooseConnections({
  connections,
  actions,
  onSelect,
}: {
  connections: LooseConnection[];
  actions: ReadingActions;
  onSelect: (elementIds: string[]) => void;
}) {
  const t = useTranslations("reading");
  const locale = useLocale();
  if (connections.length === 0) return null;
  return (
    <section aria-labelledby="grader-loose" className="space-y-2">
      <h3
        id="grader-loose"
        className="flex items-center gap-2 text-xs font-semibold tracking-wide text-slate-500 uppercase"
      >
        {t("looseTitle")}
        <span className="rounded-full bg-slate-100 px-1.5 text-[11px] text-slate-600 tabular-nums">
          {connections.length}
        </span>
      </h3>
      <p className="text-xs leading-relaxed text-slate-500">{t("looseHint")}</p>
      <ul className="space-y-1">
        {connections.map((connection) => {
          const from = endNameText(t, connection.from, locale);
          const to = endNameText(t, connection.to, locale);
          return (
            <li key={connection.key}>
              <button
                type="button"
                className="w-full rounded-md px-2 py-1.5 text-left hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-indigo-600"
                onMouseEnter={() => actions.highlight(connection.elementIds)}
                onMouseLeave={() => actions.highlight(null)}
                onFocus={() => actions.highlight(connection.elementIds)}
                onBlur={() => actions.highlight(null)}
                onClick={() => onSelect(connection.elementIds)}
              >
                <span className="block truncate text-sm text-slate-800">
                  <span aria-hidden="true">
                    {from} → {to}
                  </span>
                  <span className="sr-only">{finish(t("looseArrow", { from, to }), locale)}</span>
                </span>
                <span className="block text-xs leading-relaxed text-slate-500">{looseText(t, connection, locale)}</span>
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
