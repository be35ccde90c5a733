// Liveness: the process is up and serving. No database access, so a database outage does not
// make an orchestrator restart healthy portal processes.
export const dynamic = "force-dynamic";

export function GET() {
  return Response.json({ status: "ok" }, { headers: { "cache-control": "no-store" } });
}
