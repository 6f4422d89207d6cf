"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Section } from "@/components/ui/section";
import type { CommentView } from "@/lib/reviews/comments";
import { callApi, commentsPath } from "./api";
import { CommentForm } from "./comment-form";
import { useReviewError } from "./errors";
import { useReview } from "./review-provider";
import { ThreadCard } from "./thread-card";
import type { Thread } from "./threads";

export interface RuleLabel {
  ruleId: string;
  title: string;
}

type Target = { kind: "elements" } | { kind: "rule"; ruleId: string } | { kind: "design" };

/** The mentor's new thread: on the picked elements, a rule, or the whole design. */
function NewThread({ rules }: { rules: RuleLabel[] }) {
  const { interviewId, upsert, selection, clearSelection, picking, setPicking, boxes, openThread } = useReview();
  const t = useTranslations("reviews.threads");
  const refusal = useReviewError();
  const [target, setTarget] = useState<Target>({ kind: "elements" });
  const names = selection.map((id) => boxes.get(id)?.label ?? id);

  return (
    <div className="space-y-3 rounded-xl border border-slate-200 bg-slate-50 p-3">
      <fieldset className="flex flex-wrap gap-x-4 gap-y-2 text-sm">
        <legend className="sr-only">{t("commentOn")}</legend>
        {(
          [
            ["elements", t("targetElements")],
            ["rule", t("targetRule")],
            ["design", t("targetDesign")],
          ] as const
        ).map(([kind, label]) => (
          <label key={kind} className="flex items-center gap-1.5">
            <input
              type="radio"
              name="thread-target"
              checked={target.kind === kind}
              onChange={() => setTarget(kind === "rule" ? { kind, ruleId: rules[0]?.ruleId ?? "" } : { kind })}
            />
            {label}
          </label>
        ))}
      </fieldset>
      {target.kind === "elements" ? (
        <div className="flex flex-wrap items-center gap-2 text-sm">
          <Button
            variant={picking ? "primary" : "secondary"}
            size="sm"
            onClick={() => setPicking(!picking)}
            aria-pressed={picking}
          >
            {picking ? t("donePicking") : t("pick")}
          </Button>
          <span className="text-slate-600" data-testid="picked-elements">
            {names.length ? names.join(", ") : t("nothingPicked")}
          </span>
          {names.length ? (
            <button type="button" className="text-xs font-medium text-indigo-700" onClick={clearSelection}>
              {t("clear")}
            </button>
          ) : null}
        </div>
      ) : null}
      {target.kind === "rule" ? (
        <label className="block text-sm">
          <span className="sr-only">{t("rule")}</span>
          <select
            className="block w-full rounded-lg border-0 py-1.5 text-sm ring-1 ring-slate-300 ring-inset"
            value={target.ruleId}
            onChange={(event) => setTarget({ kind: "rule", ruleId: event.target.value })}
          >
            {rules.map((rule) => (
              <option key={rule.ruleId} value={rule.ruleId}>
                {rule.title}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      <CommentForm
        label={t("comment")}
        submitLabel={t("comment")}
        onSubmit={async (body) => {
          if (target.kind === "elements" && selection.length === 0) return t("pickFirst");
          const result = await callApi<{ comment: CommentView }>("POST", commentsPath(interviewId), {
            body,
            elementIds: target.kind === "elements" ? selection : [],
            ruleId: target.kind === "rule" ? target.ruleId : undefined,
          });
          if (!result.ok) return refusal("comment", result);
          upsert(result.data.comment);
          openThread(result.data.comment.id);
          clearSelection();
          setPicking(false);
          return null;
        }}
      />
    </div>
  );
}

type ThreadsT = ReturnType<typeof useTranslations<"reviews.threads">>;

function pinLabel(thread: Thread, rules: Map<string, string>, labelOf: (id: string) => string, t: ThreadsT) {
  if (thread.root.elementIds.length) return t("pinOn", { names: thread.root.elementIds.map(labelOf).join(", ") });
  if (thread.root.ruleId) return t("pinRule", { rule: rules.get(thread.root.ruleId) ?? thread.root.ruleId });
  return t("onDesign");
}

/** Every thread of the review, by where it points: the drawing, a rule, the whole design. */
export function ThreadPanel({ rules }: { rules: RuleLabel[] }) {
  const t = useTranslations("reviews.threads");
  const { threads, canStartThreads, boxes, live } = useReview();
  const ruleTitles = new Map(rules.map((r) => [r.ruleId, r.title]));
  const labelOf = (id: string) => boxes.get(id)?.label ?? t("removedElement");
  const groups = [
    { title: t("onDrawing"), list: threads.filter((t) => t.root.elementIds.length > 0) },
    { title: t("byRule"), list: threads.filter((t) => !t.root.elementIds.length && t.root.ruleId) },
    { title: t("onDesign"), list: threads.filter((t) => !t.root.elementIds.length && !t.root.ruleId) },
  ];
  const open = threads.filter((t) => !t.root.resolved).length;

  return (
    <Section id="threads" title={t("title")}>
      <p className="mt-1 flex flex-wrap items-center gap-2 text-sm text-slate-600">
        {threads.length === 0 ? t("none") : t("count", { threads: threads.length, open })}
        <span className={live ? "text-emerald-700" : "text-amber-700"} role="status">
          {live ? t("live") : t("reconnecting")}
        </span>
      </p>
      <div className="mt-4 space-y-5">
        {canStartThreads ? <NewThread rules={rules} /> : null}
        {groups.map((group) =>
          group.list.length ? (
            <div key={group.title}>
              <h3 className="mb-2 text-sm font-semibold text-slate-900">{group.title}</h3>
              <ul className="space-y-3">
                {group.list.map((thread) => (
                  <ThreadCard
                    key={thread.root.id}
                    thread={thread}
                    pinLabel={pinLabel(thread, ruleTitles, labelOf, t)}
                  />
                ))}
              </ul>
            </div>
          ) : null,
        )}
      </div>
    </Section>
  );
}
