// Interview and review statuses come from Prisma's generated enums (prisma/schema.prisma).
import type { InterviewStatus, ReviewStatus } from "@/lib/db/generated/enums";

export type { InterviewStatus, ReviewStatus };

/** How an interview ended: submitted by the candidate, or by the clock. */
export type FinishedStatus = Exclude<InterviewStatus, "in_progress">;
