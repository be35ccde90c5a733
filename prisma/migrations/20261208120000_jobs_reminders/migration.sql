-- CreateEnum
CREATE TYPE "JobRunStatus" AS ENUM ('RUNNING', 'DONE', 'FAILED');

-- AlterTable
ALTER TABLE "outbox_message" ADD COLUMN     "headers" JSONB;

-- CreateTable
CREATE TABLE "job_run" (
    "job" VARCHAR(100) NOT NULL,
    "period_key" VARCHAR(20) NOT NULL,
    "status" "JobRunStatus" NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 1,
    "started_at" TIMESTAMPTZ(3) NOT NULL,
    "lease_until" TIMESTAMPTZ(3) NOT NULL,
    "finished_at" TIMESTAMPTZ(3),
    "last_error" VARCHAR(2000),

    CONSTRAINT "job_run_pkey" PRIMARY KEY ("job","period_key")
);

-- CreateTable
CREATE TABLE "reminder_sent" (
    "kind" VARCHAR(40) NOT NULL,
    "key" VARCHAR(200) NOT NULL,
    "recipients" INTEGER NOT NULL,
    "sent_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "reminder_sent_pkey" PRIMARY KEY ("kind","key")
);

-- CreateIndex
CREATE INDEX "job_run_started_at_idx" ON "job_run"("started_at");

-- CreateIndex
CREATE INDEX "reminder_sent_sent_at_idx" ON "reminder_sent"("sent_at");

