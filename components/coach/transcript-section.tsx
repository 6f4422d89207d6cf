import { useTranslations } from "next-intl";
import type { TranscriptMessage } from "@/lib/coach/transcript";
import { CoachTranscript } from "./coach-transcript";

/** The interview's chat with the AI interviewer, for a mentor reviewing it (read-only). */
export function TranscriptSection({ messages, candidate }: { messages: TranscriptMessage[]; candidate: string }) {
  const t = useTranslations("coach.transcriptSection");
  return (
    <section
      aria-labelledby="transcript-title"
      className="rounded-xl border border-slate-200 bg-white p-5 shadow-xs"
      data-testid="review-transcript"
    >
      <h2 id="transcript-title" className="text-base font-semibold text-slate-900">
        {t("title")}
      </h2>
      {messages.length > 0 ? (
        <>
          <p className="mt-1 text-sm text-slate-600">{t("lead", { candidate })}</p>
          <CoachTranscript messages={messages} candidate={candidate} open className="mt-3" />
        </>
      ) : (
        <p className="mt-1 text-sm text-slate-500">{t("none", { candidate })}</p>
      )}
    </section>
  );
}
