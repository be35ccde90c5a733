import "server-only";
import { db } from "@/server/db";
import { cachedForCurrentGeneration } from "@/server/generation-cache";

export type NetworkFigures = { seekingPartners: number; activePartnerships: number; countries: number; demoData: boolean };

/** The home page's figures: computed in one query once per generation (generation-cache.ts). */
export function networkFigures(): Promise<NetworkFigures> {
  return cachedForCurrentGeneration("network figures", countNetworkFigures);
}

async function countNetworkFigures(): Promise<NetworkFigures> {
  const [row] = await db().$queryRaw<{ seeking: bigint; active: bigint; countries: bigint; demo: boolean }[]>`
    SELECT
      (SELECT count(*) FROM municipality WHERE country = 'UA' AND status = 'PUBLISHED' AND seeks_partners AND occupied_since IS NULL) AS seeking,
      (SELECT count(*) FROM partnership WHERE stage <> 'ENDED') AS active,
      -- The partners' countries: Ukraine, on the other side of every partnership, is not one of them.
      (SELECT count(DISTINCT m.country) FROM partnership p
         JOIN municipality m ON m.id = p.eu_municipality_id
        WHERE p.stage <> 'ENDED' AND m.country <> 'UA') AS countries,
      EXISTS (SELECT 1 FROM seed_run WHERE dataset = 'demo') AS demo`;
  return {
    seekingPartners: Number(row.seeking),
    activePartnerships: Number(row.active),
    countries: Number(row.countries),
    demoData: row.demo,
  };
}

let demoData: { value: Promise<boolean>; until: number } | null = null;

/**
 * Whether the database holds the demo dataset (every page says so). Seeding is rare, so the
 * answer is kept for a minute per process instead of costing every page a query.
 */
export function showsDemoData(now = Date.now()): Promise<boolean> {
  if (!demoData || demoData.until < now) {
    const value = db()
      .seedRun.count({ where: { dataset: "demo" } })
      .then((n) => n > 0);
    demoData = { value, until: now + 60_000 };
    value.catch(() => (demoData = null));
  }
  return demoData.value;
}
