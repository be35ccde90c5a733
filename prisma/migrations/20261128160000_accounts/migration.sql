-- Accounts: Auth.js users, sessions and magic-link tokens; memberships of municipalities granted
-- by coordinators; the audit log; the mail outbox; rate-limit counters shared by every instance;
-- the history of each partnership request.

-- CreateEnum
CREATE TYPE "GlobalRole" AS ENUM ('COORDINATOR', 'ADMINISTRATOR');

-- CreateEnum
CREATE TYPE "MembershipStatus" AS ENUM ('PENDING', 'APPROVED', 'REJECTED');

-- CreateEnum
CREATE TYPE "AuditOutcome" AS ENUM ('ALLOWED', 'REFUSED', 'FAILED');

-- CreateEnum
CREATE TYPE "OutboxStatus" AS ENUM ('PENDING', 'SENT', 'FAILED');

-- CreateEnum
CREATE TYPE "RequestEventKind" AS ENUM ('SUBMITTED', 'STATUS_CHANGED', 'INFO_REQUESTED', 'WITHDRAWN');

-- AlterTable
ALTER TABLE "partnership_request" ADD COLUMN     "requester_user_id" TEXT;

-- CreateTable
CREATE TABLE "app_user" (
    "id" TEXT NOT NULL,
    "name" VARCHAR(120),
    "email" VARCHAR(254) NOT NULL,
    "email_verified" TIMESTAMPTZ(3),
    "image" VARCHAR(500),
    "role" "GlobalRole",
    "locale" VARCHAR(5),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "app_user_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "account" (
    "user_id" TEXT NOT NULL,
    "type" VARCHAR(40) NOT NULL,
    "provider" VARCHAR(60) NOT NULL,
    "provider_account_id" VARCHAR(200) NOT NULL,
    "refresh_token" TEXT,
    "access_token" TEXT,
    "expires_at" INTEGER,
    "token_type" VARCHAR(60),
    "scope" VARCHAR(500),
    "id_token" TEXT,
    "session_state" VARCHAR(200),

    CONSTRAINT "account_pkey" PRIMARY KEY ("provider","provider_account_id")
);

-- CreateTable
CREATE TABLE "session" (
    "session_token" VARCHAR(255) NOT NULL,
    "user_id" TEXT NOT NULL,
    "expires" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "session_pkey" PRIMARY KEY ("session_token")
);

-- CreateTable
CREATE TABLE "verification_token" (
    "identifier" VARCHAR(254) NOT NULL,
    "token" VARCHAR(255) NOT NULL,
    "expires" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "verification_token_pkey" PRIMARY KEY ("identifier","token")
);

-- CreateTable
CREATE TABLE "membership" (
    "id" SERIAL NOT NULL,
    "user_id" TEXT NOT NULL,
    "municipality_id" INTEGER NOT NULL,
    "status" "MembershipStatus" NOT NULL DEFAULT 'PENDING',
    "requested_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decided_at" TIMESTAMPTZ(3),
    "decided_by" TEXT,

    CONSTRAINT "membership_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "audit_event" (
    "id" SERIAL NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actor_user_id" TEXT,
    "action" VARCHAR(60) NOT NULL,
    "object_type" VARCHAR(40),
    "object_id" VARCHAR(60),
    "outcome" "AuditOutcome" NOT NULL,
    "detail" JSONB,

    CONSTRAINT "audit_event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "outbox_message" (
    "id" SERIAL NOT NULL,
    "recipient" VARCHAR(254) NOT NULL,
    "subject" VARCHAR(300) NOT NULL,
    "text" TEXT NOT NULL,
    "html" TEXT,
    "status" "OutboxStatus" NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "next_attempt_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_error" VARCHAR(2000),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sent_at" TIMESTAMPTZ(3),

    CONSTRAINT "outbox_message_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "rate_limit_hit" (
    "key" VARCHAR(200) NOT NULL,
    "window_start" TIMESTAMPTZ(3) NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "rate_limit_hit_pkey" PRIMARY KEY ("key","window_start")
);

-- CreateTable
CREATE TABLE "request_event" (
    "id" SERIAL NOT NULL,
    "request_id" INTEGER NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actor_user_id" TEXT,
    "kind" "RequestEventKind" NOT NULL,
    "from_status" "RequestStatus",
    "to_status" "RequestStatus",
    "note" VARCHAR(2000),

    CONSTRAINT "request_event_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "app_user_email_key" ON "app_user"("email");

-- CreateIndex
CREATE INDEX "account_user_id_idx" ON "account"("user_id");

-- CreateIndex
CREATE INDEX "session_user_id_idx" ON "session"("user_id");

-- CreateIndex
CREATE INDEX "membership_municipality_id_status_idx" ON "membership"("municipality_id", "status");

-- CreateIndex
CREATE INDEX "membership_status_requested_at_idx" ON "membership"("status", "requested_at");

-- CreateIndex
CREATE UNIQUE INDEX "membership_user_id_municipality_id_key" ON "membership"("user_id", "municipality_id");

-- CreateIndex
CREATE INDEX "audit_event_at_idx" ON "audit_event"("at");

-- CreateIndex
CREATE INDEX "audit_event_actor_user_id_idx" ON "audit_event"("actor_user_id");

-- CreateIndex
CREATE INDEX "outbox_message_status_next_attempt_at_idx" ON "outbox_message"("status", "next_attempt_at");

-- CreateIndex
CREATE INDEX "outbox_message_recipient_idx" ON "outbox_message"("recipient");

-- CreateIndex
CREATE INDEX "rate_limit_hit_window_start_idx" ON "rate_limit_hit"("window_start");

-- CreateIndex
CREATE INDEX "request_event_request_id_at_idx" ON "request_event"("request_id", "at");

-- CreateIndex
CREATE INDEX "partnership_request_requester_user_id_idx" ON "partnership_request"("requester_user_id");

-- AddForeignKey
ALTER TABLE "partnership_request" ADD CONSTRAINT "partnership_request_requester_user_id_fkey" FOREIGN KEY ("requester_user_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "account" ADD CONSTRAINT "account_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "session" ADD CONSTRAINT "session_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "membership" ADD CONSTRAINT "membership_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "membership" ADD CONSTRAINT "membership_municipality_id_fkey" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "membership" ADD CONSTRAINT "membership_decided_by_fkey" FOREIGN KEY ("decided_by") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "audit_event" ADD CONSTRAINT "audit_event_actor_user_id_fkey" FOREIGN KEY ("actor_user_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "request_event" ADD CONSTRAINT "request_event_request_id_fkey" FOREIGN KEY ("request_id") REFERENCES "partnership_request"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "request_event" ADD CONSTRAINT "request_event_actor_user_id_fkey" FOREIGN KEY ("actor_user_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- By hand (Prisma cannot express CHECK constraints). Auth.js lower-cases the address of every
-- sign-in; the database holds it to that, so "Olena@x" and "olena@x" are never two people.
ALTER TABLE "app_user" ADD CONSTRAINT "app_user_email_lower_check" CHECK ("email" = lower("email"));
ALTER TABLE "outbox_message" ADD CONSTRAINT "outbox_message_attempts_check" CHECK ("attempts" >= 0);
ALTER TABLE "rate_limit_hit" ADD CONSTRAINT "rate_limit_hit_count_check" CHECK ("count" >= 0);
