import { useTranslations } from "next-intl";

/**
 * The candidate's notes, as typed (whitespace kept, nothing interpreted): "Your notes" on the
 * candidate's own report, worded for the reader elsewhere (the mentor's workspace).
 */
export function ReportNotes({
  notes,
  title,
  empty,
}: {
  notes: string;
  title?: string;
  /** What the card says when there are none. */
  empty?: string;
}) {
  const t = useTranslations("report");
  return (
    <section aria-labelledby="notes-title" className="rounded-xl border border-slate-200 bg-white p-5 shadow-xs">
      <h2 id="notes-title" className="text-base font-semibold text-slate-900">
        {title ?? t("notes.title")}
      </h2>
      {notes.trim() ? (
        <p className="mt-3 text-sm leading-relaxed whitespace-pre-wrap text-slate-700">{notes.trim()}</p>
      ) : (
        <p className="mt-1 text-sm text-slate-500">{empty ?? t("notes.none")}</p>
      )}
    </section>
  );
}
