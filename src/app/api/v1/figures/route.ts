import { handler, json, preflight } from "@/server/open-data/http";
import { networkStatistics } from "@/server/open-data/figures";

/** GET /api/v1/figures: every figure the statistics page charts. */
export const GET = handler(async (request: Request) => json(request, await networkStatistics()));

export const OPTIONS = preflight;
