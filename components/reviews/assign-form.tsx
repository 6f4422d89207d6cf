"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import type { AssignableMentor } from "@/lib/reviews/claims";
import type { ReviewView } from "@/lib/reviews/view";
import { callApi, reviewPath } from "./api";
import { useReviewError } from "./errors";

type Outcome = { tone: "ok" | "error"; message: string } | null;

/**
 * An admin's control on a review that is not done: hand it to a mentor, or to another one.
 * A plain form (a labelled select and a button), so it works from the keyboard like any other;
 * the outcome is announced, and the page is refreshed to show the new holder.
 */
export function AssignForm({
  interviewId,
  candidateId,
  currentMentorId,
  mentors,
}: {
  interviewId: string;
  /** Nobody reviews their own interview: the candidate is left out of the choices. */
  candidateId: string;
  currentMentorId: string | null;
  mentors: AssignableMentor[];
}) {
  const router = useRouter();
  const t = useTranslations("reviews.assign");
  const refusal = useReviewError();
  const choices = mentors.filter((mentor) => mentor.id !== candidateId);
  const [mentorId, setMentorId] = useState("");
  const [pending, setPending] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const selectId = `assign-${interviewId}`;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const chosen = choices.find((mentor) => mentor.id === mentorId);
    if (!chosen) return setOutcome({ tone: "error", message: t("chooseFirst") });
    setPending(true);
    const result = await callApi<ReviewView>("PUT", reviewPath(interviewId, "/assign"), { mentorId: chosen.id });
    setPending(false);
    if (!result.ok) return setOutcome({ tone: "error", message: refusal("assign", result) });
    setOutcome({ tone: "ok", message: t("assigned", { name: chosen.name }) });
    setMentorId("");
    router.refresh();
  };

  if (choices.length === 0) {
    return <p className="text-xs text-slate-500">{t("noMentors")}</p>;
  }
  return (
    <form
      onSubmit={(event) => void submit(event)}
      className="inline-flex flex-col items-end gap-1"
      data-testid="assign-form"
    >
      <span className="inline-flex items-center gap-2">
        <label htmlFor={selectId} className="text-xs font-medium whitespace-nowrap text-slate-600">
          {currentMentorId ? t("reassignTo") : t("assignTo")}
        </label>
        <select
          id={selectId}
          value={mentorId}
          onChange={(event) => {
            setMentorId(event.target.value);
            setOutcome(null);
          }}
          disabled={pending}
          aria-invalid={outcome?.tone === "error" || undefined}
          aria-describedby={outcome ? `${selectId}-outcome` : undefined}
          className="h-8 max-w-44 rounded-md border border-slate-300 bg-white px-2 text-sm text-slate-900 focus-visible:outline-2 focus-visible:outline-indigo-600 disabled:bg-slate-50"
        >
          <option value="">{t("choose")}</option>
          {choices.map((mentor) => (
            <option key={mentor.id} value={mentor.id} disabled={mentor.id === currentMentorId}>
              {mentor.id === currentMentorId ? t("holds", { name: mentor.name }) : mentor.name}
            </option>
          ))}
        </select>
        <Button type="submit" size="sm" variant="secondary" pending={pending}>
          {currentMentorId ? t("reassign") : t("assign")}
        </Button>
      </span>
      <span
        id={`${selectId}-outcome`}
        role={outcome?.tone === "error" ? "alert" : "status"}
        className={outcome?.tone === "error" ? "max-w-64 text-right text-xs text-red-700" : "text-xs text-emerald-700"}
      >
        {outcome?.message ?? ""}
      </span>
    </form>
  );
}
