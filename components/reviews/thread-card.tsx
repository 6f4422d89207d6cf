"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { LocalDate } from "@/components/time/local-date";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import type { CommentView } from "@/lib/reviews/comments";
import { cn } from "@/lib/ui/cn";
import { callApi, commentsPath } from "./api";
import { CommentBody } from "./comment-body";
import { CommentForm } from "./comment-form";
import { useReviewError } from "./errors";
import { useReview } from "./review-provider";
import type { Thread } from "./threads";

function CommentItem({ comment }: { comment: CommentView }) {
  const { interviewId, viewerId, upsert, canReply } = useReview();
  const t = useTranslations("reviews.threads");
  const refusal = useReviewError();
  const [editing, setEditing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const mine = comment.author.id === viewerId && !comment.deletedAt;

  const remove = async () => {
    if (!window.confirm(t("confirmDelete"))) return;
    const result = await callApi<{ comment: CommentView }>("DELETE", commentsPath(interviewId, `/${comment.id}`));
    if (result.ok) upsert(result.data.comment);
    else setError(refusal("editComment", result));
  };

  return (
    <div className="space-y-1" data-testid="comment" data-comment-id={comment.id}>
      <div className="flex flex-wrap items-center gap-x-2 text-xs text-slate-500">
        <span className="font-medium text-slate-900">{comment.author.name}</span>
        <Badge tone={comment.side === "mentor" ? "accent" : "neutral"}>
          {comment.side === "mentor" ? t("mentor") : t("candidate")}
        </Badge>
        <LocalDate value={comment.createdAt} format="datetime" />
        {comment.editedAt && !comment.deletedAt ? <span>{t("edited")}</span> : null}
      </div>
      {comment.deletedAt ? (
        <p className="text-sm text-slate-500 italic" data-testid="comment-deleted">
          {t("deleted")}
        </p>
      ) : editing ? (
        <CommentForm
          label={t("editLabel")}
          submitLabel={t("save")}
          initial={comment.body}
          autoFocus
          onCancel={() => setEditing(false)}
          onSubmit={async (body) => {
            const result = await callApi<{ comment: CommentView }>(
              "PATCH",
              commentsPath(interviewId, `/${comment.id}`),
              { body },
            );
            if (!result.ok) return refusal("editComment", result);
            upsert(result.data.comment);
            setEditing(false);
            return null;
          }}
        />
      ) : (
        <CommentBody body={comment.body} />
      )}
      {mine && !editing && canReply ? (
        <div className="flex gap-3 text-xs">
          <button
            type="button"
            className="font-medium text-indigo-700 hover:text-indigo-600"
            onClick={() => setEditing(true)}
          >
            {t("edit")}
          </button>
          <button type="button" className="font-medium text-red-700 hover:text-red-600" onClick={() => void remove()}>
            {t("delete")}
          </button>
        </div>
      ) : null}
      {error ? (
        <p role="alert" className="text-xs text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** A thread: what it points at, its comments, a reply box, resolve and reopen. */
export function ThreadCard({ thread, pinLabel }: { thread: Thread; pinLabel: string }) {
  const { interviewId, viewer, canReply, upsert, activeThreadId, openThread, showElements } = useReview();
  const active = activeThreadId === thread.root.id;
  const ref = useRef<HTMLLIElement>(null);
  const [error, setError] = useState<string | null>(null);
  const canResolve = viewer === "owner" || viewer === "reviewer";
  const t = useTranslations("reviews.threads");
  const refusal = useReviewError();

  useEffect(() => {
    if (active) ref.current?.scrollIntoView({ block: "nearest", behavior: "smooth" });
  }, [active]);

  const toggleResolved = async () => {
    const result = await callApi<{ comment: CommentView }>(
      "PUT",
      commentsPath(interviewId, `/${thread.root.id}/resolved`),
      {
        resolved: !thread.root.resolved,
      },
    );
    if (result.ok) upsert(result.data.comment);
    else setError(refusal("resolve", result));
  };

  return (
    <li
      ref={ref}
      id={`thread-${thread.root.id}`}
      className={cn(
        "rounded-xl border bg-white p-3 shadow-xs",
        thread.root.resolved ? "border-slate-200 opacity-80" : "border-amber-200",
        active && "ring-2 ring-indigo-500",
      )}
      data-testid="thread"
      data-thread-id={thread.root.id}
    >
      <div className="mb-2 flex items-center justify-between gap-2">
        <button
          type="button"
          className="min-w-0 truncate rounded text-left text-xs font-medium text-indigo-700 hover:text-indigo-600 focus-visible:outline-2 focus-visible:outline-indigo-600"
          onClick={() => {
            openThread(active ? null : thread.root.id);
            if (thread.root.elementIds.length > 0) showElements(thread.root.elementIds);
          }}
          aria-expanded={active}
        >
          {pinLabel}
        </button>
        <div className="flex shrink-0 items-center gap-2">
          {thread.root.resolved ? <Badge tone="success">{t("resolved")}</Badge> : null}
          {canResolve ? (
            <Button variant="ghost" size="sm" className="h-7 px-2 text-xs" onClick={() => void toggleResolved()}>
              {thread.root.resolved ? t("reopen") : t("resolve")}
            </Button>
          ) : null}
        </div>
      </div>
      <div className="space-y-3">
        <CommentItem comment={thread.root} />
        {thread.replies.length > 0 ? (
          <ol className="space-y-3 border-l-2 border-slate-100 pl-3">
            {thread.replies.map((reply) => (
              <li key={reply.id}>
                <CommentItem comment={reply} />
              </li>
            ))}
          </ol>
        ) : null}
        {canReply && (active || thread.replies.length === 0) ? (
          <CommentForm
            label={t("reply")}
            submitLabel={t("reply")}
            onSubmit={async (body) => {
              const result = await callApi<{ comment: CommentView }>("POST", commentsPath(interviewId), {
                body,
                parentId: thread.root.id,
              });
              if (!result.ok) return refusal("comment", result);
              upsert(result.data.comment);
              return null;
            }}
          />
        ) : canReply ? (
          <button
            type="button"
            className="text-xs font-medium text-indigo-700 hover:text-indigo-600"
            onClick={() => openThread(thread.root.id)}
          >
            {t("reply")}
          </button>
        ) : null}
        {error ? (
          <p role="alert" className="text-xs text-red-700">
            {error}
          </p>
        ) : null}
      </div>
    </li>
  );
}
