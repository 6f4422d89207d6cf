-- AlterTable
ALTER TABLE "Prompt" ADD COLUMN     "translations" JSONB;
