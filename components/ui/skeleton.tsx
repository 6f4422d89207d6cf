import { cn } from "@/lib/ui/cn";

/** A grey placeholder block shown while content loads. Decorative. */
export function Skeleton({ className }: { className?: string }) {
  return <div aria-hidden="true" className={cn("animate-pulse rounded-md bg-slate-200/80", className)} />;
}
