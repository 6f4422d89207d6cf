import { cn } from "@/lib/ui/cn";

const SIZES = {
  /** A page's list, e.g. a prompt's requirements. */
  md: { list: "space-y-2", item: "gap-3", dot: "bg-indigo-500" },
  /** A narrow side panel's list. */
  sm: { list: "space-y-1.5", item: "gap-2.5", dot: "bg-indigo-400" },
} as const;

/** Plain sentences as a list with a small indigo dot before each. */
export function BulletList({ items, size = "md" }: { items: string[]; size?: keyof typeof SIZES }) {
  const classes = SIZES[size];
  return (
    <ul className={classes.list}>
      {items.map((item) => (
        <li key={item} className={cn("flex text-sm leading-relaxed text-slate-700", classes.item)}>
          <span aria-hidden="true" className={cn("mt-2 size-1.5 shrink-0 rounded-full", classes.dot)} />
          <span>{item}</span>
        </li>
      ))}
    </ul>
  );
}
