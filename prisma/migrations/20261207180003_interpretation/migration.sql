-- AlterTable
ALTER TABLE "outbox_message" ADD COLUMN     "attachments" JSONB;

-- CreateTable
CREATE TABLE "interpreter" (
    "id" SERIAL NOT NULL,
    "user_id" TEXT NOT NULL,
    "name" VARCHAR(120) NOT NULL,
    "language_pairs" VARCHAR(5)[],
    "paid" BOOLEAN NOT NULL DEFAULT false,
    "availability" VARCHAR(500),
    "contact" VARCHAR(200),
    "active" BOOLEAN NOT NULL DEFAULT true,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "interpreter_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "interpreter_assignment" (
    "id" SERIAL NOT NULL,
    "interpreter_id" INTEGER NOT NULL,
    "request_id" INTEGER,
    "partnership_id" INTEGER,
    "assigned_by_id" TEXT,
    "assigned_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "interpreter_assignment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "meeting" (
    "id" SERIAL NOT NULL,
    "uid" UUID NOT NULL,
    "partnership_id" INTEGER NOT NULL,
    "title" VARCHAR(200) NOT NULL,
    "starts_at" TIMESTAMPTZ(3) NOT NULL,
    "duration_minutes" INTEGER NOT NULL,
    "time_zone" VARCHAR(64) NOT NULL,
    "online_link" VARCHAR(500),
    "place" VARCHAR(300),
    "languages" VARCHAR(3)[],
    "interpretation_needed" BOOLEAN NOT NULL DEFAULT false,
    "planned_by_id" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "meeting_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "interpreter_user_id_key" ON "interpreter"("user_id");

-- CreateIndex
CREATE INDEX "interpreter_active_idx" ON "interpreter"("active");

-- CreateIndex
CREATE INDEX "interpreter_assignment_request_id_idx" ON "interpreter_assignment"("request_id");

-- CreateIndex
CREATE INDEX "interpreter_assignment_partnership_id_idx" ON "interpreter_assignment"("partnership_id");

-- CreateIndex
CREATE UNIQUE INDEX "interpreter_assignment_interpreter_id_request_id_key" ON "interpreter_assignment"("interpreter_id", "request_id");

-- CreateIndex
CREATE UNIQUE INDEX "interpreter_assignment_interpreter_id_partnership_id_key" ON "interpreter_assignment"("interpreter_id", "partnership_id");

-- CreateIndex
CREATE UNIQUE INDEX "meeting_uid_key" ON "meeting"("uid");

-- CreateIndex
CREATE INDEX "meeting_partnership_id_starts_at_idx" ON "meeting"("partnership_id", "starts_at");

-- AddForeignKey
ALTER TABLE "interpreter" ADD CONSTRAINT "interpreter_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "interpreter_assignment" ADD CONSTRAINT "interpreter_assignment_interpreter_id_fkey" FOREIGN KEY ("interpreter_id") REFERENCES "interpreter"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "interpreter_assignment" ADD CONSTRAINT "interpreter_assignment_request_id_fkey" FOREIGN KEY ("request_id") REFERENCES "partnership_request"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "interpreter_assignment" ADD CONSTRAINT "interpreter_assignment_partnership_id_fkey" FOREIGN KEY ("partnership_id") REFERENCES "partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "interpreter_assignment" ADD CONSTRAINT "interpreter_assignment_assigned_by_id_fkey" FOREIGN KEY ("assigned_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "meeting" ADD CONSTRAINT "meeting_partnership_id_fkey" FOREIGN KEY ("partnership_id") REFERENCES "partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "meeting" ADD CONSTRAINT "meeting_planned_by_id_fkey" FOREIGN KEY ("planned_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- An assignment is to a request or to a partnership, never both, never neither.
ALTER TABLE "interpreter_assignment" ADD CONSTRAINT "interpreter_assignment_one_object" CHECK (("request_id" IS NULL) <> ("partnership_id" IS NULL));

-- A meeting lasts between 15 minutes and a day.
ALTER TABLE "meeting" ADD CONSTRAINT "meeting_duration" CHECK ("duration_minutes" BETWEEN 15 AND 1440);
