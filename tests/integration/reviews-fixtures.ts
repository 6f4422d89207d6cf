// Accounts and a graded interview for the review tests.
import type { SessionUser } from "@/lib/auth/session";
import type { Role } from "@/lib/auth/roles";
import type { Database } from "@/lib/db/client";
import { saveDraft } from "@/lib/interviews/draft";
import { startInterview } from "@/lib/interviews/start";
import { submitInterview } from "@/lib/interviews/submit";
import { demoReviewScene } from "@/lib/reviews/demo";
import { sessionCookieFor, uniqueEmail } from "./helpers";

export type TestUser = SessionUser & { cookie: string };

export async function createUser(db: Database, role: Role, name: string = role): Promise<TestUser> {
  const user = await db.user.create({ data: { email: uniqueEmail(role), name, role } });
  return { id: user.id, email: user.email, name: user.name, role, cookie: await sessionCookieFor(user.id) };
}

/** A submitted, graded interview of the demo drawing (DNS, load balancer, two web servers, one database). */
export async function gradedInterview(db: Database, userId: string): Promise<string> {
  const started = await startInterview(db, userId, "scale-to-millions");
  await saveDraft(db, userId, started.id, { baseVersion: started.version, scene: demoReviewScene(), notes: "" });
  await submitInterview(db, userId, started.id);
  return started.id;
}
