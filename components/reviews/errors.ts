"use client";

import { useTranslations } from "next-intl";
import type { ApiResult } from "./api";

/** What the person was doing when the server refused: the same code means different things per action. */
export type ReviewAction =
  | "claim"
  | "release"
  | "assign"
  | "request"
  | "withdraw"
  | "verdict"
  | "assessment"
  | "complete"
  | "comment"
  | "editComment"
  | "resolve"
  | "markRead";

type Failure = Extract<ApiResult<unknown>, { ok: false }>;

/**
 * The API answers in English for developers; people read the refusal in their language. The
 * service's error code, read with the action that failed, picks the catalogue message.
 */
export function useReviewError(): (action: ReviewAction, failure: Failure) => string {
  const t = useTranslations("reviews.errors");
  return (action, failure) => {
    const { code, status, details } = failure;
    if (code === "unavailable" && status === 0) return t("unavailable");
    if (code === "already_claimed") {
      const holder = details.claimedBy as { name?: unknown } | null | undefined;
      return t("alreadyClaimed", { name: typeof holder?.name === "string" ? holder.name : t("anotherMentor") });
    }
    if (code === "rate_limited") return action === "comment" ? t("commentRateLimited") : t("rateLimited");
    if (code === "too_large") return t("tooLarge");
    if (code === "not_found") return t("notFound");
    switch (action) {
      case "claim":
        if (code === "forbidden") return t("ownInterview");
        if (code === "review_state") return t("claimState");
        break;
      case "release":
        if (code === "forbidden") return t("releaseForbidden");
        if (code === "review_state") return t("releaseState");
        break;
      case "assign":
        if (code === "forbidden") return t("adminOnly");
        if (code === "invalid_request") return t("assignInvalid");
        if (code === "review_state") return t("alreadyComplete");
        break;
      case "request":
        if (code === "review_state") return t("requestState");
        if (code === "invalid_request") return t("noteTooLong");
        break;
      case "withdraw":
        if (code === "review_state") return t("cannotWithdraw");
        break;
      case "verdict":
      case "assessment":
        if (code === "forbidden") return t("notYourReview");
        if (code === "review_state") return t("alreadyComplete");
        if (code === "invalid_request" && action === "verdict") return t("verdictInvalid");
        break;
      case "complete": {
        if (code === "forbidden") return t("notYourReview");
        if (code === "review_state") return t("noLongerYours");
        const missing = Object.keys((details.fieldErrors as object | undefined) ?? {}).length;
        if (code === "invalid_request") return t("incomplete", { missing });
        break;
      }
      case "comment":
        if (code === "forbidden") return t("commentForbidden");
        if (code === "invalid_request") return t("commentInvalid");
        break;
      case "editComment":
        if (code === "forbidden") return t("commentOwn");
        if (code === "review_state") return t("commentDeleted");
        if (code === "invalid_request") return t("commentInvalid");
        break;
      case "resolve":
      case "markRead":
        break;
    }
    if (code === "forbidden") return t("forbidden");
    if (code === "invalid_request") return t("invalid");
    return t("unknown", { status });
  };
}
