import { activeProgrammes } from "@/server/funding/programmes";
import { handler, json, preflight } from "@/server/open-data/http";

/** GET /api/v1/funding-programmes: the programmes `/{locale}/funding` describes (retired ones left out). */
export const GET = handler(async (request: Request) => json(request, await activeProgrammes()));

export const OPTIONS = preflight;
