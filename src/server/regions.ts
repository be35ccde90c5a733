import "server-only";
import { db } from "@/server/db";

export type RegionOption = { slug: string; nameEn: string; nameUk: string; occupied: boolean };

let regions: Promise<RegionOption[]> | null = null;

/**
 * The regions of Ukraine, for filters: reference data that only changes with a migration, so it
 * is read once per process (a failed read is retried on the next call). Every catalogue request
 * used to spend a query on it.
 */
export function listRegions(): Promise<RegionOption[]> {
  regions ??= db()
    .region.findMany({ select: { slug: true, nameEn: true, nameUk: true, occupied: true }, orderBy: { nameEn: "asc" } })
    .catch((error: unknown) => {
      regions = null;
      throw error;
    });
  return regions;
}
