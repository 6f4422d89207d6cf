import Link from "next/link";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { cn } from "@/lib/ui/cn";
import { topicLabel, type Difficulty } from "./labels";

export interface ActiveFilters {
  difficulty?: Difficulty;
  topic?: string;
}

/** The catalog URL for a set of filters (plain links: filtering works without JavaScript). */
export function promptsHref(filters: ActiveFilters): string {
  const params = new URLSearchParams();
  if (filters.difficulty) params.set("difficulty", filters.difficulty);
  if (filters.topic) params.set("topic", filters.topic);
  const query = params.toString();
  return query ? `/prompts?${query}` : "/prompts";
}

function Chip({ href, active, children }: { href: string; active: boolean; children: ReactNode }) {
  return (
    <li>
      <Link
        href={href}
        scroll={false}
        aria-current={active ? "true" : undefined}
        className={cn(
          "inline-flex items-center rounded-full px-3 py-1 text-sm transition-colors lg:flex lg:rounded-md lg:px-2.5 lg:py-1.5",
          active
            ? "bg-indigo-600 font-medium text-white lg:bg-indigo-50 lg:text-indigo-700"
            : "bg-white text-slate-700 ring-1 ring-inset ring-slate-200 hover:bg-slate-50 hover:text-slate-900 lg:bg-transparent lg:ring-0",
        )}
      >
        {children}
      </Link>
    </li>
  );
}

/** One filter: a labelled group of chips. */
function FilterGroup({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <div role="group" aria-labelledby={id}>
      <h2 id={id} className="text-xs font-semibold tracking-wide text-slate-500 uppercase">
        {title}
      </h2>
      <ul className="mt-2 flex flex-wrap gap-2 lg:flex-col lg:gap-0.5">{children}</ul>
    </div>
  );
}

export function PromptFilters({
  active,
  topics,
  difficulties,
}: {
  active: ActiveFilters;
  topics: string[];
  difficulties: readonly Difficulty[];
}) {
  const t = useTranslations("prompts");
  return (
    <div className="space-y-6">
      <FilterGroup id="filter-difficulty" title={t("filters.difficulty")}>
        <Chip href={promptsHref({ ...active, difficulty: undefined })} active={!active.difficulty}>
          {t("filters.anyDifficulty")}
        </Chip>
        {difficulties.map((difficulty) => (
          <Chip
            key={difficulty}
            href={promptsHref({ ...active, difficulty })}
            active={active.difficulty === difficulty}
          >
            {t(`difficulty.${difficulty}`)}
          </Chip>
        ))}
      </FilterGroup>
      <FilterGroup id="filter-topic" title={t("filters.topic")}>
        <Chip href={promptsHref({ ...active, topic: undefined })} active={!active.topic}>
          {t("filters.allTopics")}
        </Chip>
        {topics.map((topic) => (
          <Chip key={topic} href={promptsHref({ ...active, topic })} active={active.topic === topic}>
            {topicLabel(t, topic)}
          </Chip>
        ))}
      </FilterGroup>
    </div>
  );
}
