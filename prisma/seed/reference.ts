// Reference data every database needs, demo or not: Ukraine's regions and the cooperation areas.
import type { Prisma } from "../../src/generated/prisma/client";
import { COOPERATION_AREAS } from "./areas";
import { REGIONS } from "./regions";

/** Inserts or updates the 27 regions and the cooperation areas. Safe to run again. */
export async function seedReferenceData(tx: Prisma.TransactionClient): Promise<void> {
  for (const r of REGIONS) {
    const data = { slug: r.slug, nameEn: r.nameEn, nameUk: r.nameUk, kind: r.kind, occupied: r.occupied };
    await tx.region.upsert({
      where: { katottgPrefix: r.katottgPrefix },
      create: { katottgPrefix: r.katottgPrefix, ...data },
      update: data,
    });
  }
  for (const [i, slug] of COOPERATION_AREAS.entries()) {
    await tx.cooperationArea.upsert({
      where: { slug },
      create: { slug, sortOrder: i + 1 },
      update: { sortOrder: i + 1 },
    });
  }
}
