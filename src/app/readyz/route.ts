import { databaseReachable } from "@/server/db/ready";

// Readiness: 503 while the database cannot be reached, so a load balancer sends no users here.
export const dynamic = "force-dynamic";

export async function GET() {
  const ok = await databaseReachable();
  return Response.json({ status: ok ? "ok" : "database unreachable" }, { status: ok ? 200 : 503, headers: { "cache-control": "no-store" } });
}
