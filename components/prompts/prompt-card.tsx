import Link from "next/link";
import { useTranslations } from "next-intl";
import type { PromptSummary } from "@/lib/prompts/queries";
import { DifficultyBadge, DurationLabel } from "./difficulty-badge";
import { topicLabel } from "./labels";

/** A catalog card. The whole card is clickable through its title link (one tab stop). */
export function PromptCard({ prompt }: { prompt: PromptSummary }) {
  const t = useTranslations("prompts");
  return (
    <article className="group relative flex h-full flex-col rounded-xl border border-slate-200 bg-white p-5 shadow-xs transition hover:border-indigo-300 hover:shadow-md has-[a:focus-visible]:outline-2 has-[a:focus-visible]:outline-offset-2 has-[a:focus-visible]:outline-indigo-600">
      <div className="flex items-center justify-between gap-3">
        <DifficultyBadge difficulty={prompt.difficulty} />
        <DurationLabel minutes={prompt.durationMinutes} />
      </div>
      <h3 className="mt-3 text-base font-semibold leading-snug text-slate-900 group-hover:text-indigo-700">
        <Link href={`/prompts/${prompt.slug}`} className="outline-none after:absolute after:inset-0 after:rounded-xl">
          {prompt.title}
        </Link>
      </h3>
      <p className="mt-2 flex-1 text-sm leading-relaxed text-slate-600">{prompt.summary}</p>
      {prompt.topics.length > 0 ? (
        <ul className="mt-4 flex flex-wrap gap-1.5" aria-label={t("topicsLabel")}>
          {prompt.topics.map((topic) => (
            <li key={topic} className="rounded-md bg-slate-100 px-2 py-0.5 text-xs text-slate-600">
              {topicLabel(t, topic)}
            </li>
          ))}
        </ul>
      ) : null}
    </article>
  );
}
