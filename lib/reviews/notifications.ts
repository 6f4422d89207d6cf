import type { Database } from "@/lib/db/client";
import type { NotificationKind } from "@/lib/db/generated/enums";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import { localizePrompt } from "@/lib/prompts/localize";

export type { NotificationKind };

export interface NotificationView {
  id: string;
  kind: NotificationKind;
  interviewId: string;
  commentId: string | null;
  actorName: string | null;
  promptTitle: string;
  createdAt: string;
  read: boolean;
  /** Where the notification leads: the report for the candidate, the workspace for a mentor. */
  href: string;
}

const INBOX_LIMIT = 50;

/** One row per recipient; nobody is told about their own action. */
export async function notify(
  db: Pick<Database, "notification">,
  input: {
    userIds: (string | null | undefined)[];
    actorId: string;
    kind: NotificationKind;
    interviewId: string;
    commentId?: string;
  },
): Promise<void> {
  const recipients = [...new Set(input.userIds)].filter((id): id is string => !!id && id !== input.actorId);
  if (recipients.length === 0) return;
  await db.notification.createMany({
    data: recipients.map((userId) => ({
      userId,
      actorId: input.actorId,
      kind: input.kind,
      interviewId: input.interviewId,
      commentId: input.commentId ?? null,
    })),
  });
}

export function countUnread(db: Database, userId: string): Promise<number> {
  return db.notification.count({ where: { userId, readAt: null } });
}

/** The user's newest notifications, prompt titles in `locale`. */
export async function listNotifications(
  db: Database,
  userId: string,
  locale: Locale = DEFAULT_LOCALE,
): Promise<NotificationView[]> {
  const rows = await db.notification.findMany({
    where: { userId },
    orderBy: { createdAt: "desc" },
    take: INBOX_LIMIT,
    include: { actor: { select: { name: true } } },
  });
  const interviews = await db.interview.findMany({
    where: { id: { in: [...new Set(rows.map((row) => row.interviewId))] } },
    select: { id: true, userId: true, prompt: { select: { slug: true, title: true, translations: true } } },
  });
  const byId = new Map(interviews.map((interview) => [interview.id, interview]));
  return rows.flatMap((row) => {
    const interview = byId.get(row.interviewId);
    if (!interview) return [];
    const page =
      interview.userId === userId ? `/interviews/${row.interviewId}/report` : `/mentor/reviews/${row.interviewId}`;
    return [
      {
        id: row.id,
        kind: row.kind,
        interviewId: row.interviewId,
        commentId: row.commentId,
        actorName: row.actor?.name ?? null,
        promptTitle: localizePrompt(interview.prompt, locale).title,
        createdAt: row.createdAt.toISOString(),
        read: row.readAt !== null,
        href: row.commentId ? `${page}?thread=${row.commentId}#threads` : page,
      },
    ];
  });
}

/** Marks the user's notifications read: the ones named, or all. Others' ids are ignored. */
export async function markNotificationsRead(
  db: Database,
  userId: string,
  which: { ids: string[] } | { all: true },
): Promise<{ unread: number }> {
  await db.notification.updateMany({
    where: { userId, readAt: null, ...("ids" in which ? { id: { in: which.ids } } : {}) },
    data: { readAt: new Date() },
  });
  return { unread: await countUnread(db, userId) };
}
