import { db } from "../../src/server/db/client";
import { deletePortalData } from "../../src/server/db/reset";

/** Deletes every row the tests write, keeping the reference data (regions, areas). */
export async function resetDatabase(): Promise<void> {
  await deletePortalData(db());
}

export { db };
