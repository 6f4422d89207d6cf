"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { callApi, reviewPath } from "./api";
import { useReviewError } from "./errors";

/** Claims a review (or releases one's claim); a lost race says who won. */
export function ClaimButton({
  interviewId,
  action,
  openAfter = false,
}: {
  interviewId: string;
  action: "claim" | "release";
  /** Go to the workspace once claimed (from the queue). */
  openAfter?: boolean;
}) {
  const router = useRouter();
  const t = useTranslations("reviews.claim");
  const refusal = useReviewError();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = async () => {
    setPending(true);
    const result = await callApi("claim" === action ? "POST" : "DELETE", reviewPath(interviewId, "/claim"));
    setPending(false);
    if (!result.ok) return setError(refusal(action, result));
    if (openAfter) router.push(`/mentor/reviews/${interviewId}`);
    else router.refresh();
  };
  return (
    <span className="inline-flex flex-col items-end gap-1">
      <Button
        size="sm"
        variant={action === "claim" ? "primary" : "secondary"}
        pending={pending}
        onClick={() => void run()}
      >
        {action === "claim" ? t("claim") : t("release")}
      </Button>
      {error ? (
        <span role="alert" className="max-w-56 text-right text-xs text-red-700">
          {error}
        </span>
      ) : null}
    </span>
  );
}
