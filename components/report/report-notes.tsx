import { useTranslations } from "next-intl";

/** The candidate's own notes, as typed (whitespace kept, nothing interpreted). */
export function ReportNotes({ notes }: { notes: string }) {
  const t = useTranslations("report");
  return (
    <section aria-labelledby="notes-title" className="rounded-xl border border-slate-200 bg-white p-5 shadow-xs">
      <h2 id="notes-title" className="text-base font-semibold text-slate-900">
        {t("notes.title")}
      </h2>
      {notes.trim() ? (
        <p className="mt-3 text-sm leading-relaxed whitespace-pre-wrap text-slate-700">{notes.trim()}</p>
      ) : (
        <p className="mt-1 text-sm text-slate-500">{t("notes.none")}</p>
      )}
    </section>
  );
}
