"use client";

import { useTranslations } from "next-intl";
import { useCallback, useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from "react";
import { Button } from "@/components/ui/button";
import { streamCoach } from "@/lib/coach/client/events";
import { MAX_CHAT_MESSAGE_CHARS } from "@/lib/coach/schemas";
import type { GraphJson } from "@/lib/grading";
import type { TranscriptMessage } from "@/lib/coach/transcript";
import { cn } from "@/lib/ui/cn";
import { coachErrorCode, type CoachErrorCode } from "./coach-errors";

type Failure = { code: CoachErrorCode; retry: string | null };

/**
 * The interviewer chat: the candidate's messages go to the server with the board's graph,
 * the reply streams in. Both are saved on the server as they happen, so a reload shows the
 * whole conversation; a failed reply leaves the message saved and offers a retry.
 */
export function InterviewerChat({
  interviewId,
  initialMessages,
  getGraph,
  disabled,
}: {
  interviewId: string;
  initialMessages: TranscriptMessage[];
  /** What the grader sees on the board now, sent with each message. */
  getGraph: () => GraphJson;
  disabled: boolean;
}) {
  const t = useTranslations("coach");
  const [messages, setMessages] = useState(initialMessages);
  const [draft, setDraft] = useState("");
  const [reply, setReply] = useState<string | null>(null);
  const [failure, setFailure] = useState<Failure | null>(null);
  const list = useRef<HTMLOListElement>(null);
  const inputId = useId();
  const busy = reply !== null;

  useEffect(() => {
    list.current?.lastElementChild?.scrollIntoView({ block: "nearest" });
  }, [messages, reply]);

  const send = useCallback(
    async (text: string) => {
      setFailure(null);
      setReply("");
      const outcome = await streamCoach(
        `/api/interviews/${interviewId}/coach/chat`,
        { body: { message: text, graph: getGraph() } },
        ({ event, data }) => {
          const message = data.message as TranscriptMessage | undefined;
          if (event === "saved" && message) {
            setDraft("");
            setMessages((current) => (current.some((m) => m.id === message.id) ? current : [...current, message]));
          } else if (event === "delta" && typeof data.text === "string") {
            const piece = data.text;
            setReply((current) => (current ?? "") + piece);
          } else if (event === "done" && message) {
            setMessages((current) => [...current, message]);
          }
        },
      );
      setReply(null);
      if (!outcome.ok) {
        // A refusal before the stream (budget, interview over) is not worth retrying as is.
        const retryable = !["budget_exhausted", "already_submitted", "coach_not_configured"].includes(outcome.code);
        setFailure({ code: coachErrorCode(outcome.code), retry: retryable ? text : null });
      }
    },
    [interviewId, getGraph],
  );

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const text = draft.trim();
    if (text && !busy) void send(text);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === "Enter" && !event.shiftKey) onSubmit(event);
  };

  return (
    <section aria-label={t("chat.label")} className="flex flex-col gap-3">
      {messages.length === 0 && !busy ? <p className="text-sm text-slate-500">{t("chat.empty")}</p> : null}
      <ol ref={list} className="space-y-2" aria-live="polite" aria-label={t("chat.conversation")}>
        {messages.map((message) => (
          <ChatBubble key={message.id} role={message.role} text={message.content} />
        ))}
        {busy ? <ChatBubble role="interviewer" text={reply || "…"} pending /> : null}
      </ol>
      {failure ? (
        <div role="alert" className="flex items-center gap-2 rounded-lg bg-red-50 px-3 py-2 text-sm text-red-800">
          <span className="flex-1">{t(`errors.${failure.code}`)}</span>
          {failure.retry ? (
            <Button size="sm" variant="secondary" onClick={() => void send(failure.retry!)}>
              {t("retry")}
            </Button>
          ) : null}
        </div>
      ) : null}
      <form onSubmit={onSubmit} className="flex flex-col gap-2">
        <label htmlFor={inputId} className="sr-only">
          {t("chat.inputLabel")}
        </label>
        <textarea
          id={inputId}
          value={draft}
          onChange={(event) => setDraft(event.target.value)}
          onKeyDown={onKeyDown}
          maxLength={MAX_CHAT_MESSAGE_CHARS}
          disabled={disabled}
          rows={2}
          placeholder={t("chat.placeholder")}
          className="w-full resize-none rounded-lg border border-slate-300 bg-white px-3 py-2 text-sm text-slate-900 shadow-xs placeholder:text-slate-400 focus-visible:border-indigo-600 focus-visible:outline-2 focus-visible:-outline-offset-1 focus-visible:outline-indigo-600"
        />
        <Button type="submit" size="sm" disabled={disabled || busy || !draft.trim()} pending={busy}>
          {t("chat.send")}
        </Button>
      </form>
    </section>
  );
}

function ChatBubble({ role, text, pending }: { role: "candidate" | "interviewer"; text: string; pending?: boolean }) {
  const t = useTranslations("coach");
  const mine = role === "candidate";
  return (
    <li
      data-testid="chat-message"
      data-role={role}
      aria-busy={pending || undefined}
      className={cn(
        "rounded-lg px-3 py-2 text-sm leading-snug whitespace-pre-wrap",
        mine ? "ml-6 bg-indigo-600 text-white" : "mr-6 bg-slate-100 text-slate-900",
      )}
    >
      <span className="sr-only">{mine ? t("chat.youSaid") : t("chat.interviewerSaid")} </span>
      {text}
    </li>
  );
}
