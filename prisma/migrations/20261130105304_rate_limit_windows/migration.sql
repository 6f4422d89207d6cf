-- CreateTable
CREATE TABLE "RateLimitWindow" (
    "key" TEXT NOT NULL,
    "windowStart" TIMESTAMP(3) NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "RateLimitWindow_pkey" PRIMARY KEY ("key","windowStart")
);

-- CreateIndex
CREATE INDEX "RateLimitWindow_windowStart_idx" ON "RateLimitWindow"("windowStart");

-- Counts that only matter for a minute: no write-ahead log, so a counted request costs no
-- disk flush (the table is emptied if Postgres crashes, and a standby does not get it: either
-- way at most a minute of counts is forgotten).
ALTER TABLE "RateLimitWindow" SET UNLOGGED;
