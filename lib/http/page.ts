// The session of a signed-in page, for app/(app): its layout requires it once, above every
// loading boundary, so a signed-out visitor gets a real redirect (307) to sign-in rather
// than a streamed page; the pages read the same (cached) result for the user and `db`.
import { headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { cache, type ReactNode } from "react";
import type { Database } from "@/lib/db/client";
import { readSessionUser, sessionUserId, type SessionUser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors/app-error";
import { requestPathFrom, signInUrl } from "@/lib/http/request-path";
import { assertOwnInterview } from "@/lib/interviews/access";
import { getDb } from "@/lib/startup/database";

export interface PageSession {
  /** The signed-in user, with their role as the database has it now. */
  user: SessionUser;
  db: Database;
}

/**
 * The signed-in user and the database, once per request. Signed out (or the account gone):
 * a redirect to sign-in that comes back to the page asked for. Also covers a page reached by
 * client-side navigation, where the shared layout does not render again.
 */
export const requireSession = cache(async (): Promise<PageSession> => {
  const user = await findSignedInUser();
  if (!user) redirect(signInUrl(requestPathFrom(await headers())));
  return { user, db: await getDb() };
});

/**
 * The signed-in user as the database has them now, or null (signed out, or the account is
 * gone): for public pages that differ for a signed-in visitor. Once per request.
 */
export const findSignedInUser = cache(async (): Promise<SessionUser | null> => {
  const userId = await sessionUserId();
  return userId ? readSessionUser(await getDb(), userId) : null;
});

/** A service call for a page: an AppError "not_found" shows the not-found page. */
export async function orNotFound<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  }
}

/** The props of a layout under /interviews/[id]. */
export interface InterviewLayoutProps {
  children: ReactNode;
  params: Promise<{ id: string }>;
}

/**
 * For an interview's layouts: the not-found page unless the interview is the user's, then a
 * redirect when the page asked for is the other one (the whiteboard of a finished interview
 * goes to its report, the report of a running one to its whiteboard). Both are decided here,
 * above the pages' loading boundaries, so they are real answers (404, 307) rather than a
 * streamed page; the pages check again for a client-side navigation.
 */
export async function requireOwnInterview(interviewId: string, page: "whiteboard" | "report"): Promise<PageSession> {
  const session = await requireSession();
  const { running } = await orNotFound(assertOwnInterview(session.db, session.user.id, interviewId));
  if (page === "whiteboard" && !running) redirect(`/interviews/${interviewId}/report`);
  if (page === "report" && running) redirect(`/interviews/${interviewId}`);
  return session;
}
