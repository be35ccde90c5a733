import { handler, preflight } from "@/server/open-data/http";
import { openApiDocument } from "@/server/open-data/openapi";

/** GET /api/v1/openapi.json: the API's OpenAPI 3.1 document. */
export const GET = handler(async () =>
  Response.json(openApiDocument(), {
    headers: { "access-control-allow-origin": "*", "cache-control": "public, max-age=300", "x-content-type-options": "nosniff" },
  }),
);

export const OPTIONS = preflight;
