import "server-only";
import { db } from "@/server/db";

export type NetworkFigures = { seekingPartners: number; activePartnerships: number; countries: number; demoData: boolean };

/** The home page's live figures, in one query. */
export async function networkFigures(): Promise<NetworkFigures> {
  const [row] = await db().$queryRaw<{ seeking: bigint; active: bigint; countries: bigint; demo: boolean }[]>`
    SELECT
      (SELECT count(*) FROM municipality WHERE country = 'UA' AND status = 'PUBLISHED' AND seeks_partners) AS seeking,
      (SELECT count(*) FROM partnership WHERE stage <> 'ENDED') AS active,
      (SELECT count(DISTINCT m.country) FROM partnership p
         JOIN municipality m ON m.id IN (p.ukrainian_municipality_id, p.eu_municipality_id)
        WHERE p.stage <> 'ENDED') AS countries,
      EXISTS (SELECT 1 FROM seed_run WHERE dataset = 'demo') AS demo`;
  return {
    seekingPartners: Number(row.seeking),
    activePartnerships: Number(row.active),
    countries: Number(row.countries),
    demoData: row.demo,
  };
}

/** Whether the database holds the demo dataset: every page says so when it does. */
export async function showsDemoData(): Promise<boolean> {
  return (await db().seedRun.count({ where: { dataset: "demo" } })) > 0;
}
