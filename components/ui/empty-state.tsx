import type { ReactNode } from "react";
import { cn } from "@/lib/ui/cn";

/** A calm, illustration-free placeholder for "nothing here yet", with the next step. */
export function EmptyState({
  title,
  description,
  actions,
  headingLevel = "h2",
  className,
}: {
  title: ReactNode;
  description?: ReactNode;
  actions?: ReactNode;
  headingLevel?: "h2" | "h3";
  className?: string;
}) {
  const Heading = headingLevel;
  return (
    <div className={cn("rounded-xl border border-dashed border-slate-300 bg-white px-6 py-12 text-center", className)}>
      <Heading className="text-base font-semibold text-slate-900">{title}</Heading>
      {description ? <p className="mx-auto mt-2 max-w-md text-sm text-slate-600">{description}</p> : null}
      {actions ? <div className="mt-6 flex flex-wrap items-center justify-center gap-3">{actions}</div> : null}
    </div>
  );
}
