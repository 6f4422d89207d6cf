-- AlterTable
ALTER TABLE "Interview" ADD COLUMN     "saveKey" TEXT;

-- AlterTable
ALTER TABLE "Revision" ADD COLUMN     "bytes" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "contentHash" TEXT;
