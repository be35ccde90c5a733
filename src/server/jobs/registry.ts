import "server-only";
import { purgeAnsweredContactMessages } from "@/server/contact/personal-data";
import { digestJob } from "@/server/conversations/notify";
import { purgeFormerInterpreters } from "@/server/interpretation/personal-data";
import { retentionJob } from "@/server/privacy/retention";
import { savedSearchesJob } from "@/server/saved-searches/weekly";
import { fundingDeadlineJob } from "@/server/reminders/funding";
import { profileRemindersJob } from "@/server/reminders/profiles";
import { requestRemindersJob } from "@/server/reminders/requests";
import type { Job } from "./types";

/**
 * Every scheduled job of the portal. The runner (runner.ts, started once per process from
 * src/instrumentation.ts) runs each once per period across all instances. Add a job here; never a
 * timer of its own.
 */
export const JOBS: Job[] = [
  // What has outlived its retention period (src/server/env.ts) is deleted.
  retentionJob(),
  // The daily digest of conversation messages, from 05:00 UTC, for those who chose it.
  digestJob,
  // Answered contact messages are kept a year (the privacy notice says so), then deleted.
  {
    name: "contact.purge",
    period: "daily",
    async run({ now }) {
      await purgeAnsweredContactMessages(now);
    },
  },
  // Deactivated interpreters' records are kept a year after their last change, then deleted.
  {
    name: "interpreters.purge",
    period: "daily",
    async run({ now }) {
      await purgeFormerInterpreters(now);
    },
  },
  // Each saved catalogue search, a week after it was saved or last checked, mails its owner the
  // hromadas that newly match it (and searches their owners may no longer keep are deleted).
  savedSearchesJob,
  // Reminders (src/server/reminders), each mail with its unsubscribe link: overdue requests (hourly),
  // profiles not confirmed for half a year and funding deadlines 30 days ahead (daily).
  requestRemindersJob,
  profileRemindersJob,
  fundingDeadlineJob,
];
