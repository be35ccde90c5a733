-- AlterTable
ALTER TABLE "app_user" ADD COLUMN     "job_title" VARCHAR(120),
ADD COLUMN     "locale_chosen" BOOLEAN NOT NULL DEFAULT false;

