import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import type { AssignableMentor } from "@/lib/reviews/claims";
import type { QueuedReview } from "@/lib/reviews/queue";
import { AssignForm } from "./assign-form";
import { ClaimButton } from "./claim-button";
import { formatWait } from "./format";
import { REVIEW_STATE_LABELS } from "./labels";

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
  if (reviews.length === 0) return <EmptyState title="Nothing here" description={empty} />;
  return (
    <Card className="overflow-x-auto">
      <table className="w-full text-left text-sm" data-testid="review-queue">
        <caption className="sr-only">Reviews, oldest request first</caption>
        <thead className="border-b border-slate-200 bg-slate-50 text-xs text-slate-500">
          <tr>
            {["Prompt", "Candidate", "Engine score", "Waiting", "State", ""].map((head) => (
              <th key={head} scope="col" className="px-4 py-3 font-medium">
                {head || <span className="sr-only">Actions</span>}
              </th>
            ))}
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
                  <p className="mt-0.5 line-clamp-1 text-xs text-slate-500">&ldquo;{row.note}&rdquo;</p>
                ) : null}
              </td>
              <td className="px-4 py-3 text-slate-700">{row.candidate.name}</td>
              <td className="px-4 py-3 font-medium text-slate-900 tabular-nums">{row.score ?? "—"}</td>
              <td className="px-4 py-3 text-slate-700 tabular-nums">{formatWait(now - Date.parse(row.requestedAt))}</td>
              <td className="px-4 py-3">
                <Badge tone={row.status === "requested" ? "warning" : row.status === "done" ? "success" : "accent"}>
                  {REVIEW_STATE_LABELS[row.status]}
                </Badge>
                {row.mentor ? (
                  <span className="ml-2 text-xs text-slate-500">
                    {row.mentor.id === viewerId ? "You" : row.mentor.name}
                  </span>
                ) : null}
              </td>
              <td className="px-4 py-3 text-right">
                <div className="flex flex-col items-end gap-2">
                  {row.status === "requested" ? (
                    <ClaimButton interviewId={row.interviewId} action="claim" openAfter />
                  ) : (
                    <ButtonLink href={`/mentor/reviews/${row.interviewId}`} size="sm" variant="secondary">
                      Open
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
