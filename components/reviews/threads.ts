import type { CommentView } from "@/lib/reviews/comments";

export interface Thread {
  root: CommentView;
  replies: CommentView[];
}

/** Comments grouped into threads, oldest first; replies in the order written. */
export function groupThreads(comments: readonly CommentView[]): Thread[] {
  const threads = new Map<string, Thread>();
  for (const comment of comments) if (!comment.parentId) threads.set(comment.id, { root: comment, replies: [] });
  for (const comment of comments) if (comment.parentId) threads.get(comment.parentId)?.replies.push(comment);
  for (const thread of threads.values()) thread.replies.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  return [...threads.values()].sort((a, b) => a.root.createdAt.localeCompare(b.root.createdAt));
}

/** Merges fresh comments (a poll's answer, or one just posted) into the list by id. */
export function mergeComments(current: readonly CommentView[], fresh: readonly CommentView[]): CommentView[] {
  if (fresh.length === 0) return current as CommentView[];
  const byId = new Map(current.map((c) => [c.id, c]));
  let changed = false;
  for (const comment of fresh) {
    const known = byId.get(comment.id);
    if (!known || known.updatedAt !== comment.updatedAt || known.resolved !== comment.resolved) {
      byId.set(comment.id, comment);
      changed = true;
    }
  }
  return changed ? [...byId.values()] : (current as CommentView[]);
}
