import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { requireUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db";

export const dynamic = "force-dynamic";

/**
 * Sign-in and ownership are checked here, above the pages' loading boundaries, so that a
 * signed-out visitor gets a real redirect and someone else's interview a real 404 status
 * rather than a streamed page that has already answered 200.
 */
export default async function InterviewLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ id: string }>;
}) {
  const { id } = await params;
  const user = await requireUser(`/interviews/${id}`);
  const owned = await (await getDb()).interview.findFirst({ where: { id, userId: user.id }, select: { id: true } });
  if (!owned) notFound();
  return children;
}
