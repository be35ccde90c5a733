import { handler, json, preflight, problem } from "@/server/open-data/http";
import { oneMunicipality } from "@/server/open-data/municipalities";

/** GET /api/v1/municipalities/{slug}: a hromada's public profile, or its register entry before it has one. */
export const GET = handler(async (request: Request, { params }: RouteContext<"/api/v1/municipalities/[slug]">) => {
  const { slug } = await params;
  const municipality = await oneMunicipality(slug);
  if (!municipality) return problem(404, "notFound", "No hromada has this slug.");
  return json(request, municipality);
});

export const OPTIONS = preflight;
