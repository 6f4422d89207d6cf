import type { ReactNode } from "react";
import { Container } from "@/components/ui/page";
import { cn } from "@/lib/ui/cn";

/** A grey placeholder block shown while content loads. Decorative. */
export function Skeleton({ className }: { className?: string }) {
  return <div aria-hidden="true" className={cn("animate-pulse rounded-md bg-slate-200/80", className)} />;
}

/** The placeholder of a page header: eyebrow, title and lead sentence, each as wide as given. */
export function HeaderSkeleton({ eyebrow, title }: { eyebrow: string; title: string }) {
  return (
    <div className="space-y-3">
      <Skeleton className={cn("h-4", eyebrow)} />
      <Skeleton className={cn("h-9 max-w-full", title)} />
      <Skeleton className="h-4 w-[28rem] max-w-full" />
    </div>
  );
}

/** A route's loading screen: the page container, busy, with a status line for screen readers. */
export function PageSkeleton({
  label,
  className,
  children,
}: {
  label: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <Container className={className} aria-busy="true">
      <p role="status" className="sr-only">
        {label}
      </p>
      {children}
    </Container>
  );
}
