import { cn } from "@/lib/ui/cn";

/** A dark command block. Long commands wrap visually (copying still gives one line). */
export function CodeBlock({ label, code, className }: { label: string; code: string; className?: string }) {
  return (
    <figure className={cn("overflow-hidden rounded-xl bg-slate-900 ring-1 ring-slate-800", className)}>
      <figcaption className="flex items-center gap-2 border-b border-slate-800 px-4 py-2 text-xs font-medium text-slate-400">
        <span aria-hidden="true" className="flex gap-1.5">
          <span className="size-2.5 rounded-full bg-slate-700" />
          <span className="size-2.5 rounded-full bg-slate-700" />
          <span className="size-2.5 rounded-full bg-slate-700" />
        </span>
        {label}
      </figcaption>
      <pre className="px-4 py-4 font-mono text-sm leading-relaxed whitespace-pre-wrap text-slate-100 [overflow-wrap:anywhere]">
        <code>{code}</code>
      </pre>
    </figure>
  );
}
