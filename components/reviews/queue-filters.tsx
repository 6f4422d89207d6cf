import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import type { QueueFilter } from "@/lib/reviews/schemas";

/** A plain GET form: the filters live in the URL, so a filtered queue can be shared and reloaded. */
export function QueueFilters({ filter, prompts }: { filter: QueueFilter; prompts: { slug: string; title: string }[] }) {
  const t = useTranslations("reviews");
  const select = "rounded-lg border-0 py-1.5 text-sm ring-1 ring-slate-300 ring-inset";
  return (
    <form method="get" className="flex flex-wrap items-end gap-3" aria-label={t("queue.filterLabel")}>
      <label className="space-y-1 text-sm">
        <span className="block font-medium text-slate-700">{t("queue.prompt")}</span>
        <select name="prompt" defaultValue={filter.prompt ?? ""} className={select}>
          <option value="">{t("queue.allPrompts")}</option>
          {prompts.map((p) => (
            <option key={p.slug} value={p.slug}>
              {p.title}
            </option>
          ))}
        </select>
      </label>
      <label className="space-y-1 text-sm">
        <span className="block font-medium text-slate-700">{t("queue.state")}</span>
        <select name="state" defaultValue={filter.state} className={select}>
          <option value="open">{t("queue.open")}</option>
          <option value="requested">{t("state.requested")}</option>
          <option value="in_review">{t("state.in_review")}</option>
          <option value="done">{t("state.done")}</option>
        </select>
      </label>
      <label className="flex items-center gap-2 pb-2 text-sm text-slate-700">
        <input type="checkbox" name="mine" value="1" defaultChecked={filter.mine} />
        {t("queue.mineOnly")}
      </label>
      <Button type="submit" variant="secondary" size="sm" className="mb-0.5">
        {t("queue.apply")}
      </Button>
    </form>
  );
}
