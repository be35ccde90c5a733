// Demo mode only: runs the due scheduled jobs at a time the caller sets (src/server/jobs/dev-clock.ts).
export { POST } from "@/server/jobs/dev-clock";
