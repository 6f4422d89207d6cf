import Link from "next/link";
import { cn } from "@/lib/ui/cn";

/** The Scaleboard mark: one entry node fanning out to two replicas. */
export function LogoMark({ className }: { className?: string }) {
  return (
    <svg aria-hidden="true" viewBox="0 0 32 32" className={cn("size-7 shrink-0", className)}>
      <rect width="32" height="32" rx="8" className="fill-indigo-600" />
      <path
        d="M16 12.5 9.5 19.5M16 12.5l6.5 7"
        stroke="white"
        strokeOpacity="0.7"
        strokeWidth="2"
        strokeLinecap="round"
        fill="none"
      />
      <rect x="12.5" y="6" width="7" height="7" rx="1.75" fill="white" />
      <rect x="6" y="19" width="7" height="7" rx="1.75" fill="white" />
      <rect x="19" y="19" width="7" height="7" rx="1.75" fill="white" />
    </svg>
  );
}

export function Wordmark({ href = "/", className }: { href?: string; className?: string }) {
  return (
    <Link
      href={href}
      className={cn(
        "inline-flex items-center gap-2.5 rounded-md text-base font-semibold tracking-tight text-slate-900",
        className,
      )}
    >
      <LogoMark />
      <span>Scaleboard</span>
    </Link>
  );
}
