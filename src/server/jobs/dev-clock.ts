import "server-only";
import { z } from "zod";
import { demoMode } from "@/server/env";
import { runDueJobs } from "./runner";
import { JOBS } from "./registry";

const body = z.object({ now: z.iso.datetime({ offset: true }), job: z.string().min(1).max(100).optional() }).strict();

/**
 * POST /api/dev/jobs {"now": ISO time, "job"?: name}: runs the jobs due at `now` (or only the one
 * named), so end-to-end specs and demos can move the clock forward. It exists in demo mode only
 * (404 otherwise), like the development mailbox. Answers the outcome of each job.
 */
export async function POST(request: Request): Promise<Response> {
  if (!demoMode) return new Response("Not found", { status: 404 });
  const parsed = body.safeParse(await request.json().catch(() => null));
  if (!parsed.success) return Response.json({ error: 'Send {"now": "2026-12-08T06:00:00Z", "job"?: "name"}.' }, { status: 400 });
  const { now, job } = parsed.data;
  if (job !== undefined && !JOBS.some((j) => j.name === job)) {
    return Response.json({ error: `Unknown job. Jobs: ${JOBS.map((j) => j.name).join(", ")}.` }, { status: 400 });
  }
  const origin = new URL(request.url).origin;
  const outcomes = await runDueJobs(new Date(now), origin, { only: job });
  return Response.json({ outcomes });
}
