import { getTranslations } from "next-intl/server";
import { PageSkeleton, Skeleton } from "@/components/ui/skeleton";

export default async function ReportLoading() {
  const t = await getTranslations("report.meta");
  return (
    <PageSkeleton label={t("loading")} className="space-y-6 py-8 sm:py-10">
      <Skeleton className="h-4 w-40" />
      <Skeleton className="h-48 rounded-xl" />
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_25rem] xl:grid-cols-[minmax(0,1fr)_28rem]">
        <Skeleton className="h-[60vh] min-h-80 rounded-xl" />
        <div className="space-y-3">
          <Skeleton className="h-6 w-32" />
          <Skeleton className="h-28 rounded-xl" />
          <Skeleton className="h-28 rounded-xl" />
          <Skeleton className="h-28 rounded-xl" />
        </div>
      </div>
    </PageSkeleton>
  );
}
