import { useTranslations } from "next-intl";
import type { TranscriptMessage } from "@/lib/coach/transcript";
import { cn } from "@/lib/ui/cn";

/** The interviewer chat of the interview, as it happened (read-only, on the report). */
export function CoachTranscript({ messages }: { messages: TranscriptMessage[] }) {
  const t = useTranslations("coach");
  return (
    <details
      className="mt-4 rounded-lg border border-slate-200 bg-white px-4 py-2 text-sm"
      data-testid="coach-transcript"
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
              {message.role === "candidate" ? t("chat.you") : t("chat.interviewer")}
            </span>
            {message.content}
          </li>
        ))}
      </ol>
    </details>
  );
}
