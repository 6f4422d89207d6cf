import type { ComponentProps } from "react";
import { cn } from "@/lib/ui/cn";

type InputProps = ComponentProps<"input"> & { invalid?: boolean };

export function Input({ invalid = false, className, ...props }: InputProps) {
  return (
    <input
      aria-invalid={invalid || undefined}
      className={cn(
        "block h-10 w-full rounded-lg border bg-white px-3 text-sm text-slate-900 shadow-xs",
        "placeholder:text-slate-400 disabled:cursor-not-allowed disabled:bg-slate-100 disabled:text-slate-500",
        "focus-visible:outline-2 focus-visible:-outline-offset-1",
        invalid
          ? "border-red-500 focus-visible:outline-red-600"
          : "border-slate-300 focus-visible:border-indigo-600 focus-visible:outline-indigo-600",
        className,
      )}
      {...props}
    />
  );
}
