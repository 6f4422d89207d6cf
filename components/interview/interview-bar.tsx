import type { ReactNode } from "react";
import Link from "next/link";
import { useTranslations } from "next-intl";

/** The bar above the board: what is being practised, the pace, the save state, the clock, submit. */
export function InterviewBar({
  title,
  promptSlug,
  phase,
  saveStatus,
  timer,
  actions,
}: {
  title: string;
  promptSlug: string;
  phase: ReactNode;
  saveStatus: ReactNode;
  timer: ReactNode;
  actions: ReactNode;
}) {
  const t = useTranslations("interview");
  return (
    <div className="flex h-14 shrink-0 items-center gap-4 border-b border-slate-200 bg-white px-4">
      <div className="min-w-0 shrink">
        <p className="text-[11px] font-medium tracking-wide text-indigo-700 uppercase">{t("bar.eyebrow")}</p>
        <h1 className="truncate text-sm font-semibold text-slate-900" title={title}>
          <Link href={`/prompts/${promptSlug}`} className="rounded-sm hover:underline" target="_blank" rel="noopener">
            {title}
          </Link>
        </h1>
      </div>
      <div className="flex min-w-0 flex-1 justify-center">{phase}</div>
      <div className="flex shrink-0 items-center gap-3">
        {saveStatus}
        {timer}
        {actions}
      </div>
    </div>
  );
}
