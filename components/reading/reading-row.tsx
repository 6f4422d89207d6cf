"use client";

import { useLocale, useTranslations } from "next-intl";
import type { ComponentJson } from "@/lib/grading/types";
import { readingOf } from "@/lib/interviews/client/reading-words";
import { KindPicker } from "./kind-picker";
import { readingText } from "./reading-text";
import type { ReadingActions } from "./use-reading";

/**
 * Under a component in the grader view: how the grader read it, and the "This is a…" picker
 * that corrects it.
 */
export function ReadingRow({
  component,
  elementIds,
  subject,
  handTagged,
  actions,
}: {
  /** The component as the engine read it; absent for a label listed without one. */
  component: ComponentJson | undefined;
  elementIds: string[];
  /** How the component is named to screen readers and in the announcement: "“Kafak cluster”". */
  subject: string;
  handTagged: boolean;
  actions: ReadingActions;
}) {
  const t = useTranslations("reading");
  const locale = useLocale();
  const reading = component ? readingOf(component, handTagged) : null;
  const sentence = reading ? readingText(t, reading, locale) : "";
  const current = component && component.kind !== "unknown" ? component.kind : null;
  return (
    <KindPicker
      subject={subject}
      current={current}
      disabled={actions.disabled}
      onPick={(kind) => actions.tag(elementIds, kind, subject)}
    >
      {sentence ? (
        <p className="pt-0.5 text-xs leading-relaxed text-slate-500" data-testid="reading">
          {sentence}
        </p>
      ) : null}
    </KindPicker>
  );
}
