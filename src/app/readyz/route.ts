import { databaseOutage, reportDatabaseFailure } from "@/server/db/availability";
import { databaseReachable } from "@/server/db/ready";

// Readiness: 503 while the database cannot be reached, so a load balancer sends no users here.
// During a known outage it answers at once; otherwise it asks the database (at most 2 s).
export const dynamic = "force-dynamic";

export async function GET() {
  const ok = !databaseOutage() && (await databaseReachable());
  if (!ok) reportDatabaseFailure(new Error("readiness check: the database did not answer"));
  return Response.json(
    { status: ok ? "ok" : "database unreachable" },
    { status: ok ? 200 : 503, headers: { "cache-control": "no-store", ...(ok ? {} : { "retry-after": "5" }) } },
  );
}
