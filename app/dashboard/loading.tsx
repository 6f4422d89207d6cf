import { Container } from "@/components/ui/page";
import { Skeleton } from "@/components/ui/skeleton";

export default function DashboardLoading() {
  return (
    <Container className="py-10 sm:py-12" aria-busy="true">
      <p role="status" className="sr-only">
        Loading your dashboard…
      </p>
      <Skeleton className="h-4 w-24" />
      <Skeleton className="mt-3 h-9 w-80 max-w-full" />
      <Skeleton className="mt-3 h-4 w-[28rem] max-w-full" />
      <div className="mt-10 space-y-3">
        <Skeleton className="h-6 w-32" />
        <Skeleton className="h-20 rounded-xl" />
      </div>
      <div className="mt-10 space-y-3">
        <Skeleton className="h-6 w-40" />
        <Skeleton className="h-56 rounded-xl" />
      </div>
    </Container>
  );
}
