"use client";

import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import type { ReviewerRole } from "@/lib/reviews/access";
import type { CommentView } from "@/lib/reviews/comments";
import { elementBoxes, type ElementBox } from "@/lib/reviews/elements";
import { callApi, commentsPath } from "./api";
import { groupThreads, mergeComments, type Thread } from "./threads";

/**
 * How often an open page asks for new comments. Polling the database (not an instance's
 * memory) is what makes a comment posted through one app instance reach a page served by
 * another; one poll a second keeps the delay under the 2 s the threads promise.
 */
export const LIVE_POLL_MS = 1_000;

interface ReviewContextValue {
  interviewId: string;
  viewerId: string;
  viewer: ReviewerRole;
  /** The reviewing mentor starts threads; the candidate replies. */
  canStartThreads: boolean;
  canReply: boolean;
  comments: CommentView[];
  threads: Thread[];
  upsert: (comment: CommentView) => void;
  boxes: Map<string, ElementBox>;
  selection: string[];
  toggleSelected: (id: string) => void;
  clearSelection: () => void;
  picking: boolean;
  setPicking: (on: boolean) => void;
  activeThreadId: string | null;
  openThread: (id: string | null) => void;
  /** Whether the live poll's last attempt reached the server. */
  live: boolean;
  /** Elements a thread asked the canvas to show (the overlay, inside the canvas, acts on it). */
  focus: { elementIds: string[]; key: number } | null;
  showElements: (elementIds: string[]) => void;
}

const ReviewContext = createContext<ReviewContextValue | null>(null);

export function useReview(): ReviewContextValue {
  const value = useContext(ReviewContext);
  if (!value) throw new Error("useReview outside ReviewProvider");
  return value;
}

/** Optional: components that also appear on pages without a review (the report's canvas overlay). */
export function useOptionalReview(): ReviewContextValue | null {
  return useContext(ReviewContext);
}

export function ReviewProvider({
  interviewId,
  viewerId,
  viewer,
  hasReview,
  reviewerActive,
  initialComments,
  initialCursor,
  elements,
  initialThreadId = null,
  children,
}: {
  interviewId: string;
  viewerId: string;
  viewer: ReviewerRole;
  hasReview: boolean;
  /** The viewer is the mentor holding the review (claimed or done). */
  reviewerActive: boolean;
  initialComments: CommentView[];
  initialCursor: string;
  elements: readonly unknown[];
  initialThreadId?: string | null;
  children: ReactNode;
}) {
  const [comments, setComments] = useState(initialComments);
  const [selection, setSelection] = useState<string[]>([]);
  const [picking, setPicking] = useState(false);
  const [activeThreadId, setActiveThreadId] = useState<string | null>(initialThreadId);
  const [live, setLive] = useState(true);
  const [focus, setFocus] = useState<ReviewContextValue["focus"]>(null);
  const showElements = useCallback(
    (elementIds: string[]) => setFocus((current) => ({ elementIds, key: (current?.key ?? 0) + 1 })),
    [],
  );
  const cursor = useRef(initialCursor);
  const boxes = useMemo(() => elementBoxes(elements), [elements]);

  const upsert = useCallback((comment: CommentView) => setComments((current) => mergeComments(current, [comment])), []);

  useEffect(() => {
    if (!hasReview) return;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout>;
    const poll = async () => {
      if (document.visibilityState === "visible") {
        const result = await callApi<{ comments: CommentView[]; cursor: string }>(
          "GET",
          commentsPath(interviewId, `?since=${encodeURIComponent(cursor.current)}`),
        );
        if (stopped) return;
        setLive(result.ok);
        if (result.ok) {
          cursor.current = result.data.cursor;
          setComments((current) => mergeComments(current, result.data.comments));
        }
      }
      timer = setTimeout(() => void poll(), LIVE_POLL_MS);
    };
    timer = setTimeout(() => void poll(), LIVE_POLL_MS);
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [hasReview, interviewId]);

  const value = useMemo<ReviewContextValue>(
    () => ({
      interviewId,
      viewerId,
      viewer,
      canStartThreads: viewer === "reviewer" && reviewerActive,
      canReply: hasReview && (viewer === "owner" || (viewer === "reviewer" && reviewerActive)),
      comments,
      threads: groupThreads(comments),
      upsert,
      boxes,
      selection,
      toggleSelected: (id) =>
        setSelection((current) => (current.includes(id) ? current.filter((x) => x !== id) : [...current, id])),
      clearSelection: () => setSelection([]),
      picking,
      setPicking,
      activeThreadId,
      openThread: setActiveThreadId,
      live,
      focus,
      showElements,
    }),
    [
      focus,
      showElements,
      interviewId,
      viewerId,
      viewer,
      reviewerActive,
      hasReview,
      comments,
      upsert,
      boxes,
      selection,
      picking,
      activeThreadId,
      live,
    ],
  );
  return <ReviewContext.Provider value={value}>{children}</ReviewContext.Provider>;
}
