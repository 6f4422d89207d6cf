import { getTranslations } from "next-intl/server";
import { Skeleton } from "@/components/ui/skeleton";

/** The interview's frame while the server loads it: bar, panel and an empty board. */
export default async function InterviewLoading() {
  const t = await getTranslations("interview.meta");
  return (
    <div className="flex h-[calc(100dvh-4rem)] flex-col bg-slate-50" role="status" aria-label={t("loading")}>
      <div className="flex h-14 shrink-0 items-center gap-4 border-b border-slate-200 bg-white px-4">
        <div className="space-y-1.5">
          <Skeleton className="h-2.5 w-24" />
          <Skeleton className="h-3.5 w-56" />
        </div>
        <Skeleton className="mx-auto hidden h-2 w-56 lg:block" />
        <div className="ml-auto flex items-center gap-3">
          <Skeleton className="h-4 w-28" />
          <Skeleton className="h-8 w-20 rounded-lg" />
          <Skeleton className="h-10 w-20 rounded-lg" />
        </div>
      </div>
      <div className="flex min-h-0 flex-1">
        <div className="hidden w-80 shrink-0 space-y-4 border-r border-slate-200 bg-white p-4 md:block xl:w-[22rem]">
          <Skeleton className="h-4 w-40" />
          <Skeleton className="h-3 w-full" />
          <Skeleton className="h-3 w-11/12" />
          <Skeleton className="h-3 w-4/5" />
          <Skeleton className="mt-6 h-4 w-32" />
          <Skeleton className="h-3 w-full" />
          <Skeleton className="h-3 w-3/4" />
        </div>
        <div className="flex flex-1 items-center justify-center text-sm text-slate-500">{t("loadingBoard")}</div>
      </div>
    </div>
  );
}
