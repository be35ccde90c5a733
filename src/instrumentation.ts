export async function register() {
  // The database (embedded or real) is prepared once, in the Node.js server process only.
  if (process.env.NEXT_RUNTIME === "nodejs" && process.env.NEXT_PHASE !== "phase-production-build") {
    // First, so that no request is handled without it: the address that connected (client-address.ts).
    const { stampPeerAddresses } = await import("./server/abuse/peer-address");
    stampPeerAddresses();
    const { prepareDatabase } = await import("./server/db/startup");
    try {
      // The demo seed lives beside the schema (prisma/seed) and is wired in here, not imported by
      // the server; it is loaded only to fill an empty database with demo data.
      await prepareDatabase(() => import("../prisma/seed/demo").then((seed) => seed.seedDemo));
      const { env, demoMode } = await import("./server/env");
      if (demoMode) {
        console.warn("DEMO MODE is on: anyone can sign in as a demo account, and the outbox is readable at /{locale}/dev/mailbox.");
      } else if (!env.AUTH_SECRET || !env.AUTH_URL) {
        // The public pages work without them; signing in refuses until both are set.
        console.error("Sign-in is unavailable: AUTH_SECRET and AUTH_URL must be set outside demo mode (see README, Configuration).");
      }
      // Mail is written to the outbox with each change and delivered from there. Without SMTP
      // outside demo mode it stays queued (PENDING) until SMTP_URL is set: never marked delivered
      // to a development mailbox nobody can open.
      if (env.SMTP_URL || demoMode) {
        const { startOutboxSender } = await import("./server/mail/outbox");
        const stop = startOutboxSender();
        process.once("SIGTERM", stop);
        process.once("SIGINT", stop);
      } else {
        console.error("Mail is not sent: SMTP_URL is unset outside demo mode. It is kept in the outbox until SMTP_URL is set.");
      }
      // Scheduled work (retention purges, the daily digest, the reminders): one timer, each job once
      // per period across every instance (src/server/jobs).
      if (env.JOB_RUNNER === "on") {
        const { startJobRunner } = await import("./server/jobs/runner");
        const stopJobs = startJobRunner(env.AUTH_URL ? new URL(env.AUTH_URL).origin : demoMode ? `http://localhost:${process.env.PORT ?? 3000}` : undefined);
        process.once("SIGTERM", stopJobs);
        process.once("SIGINT", stopJobs);
      } else {
        console.warn("Scheduled jobs do not run in this instance (JOB_RUNNER=off): another instance runs them, or POST /api/dev/jobs in demo mode.");
      }
    } catch (error) {
      // Without its database the portal can only answer errors: stop, and say why.
      console.error("The portal could not start:", error instanceof Error ? error.message : error);
      process.exit(1);
    }
  }
}
