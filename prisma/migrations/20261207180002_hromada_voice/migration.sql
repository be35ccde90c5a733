-- CreateEnum
CREATE TYPE "RequestDirection" AS ENUM ('TO_HROMADA', 'TO_EU');

-- CreateEnum
CREATE TYPE "HromadaAnswer" AS ENUM ('INTERESTED', 'NOT_NOW');

-- AlterEnum
ALTER TYPE "RequestEventKind" ADD VALUE 'HROMADA_ANSWERED';

-- AlterTable
ALTER TABLE "partnership_request" ADD COLUMN     "direction" "RequestDirection" NOT NULL DEFAULT 'TO_HROMADA',
ADD COLUMN     "hromada_answer" "HromadaAnswer",
ADD COLUMN     "hromada_answer_reason" VARCHAR(2000),
ADD COLUMN     "hromada_answered_at" TIMESTAMPTZ(3),
ADD COLUMN     "hromada_first_answered_at" TIMESTAMPTZ(3);

