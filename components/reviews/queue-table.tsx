import Link from "next/link";
import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import type { AssignableMentor } from "@/lib/reviews/claims";
import type { QueuedReview } from "@/lib/reviews/queue";
import { AssignForm } from "./assign-form";
import { ClaimButton } from "./claim-button";
import { waitTime } from "./format";

/**
 * Reviews, oldest request first: prompt, candidate, engine score, waiting time and the next step;
 * for an admin (given `mentors`), assigning each review that is not done.
 */
export function QueueTable({
  reviews,
  viewerId,
  now,
  empty,
  mentors,
}: {
  reviews: QueuedReview[];
  viewerId: string;
  now: number;
  empty: string;
  /** Who reviews can be assigned to; only an admin's queue passes it. */
  mentors?: AssignableMentor[];
}) {
  // Not async, so next-intl's hook serves both the server pages and any client parent.
  const t = useTranslations("reviews");
  const waited = (requestedAt: string) => {
    const wait = waitTime(now - Date.parse(requestedAt));
    return t(wait.key, { count: wait.count });
  };
  if (reviews.length === 0) return <EmptyState title={t("queue.nothingHere")} description={empty} />;
  return (
    <Card className="overflow-x-auto">
      <table className="w-full text-left text-sm" data-testid="review-queue">
        <caption className="sr-only">{t("queue.caption")}</caption>
        <thead className="border-b border-slate-200 bg-slate-50 text-xs text-slate-500">
          <tr>
            {(["colPrompt", "colCandidate", "colScore", "colWaiting", "colState"] as const).map((head) => (
              <th key={head} scope="col" className="px-4 py-3 font-medium">
                {t(`queue.${head}`)}
              </th>
            ))}
            <th scope="col" className="px-4 py-3 font-medium">
              <span className="sr-only">{t("queue.colActions")}</span>
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {reviews.map((row) => (
            <tr key={row.reviewId} data-interview-id={row.interviewId}>
              <td className="px-4 py-3">
                <Link
                  href={`/mentor/reviews/${row.interviewId}`}
                  className="font-medium text-slate-900 hover:text-indigo-700"
                >
                  {row.prompt.title}
                </Link>
                {row.note ? (
                  <p className="mt-0.5 line-clamp-1 text-xs text-slate-500">{t("queue.quoted", { note: row.note })}</p>
                ) : null}
              </td>
              <td className="px-4 py-3 text-slate-700">{row.candidate.name}</td>
              <td className="px-4 py-3 font-medium text-slate-900 tabular-nums">{row.score ?? "—"}</td>
              <td className="px-4 py-3 text-slate-700 tabular-nums">{waited(row.requestedAt)}</td>
              <td className="px-4 py-3">
                <Badge tone={row.status === "requested" ? "warning" : row.status === "done" ? "success" : "accent"}>
                  {t(`state.${row.status}`)}
                </Badge>
                {row.mentor ? (
                  <span className="ml-2 text-xs text-slate-500">
                    {row.mentor.id === viewerId ? t("queue.you") : row.mentor.name}
                  </span>
                ) : null}
              </td>
              <td className="px-4 py-3 text-right">
                <div className="flex flex-col items-end gap-2">
                  {row.status === "requested" ? (
                    <ClaimButton interviewId={row.interviewId} action="claim" openAfter />
                  ) : (
                    <ButtonLink href={`/mentor/reviews/${row.interviewId}`} size="sm" variant="secondary">
                      {t("queue.openReview")}
                    </ButtonLink>
                  )}
                  {mentors && row.status !== "done" ? (
                    <AssignForm
                      interviewId={row.interviewId}
                      candidateId={row.candidate.id}
                      currentMentorId={row.mentor?.id ?? null}
                      mentors={mentors}
                    />
                  ) : null}
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Card>
  );
}
