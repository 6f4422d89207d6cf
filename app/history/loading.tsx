import { Container } from "@/components/ui/page";
import { Skeleton } from "@/components/ui/skeleton";

export default function HistoryLoading() {
  return (
    <Container className="space-y-8 py-10 sm:py-12" aria-busy="true">
      <p role="status" className="sr-only">
        Loading your history…
      </p>
      <div className="space-y-3">
        <Skeleton className="h-4 w-20" />
        <Skeleton className="h-9 w-64 max-w-full" />
        <Skeleton className="h-4 w-[28rem] max-w-full" />
      </div>
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
    </Container>
  );
}
