-- CreateEnum
CREATE TYPE "NotificationDelivery" AS ENUM ('IMMEDIATE', 'DAILY', 'NONE');

-- CreateTable
CREATE TABLE "conversation" (
    "id" SERIAL NOT NULL,
    "request_id" INTEGER,
    "partnership_id" INTEGER,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_message_at" TIMESTAMPTZ(3),

    CONSTRAINT "conversation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "conversation_message" (
    "id" SERIAL NOT NULL,
    "conversation_id" INTEGER NOT NULL,
    "author_user_id" TEXT,
    "body" VARCHAR(8000) NOT NULL,
    "language" VARCHAR(5) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "conversation_message_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "conversation_attachment" (
    "id" SERIAL NOT NULL,
    "message_id" INTEGER NOT NULL,
    "file_name" VARCHAR(200) NOT NULL,
    "content_type" VARCHAR(100) NOT NULL,
    "size" INTEGER NOT NULL,
    "data" BYTEA NOT NULL,

    CONSTRAINT "conversation_attachment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "conversation_read" (
    "user_id" TEXT NOT NULL,
    "conversation_id" INTEGER NOT NULL,
    "last_read_message_id" INTEGER NOT NULL,
    "read_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "conversation_read_pkey" PRIMARY KEY ("user_id","conversation_id")
);

-- CreateTable
CREATE TABLE "internal_note" (
    "id" SERIAL NOT NULL,
    "request_id" INTEGER NOT NULL,
    "author_user_id" TEXT,
    "body" VARCHAR(4000) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "internal_note_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "notification_preference" (
    "user_id" TEXT NOT NULL,
    "kind" VARCHAR(40) NOT NULL,
    "delivery" "NotificationDelivery" NOT NULL,
    "digested_up_to" TIMESTAMPTZ(3),
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "notification_preference_pkey" PRIMARY KEY ("user_id","kind")
);

-- CreateIndex
CREATE UNIQUE INDEX "conversation_request_id_key" ON "conversation"("request_id");

-- CreateIndex
CREATE UNIQUE INDEX "conversation_partnership_id_key" ON "conversation"("partnership_id");

-- CreateIndex
CREATE INDEX "conversation_last_message_at_idx" ON "conversation"("last_message_at");

-- CreateIndex
CREATE INDEX "conversation_message_conversation_id_id_idx" ON "conversation_message"("conversation_id", "id");

-- CreateIndex
CREATE INDEX "conversation_message_author_user_id_idx" ON "conversation_message"("author_user_id");

-- CreateIndex
CREATE INDEX "conversation_message_created_at_idx" ON "conversation_message"("created_at");

-- CreateIndex
CREATE INDEX "conversation_attachment_message_id_idx" ON "conversation_attachment"("message_id");

-- CreateIndex
CREATE INDEX "conversation_read_conversation_id_idx" ON "conversation_read"("conversation_id");

-- CreateIndex
CREATE INDEX "internal_note_request_id_created_at_idx" ON "internal_note"("request_id", "created_at");

-- CreateIndex
CREATE INDEX "internal_note_author_user_id_idx" ON "internal_note"("author_user_id");

-- CreateIndex
CREATE INDEX "notification_preference_kind_delivery_idx" ON "notification_preference"("kind", "delivery");

-- AddForeignKey
ALTER TABLE "conversation" ADD CONSTRAINT "conversation_request_id_fkey" FOREIGN KEY ("request_id") REFERENCES "partnership_request"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "conversation" ADD CONSTRAINT "conversation_partnership_id_fkey" FOREIGN KEY ("partnership_id") REFERENCES "partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "conversation_message" ADD CONSTRAINT "conversation_message_conversation_id_fkey" FOREIGN KEY ("conversation_id") REFERENCES "conversation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "conversation_message" ADD CONSTRAINT "conversation_message_author_user_id_fkey" FOREIGN KEY ("author_user_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "conversation_attachment" ADD CONSTRAINT "conversation_attachment_message_id_fkey" FOREIGN KEY ("message_id") REFERENCES "conversation_message"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "conversation_read" ADD CONSTRAINT "conversation_read_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "conversation_read" ADD CONSTRAINT "conversation_read_conversation_id_fkey" FOREIGN KEY ("conversation_id") REFERENCES "conversation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "internal_note" ADD CONSTRAINT "internal_note_request_id_fkey" FOREIGN KEY ("request_id") REFERENCES "partnership_request"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "internal_note" ADD CONSTRAINT "internal_note_author_user_id_fkey" FOREIGN KEY ("author_user_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "notification_preference" ADD CONSTRAINT "notification_preference_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- A conversation belongs to exactly one request or one partnership.
ALTER TABLE "conversation" ADD CONSTRAINT "conversation_one_owner" CHECK (("request_id" IS NULL) <> ("partnership_id" IS NULL));
