-- CreateEnum
CREATE TYPE "VerdictOverride" AS ENUM ('pass', 'fail', 'not_applicable');

-- CreateEnum
CREATE TYPE "Recommendation" AS ENUM ('strong_hire', 'hire', 'lean_no_hire', 'no_hire');

-- CreateEnum
CREATE TYPE "NotificationKind" AS ENUM ('review_claimed', 'comment', 'review_completed');

-- AlterTable
ALTER TABLE "Comment" DROP COLUMN "elementId",
ADD COLUMN     "deletedAt" TIMESTAMP(3),
ADD COLUMN     "editedAt" TIMESTAMP(3),
ADD COLUMN     "elementIds" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- AlterTable
ALTER TABLE "Review" ADD COLUMN     "claimedAt" TIMESTAMP(3),
ADD COLUMN     "note" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "recommendation" "Recommendation",
ADD COLUMN     "signals" JSONB,
ADD COLUMN     "summary" TEXT NOT NULL DEFAULT '';

-- CreateTable
CREATE TABLE "ReviewOverride" (
    "id" TEXT NOT NULL,
    "reviewId" TEXT NOT NULL,
    "ruleId" TEXT NOT NULL,
    "status" "VerdictOverride" NOT NULL,
    "reason" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ReviewOverride_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Notification" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "actorId" TEXT,
    "kind" "NotificationKind" NOT NULL,
    "interviewId" TEXT NOT NULL,
    "commentId" TEXT,
    "readAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ReviewOverride_reviewId_ruleId_key" ON "ReviewOverride"("reviewId", "ruleId");

-- CreateIndex
CREATE INDEX "Notification_userId_readAt_createdAt_idx" ON "Notification"("userId", "readAt", "createdAt");

-- CreateIndex
CREATE INDEX "Comment_interviewId_updatedAt_idx" ON "Comment"("interviewId", "updatedAt");

-- CreateIndex
CREATE INDEX "Comment_authorId_createdAt_idx" ON "Comment"("authorId", "createdAt");

-- CreateIndex
CREATE INDEX "Review_mentorId_status_idx" ON "Review"("mentorId", "status");

-- AddForeignKey
ALTER TABLE "ReviewOverride" ADD CONSTRAINT "ReviewOverride_reviewId_fkey" FOREIGN KEY ("reviewId") REFERENCES "Review"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_commentId_fkey" FOREIGN KEY ("commentId") REFERENCES "Comment"("id") ON DELETE CASCADE ON UPDATE CASCADE;
