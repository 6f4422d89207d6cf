// The interviewer chat's transcript: saved message by message as it happens, so a reload
// loses nothing, and read back for the report and for the model's context.
import type { Database } from "@/lib/db/client";
import { assertOwnInterview } from "@/lib/interviews/access";
import type { TranscriptLine } from "./grounding";

export interface TranscriptMessage extends TranscriptLine {
  id: string;
  createdAt: string;
}

const MAX_MESSAGES = 500;

/** The transcript of an interview, oldest first (callers have checked access). */
export async function loadTranscriptLines(db: Database, interviewId: string): Promise<TranscriptMessage[]> {
  const rows = await db.coachMessage.findMany({
    where: { interviewId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: MAX_MESSAGES,
  });
  return rows.map((row) => ({
    id: row.id,
    role: row.role === "interviewer" ? "interviewer" : "candidate",
    content: row.content,
    createdAt: row.createdAt.toISOString(),
  }));
}

/** The transcript of one of the user's interviews; "not found" for anyone else's. */
export async function loadTranscript(db: Database, userId: string, interviewId: string) {
  await assertOwnInterview(db, userId, interviewId);
  return loadTranscriptLines(db, interviewId);
}

export async function appendMessage(db: Database, interviewId: string, line: TranscriptLine) {
  const row = await db.coachMessage.create({ data: { interviewId, role: line.role, content: line.content } });
  return { id: row.id, role: line.role, content: row.content, createdAt: row.createdAt.toISOString() };
}
