"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { LocalDate } from "@/components/time/local-date";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import type { NotificationView } from "@/lib/reviews/notifications";
import { cn } from "@/lib/ui/cn";
import { callApi } from "./api";
import { useReviewError } from "./errors";

/** The notification's sentence, built from its kind and data in the reader's language. */
const SENTENCE = { review_claimed: "claimed", review_completed: "completed", comment: "commented" } as const;

/** The inbox: newest first; opening one marks it read, or mark them all at once. */
export function InboxList({ notifications }: { notifications: NotificationView[] }) {
  const router = useRouter();
  const t = useTranslations("reviews.inbox");
  const refusal = useReviewError();
  const [error, setError] = useState<string | null>(null);
  const unread = notifications.filter((n) => !n.read).length;
  const markRead = async (body: { ids: string[] } | { all: true }) => {
    const result = await callApi("POST", "/api/notifications/read", body);
    if (!result.ok) setError(refusal("markRead", result));
    return result.ok;
  };
  if (notifications.length === 0) {
    return <EmptyState title={t("emptyTitle")} description={t("emptyDescription")} />;
  }
  return (
    <div className="space-y-3">
      <div className="flex items-center justify-between gap-3">
        <p className="text-sm text-slate-600">{unread ? t("unread", { count: unread }) : t("allRead")}</p>
        <Button
          variant="secondary"
          size="sm"
          disabled={!unread}
          onClick={() => void markRead({ all: true }).then((ok) => ok && router.refresh())}
        >
          {t("markAll")}
        </Button>
      </div>
      {error ? (
        <p role="alert" className="text-sm text-red-700">
          {error}
        </p>
      ) : null}
      <Card>
        <ul className="divide-y divide-slate-100" data-testid="inbox">
          {notifications.map((n) => (
            <li key={n.id} className={cn("flex items-center gap-3 px-4 py-3", !n.read && "bg-indigo-50/50")}>
              <span
                aria-hidden="true"
                className={cn("size-2 shrink-0 rounded-full", n.read ? "bg-transparent" : "bg-indigo-600")}
              />
              <Link
                href={n.href}
                onClick={() => void markRead({ ids: [n.id] })}
                className="min-w-0 flex-1 text-sm text-slate-800 hover:text-indigo-700"
              >
                <span className={n.read ? "" : "font-medium"}>
                  {t(SENTENCE[n.kind], { who: n.actorName ?? t("someone"), prompt: n.promptTitle })}
                </span>
                <span className="ml-2 text-xs text-slate-500">
                  <LocalDate value={n.createdAt} format="datetime" />
                </span>
                {n.read ? null : <span className="sr-only"> {t("unreadMarker")}</span>}
              </Link>
            </li>
          ))}
        </ul>
      </Card>
    </div>
  );
}
