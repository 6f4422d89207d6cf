import { useTranslations } from "next-intl";
import { HeaderSkeleton, PageSkeleton, Skeleton } from "@/components/ui/skeleton";

export default function DashboardLoading() {
  const t = useTranslations("dashboard");
  return (
    <PageSkeleton label={t("loading")} className="py-10 sm:py-12">
      <HeaderSkeleton eyebrow="w-24" title="w-80" />
      <div className="mt-10 space-y-3">
        <Skeleton className="h-6 w-32" />
        <Skeleton className="h-20 rounded-xl" />
      </div>
      <div className="mt-10 space-y-3">
        <Skeleton className="h-6 w-40" />
        <Skeleton className="h-56 rounded-xl" />
      </div>
    </PageSkeleton>
  );
}
