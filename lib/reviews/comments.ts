// Threads on a submitted design: pinned to elements of the drawing, to a rule, or to the
// whole design; replies; edits and deletions that leave a marker; resolve and reopen.
import type { SessionUser } from "@/lib/auth/session";
import type { Database } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { normaliseScene } from "@/lib/interviews/scene";
import { readGradeResult } from "@/lib/reports/grade";
import { readReviewAccess, reviewNotFound, type ReviewAccess } from "./access";
import { notify } from "./notifications";

export interface CommentView {
  id: string;
  parentId: string | null;
  author: { id: string; name: string };
  /** Whose side the author is on: the interview's candidate, or the reviewing mentor (or an admin). */
  side: "candidate" | "mentor";
  /** Markdown subset (lib/reviews/markdown.ts); empty once deleted. */
  body: string;
  elementIds: string[];
  ruleId: string | null;
  resolved: boolean;
  editedAt: string | null;
  deletedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

/** How many comments one user may post in RATE_WINDOW_MS before being asked to wait. */
export const RATE_LIMIT = 3;
export const RATE_WINDOW_MS = 1_000;
/**
 * A change commits a little after its updatedAt is stamped; a client asking for changes
 * "since" its last answer is answered from a little before, and merges by id.
 */
const SINCE_OVERLAP_MS = 5_000;

const COMMENT_SELECT = {
  id: true,
  parentId: true,
  body: true,
  elementIds: true,
  ruleId: true,
  resolved: true,
  editedAt: true,
  deletedAt: true,
  createdAt: true,
  updatedAt: true,
  author: { select: { id: true, name: true } },
} as const;

type CommentRow = {
  id: string;
  parentId: string | null;
  body: string;
  elementIds: string[];
  ruleId: string | null;
  resolved: boolean;
  editedAt: Date | null;
  deletedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  author: { id: string; name: string };
};

function view(row: CommentRow, ownerId: string): CommentView {
  return {
    id: row.id,
    parentId: row.parentId,
    author: row.author,
    side: row.author.id === ownerId ? "candidate" : "mentor",
    body: row.deletedAt ? "" : row.body,
    elementIds: row.elementIds,
    ruleId: row.ruleId,
    resolved: row.resolved,
    editedAt: row.editedAt?.toISOString() ?? null,
    deletedAt: row.deletedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/**
 * The interview's comments, oldest first; with `since`, only those changed from a little
 * before then (the live view's cheap poll). `cursor` is what to pass as `since` next time.
 */
export async function listComments(db: Database, user: SessionUser, interviewId: string, since?: Date) {
  const access = await readReviewAccess(db, user, interviewId);
  return listCommentsFor(db, access, since);
}

export async function listCommentsFor(db: Database, access: ReviewAccess, since?: Date) {
  const cursor = new Date();
  const rows = await db.comment.findMany({
    where: {
      interviewId: access.interview.id,
      ...(since ? { updatedAt: { gte: new Date(since.getTime() - SINCE_OVERLAP_MS) } } : {}),
    },
    orderBy: { createdAt: "asc" },
    select: COMMENT_SELECT,
  });
  return { comments: rows.map((row) => view(row, access.interview.userId)), cursor: cursor.toISOString() };
}

/** Who may write on the interview's threads: the candidate replies, the review's mentor writes. */
function assertCanWrite(access: ReviewAccess, isReply: boolean) {
  if (!access.review) throw reviewNotFound();
  if (access.role === "reviewer") return;
  if (access.role === "owner") {
    if (!isReply) throw new AppError("forbidden", "Reply to a mentor's thread; new threads are the mentor's.");
    return;
  }
  throw new AppError("forbidden", "Only the mentor who claimed this review can comment on it.");
}

async function assertNotFlooding(db: Database, authorId: string, now: Date) {
  const recent = await db.comment.findMany({
    where: { authorId, createdAt: { gt: new Date(now.getTime() - RATE_WINDOW_MS) } },
    orderBy: { createdAt: "asc" },
    select: { createdAt: true },
    take: RATE_LIMIT,
  });
  if (recent.length >= RATE_LIMIT) {
    const retryAfterMs = Math.max(1, recent[0]!.createdAt.getTime() + RATE_WINDOW_MS - now.getTime());
    throw new AppError("rate_limited", "You are commenting very fast; wait a moment and post again.", {
      retryAfterSeconds: Math.ceil(retryAfterMs / 1000),
    });
  }
}

/** The ids of the submitted drawing's live elements. */
async function drawingElementIds(db: Database, interviewId: string): Promise<Set<string>> {
  const { scene } = await db.interview.findUniqueOrThrow({ where: { id: interviewId }, select: { scene: true } });
  const elements = normaliseScene(scene).elements as { id?: unknown; isDeleted?: unknown }[];
  return new Set(elements.filter((e) => e && !e.isDeleted && typeof e.id === "string").map((e) => e.id as string));
}

async function assertPinExists(db: Database, interviewId: string, elementIds: string[], ruleId: string | undefined) {
  if (elementIds.length > 0) {
    const present = await drawingElementIds(db, interviewId);
    const missing = elementIds.filter((id) => !present.has(id));
    if (missing.length > 0) {
      throw new AppError("invalid_request", `Not in the submitted drawing: ${missing.slice(0, 5).join(", ")}.`, {
        fieldErrors: { elementIds: ["Pick elements of the submitted drawing."] },
      });
    }
  }
  if (ruleId) {
    const grade = await db.grade.findUnique({ where: { interviewId }, select: { result: true } });
    const findings = grade ? (readGradeResult(grade.result)?.findings ?? []) : [];
    if (!findings.some((f) => f.ruleId === ruleId)) {
      throw new AppError("invalid_request", "That rule is not among this interview's findings.", {
        fieldErrors: { ruleId: ["Unknown rule."] },
      });
    }
  }
}

export interface PostCommentInput {
  body: string;
  parentId?: string;
  elementIds: string[];
  ruleId?: string;
}

/** Starts a thread (the reviewing mentor) or replies to one (either side). */
export async function postComment(db: Database, user: SessionUser, interviewId: string, input: PostCommentInput) {
  const access = await readReviewAccess(db, user, interviewId);
  assertCanWrite(access, Boolean(input.parentId));
  if (input.parentId) {
    const parent = await db.comment.findFirst({
      where: { id: input.parentId, interviewId, parentId: null },
      select: { id: true },
    });
    if (!parent) throw new AppError("not_found", "No such thread.");
  } else {
    await assertPinExists(db, interviewId, input.elementIds, input.ruleId);
  }
  const now = new Date();
  await assertNotFlooding(db, user.id, now);
  const row = await db.comment.create({
    data: {
      interviewId,
      authorId: user.id,
      body: input.body,
      parentId: input.parentId ?? null,
      elementIds: input.parentId ? [] : input.elementIds,
      ruleId: input.parentId ? null : (input.ruleId ?? null),
      // A reply reopens nothing by itself; a new thread starts open.
    },
    select: COMMENT_SELECT,
  });
  await notify(db, {
    userIds: [access.interview.userId, access.review?.mentorId],
    actorId: user.id,
    kind: "comment",
    interviewId,
    commentId: input.parentId ?? row.id,
  });
  return view(row, access.interview.userId);
}

/** One's own comment, for an edit or a deletion; anyone else's is not theirs to change. */
async function ownComment(db: Database, user: SessionUser, interviewId: string, commentId: string) {
  const access = await readReviewAccess(db, user, interviewId);
  const comment = await db.comment.findFirst({
    where: { id: commentId, interviewId },
    select: { id: true, authorId: true, deletedAt: true },
  });
  if (!comment) throw new AppError("not_found", "No such comment.");
  if (comment.authorId !== user.id) throw new AppError("forbidden", "You can only change your own comments.");
  if (comment.deletedAt) throw new AppError("review_state", "This comment was deleted.");
  return { access, comment };
}

export async function editComment(
  db: Database,
  user: SessionUser,
  interviewId: string,
  commentId: string,
  body: string,
) {
  const { access } = await ownComment(db, user, interviewId, commentId);
  const row = await db.comment.update({
    where: { id: commentId },
    data: { body, editedAt: new Date() },
    select: COMMENT_SELECT,
  });
  return view(row, access.interview.userId);
}

/** Empties the comment and marks it deleted: the thread keeps its place and shows the marker. */
export async function deleteComment(db: Database, user: SessionUser, interviewId: string, commentId: string) {
  const { access } = await ownComment(db, user, interviewId, commentId);
  const row = await db.comment.update({
    where: { id: commentId },
    data: { body: "", deletedAt: new Date() },
    select: COMMENT_SELECT,
  });
  return view(row, access.interview.userId);
}

/** Resolves or reopens a thread: the candidate or the reviewing mentor. */
export async function setThreadResolved(
  db: Database,
  user: SessionUser,
  interviewId: string,
  threadId: string,
  resolved: boolean,
) {
  const access = await readReviewAccess(db, user, interviewId);
  if (access.role !== "owner" && access.role !== "reviewer") {
    throw new AppError("forbidden", "Only the candidate and the reviewing mentor resolve threads.");
  }
  const thread = await db.comment.findFirst({
    where: { id: threadId, interviewId, parentId: null },
    select: { id: true },
  });
  if (!thread) throw new AppError("not_found", "No such thread.");
  const row = await db.comment.update({ where: { id: threadId }, data: { resolved }, select: COMMENT_SELECT });
  return view(row, access.interview.userId);
}
