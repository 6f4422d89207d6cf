import { Button } from "@/components/ui/button";
import type { QueueFilter } from "@/lib/reviews/schemas";

/** A plain GET form: the filters live in the URL, so a filtered queue can be shared and reloaded. */
export function QueueFilters({ filter, prompts }: { filter: QueueFilter; prompts: { slug: string; title: string }[] }) {
  const select = "rounded-lg border-0 py-1.5 text-sm ring-1 ring-slate-300 ring-inset";
  return (
    <form method="get" className="flex flex-wrap items-end gap-3" aria-label="Filter the queue">
      <label className="space-y-1 text-sm">
        <span className="block font-medium text-slate-700">Prompt</span>
        <select name="prompt" defaultValue={filter.prompt ?? ""} className={select}>
          <option value="">All prompts</option>
          {prompts.map((p) => (
            <option key={p.slug} value={p.slug}>
              {p.title}
            </option>
          ))}
        </select>
      </label>
      <label className="space-y-1 text-sm">
        <span className="block font-medium text-slate-700">State</span>
        <select name="state" defaultValue={filter.state} className={select}>
          <option value="open">Open (requested or in review)</option>
          <option value="requested">Requested</option>
          <option value="in_review">In review</option>
          <option value="done">Done</option>
        </select>
      </label>
      <label className="flex items-center gap-2 pb-2 text-sm text-slate-700">
        <input type="checkbox" name="mine" value="1" defaultChecked={filter.mine} />
        Mine only
      </label>
      <Button type="submit" variant="secondary" size="sm" className="mb-0.5">
        Apply
      </Button>
    </form>
  );
}
