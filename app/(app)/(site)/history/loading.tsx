import { useTranslations } from "next-intl";
import { HeaderSkeleton, PageSkeleton, Skeleton } from "@/components/ui/skeleton";

export default function HistoryLoading() {
  const t = useTranslations("history");
  return (
    <PageSkeleton label={t("loading")} className="space-y-8 py-10 sm:py-12">
      <HeaderSkeleton eyebrow="w-20" title="w-64" />
      <div className="grid grid-cols-2 gap-3 md:grid-cols-4">
        {[0, 1, 2, 3].map((index) => (
          <Skeleton key={index} className="h-20 rounded-xl" />
        ))}
      </div>
      <div className="grid gap-6 lg:grid-cols-3">
        <Skeleton className="h-72 rounded-xl lg:col-span-2" />
        <Skeleton className="h-72 rounded-xl" />
      </div>
      <Skeleton className="h-64 rounded-xl" />
    </PageSkeleton>
  );
}
