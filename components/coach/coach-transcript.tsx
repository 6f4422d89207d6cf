import { useTranslations } from "next-intl";
import type { TranscriptMessage } from "@/lib/coach/transcript";
import { cn } from "@/lib/ui/cn";

/** The interviewer chat of the interview, as it happened (read-only: the report, the mentor's workspace). */
export function CoachTranscript({
  messages,
  candidate,
  open = false,
  className = "mt-4",
}: {
  messages: TranscriptMessage[];
  /** How the candidate's messages are signed: "You" for the candidate, their name for a mentor. */
  candidate?: string;
  open?: boolean;
  className?: string;
}) {
  const t = useTranslations("coach");
  return (
    <details
      className={cn("rounded-lg border border-slate-200 bg-white px-4 py-2 text-sm", className)}
      data-testid="coach-transcript"
      open={open}
    >
      <summary className="cursor-pointer font-medium text-slate-700">
        {t("transcript.title", { count: messages.length })}
      </summary>
      <ol className="mt-2 space-y-2 pb-2">
        {messages.map((message) => (
          <li
            key={message.id}
            className={cn(
              "rounded-lg px-3 py-2 whitespace-pre-wrap",
              message.role === "candidate" ? "ml-8 bg-indigo-50 text-slate-900" : "mr-8 bg-slate-100 text-slate-900",
            )}
          >
            <span className="block text-xs font-medium text-slate-500">
              {message.role === "candidate" ? (candidate ?? t("chat.you")) : t("chat.interviewer")}
            </span>
            {message.content}
          </li>
        ))}
      </ol>
    </details>
  );
}
