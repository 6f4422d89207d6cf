/** One figure of a summary, as a dt/dd tile inside a <dl>; an optional note follows the value (e.g. "/ 100"). */
export function Stat({ label, value, note }: { label: string; value: string; note?: string }) {
  return (
    <div className="rounded-xl border border-slate-200 bg-white px-4 py-3 shadow-xs sm:px-5 sm:py-4">
      <dt className="text-xs text-slate-600 sm:text-sm">{label}</dt>
      <dd className="mt-1">
        <span className="text-xl font-semibold tracking-tight text-slate-900 tabular-nums sm:text-2xl">{value}</span>
        {note ? <span className="ml-1.5 text-xs text-slate-500 sm:text-sm">{note}</span> : null}
      </dd>
    </div>
  );
}
