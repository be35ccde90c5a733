// Brings the register of hromadas in line with an edition of the KATOTTG codifier: one
// transaction, keyed on the code, idempotent. No "server-only" guard: the migration runner and
// `npm run db:import-register` run outside Next.
import type { PrismaClient } from "@/generated/prisma/client";
import { slugOf, type RegisterEntry } from "@/lib/register/register";
import { refreshSearchIndex } from "@/server/catalogue/search-index";

export type RegisterChange = { katottg: string; name: string; before?: string };

export type RegisterReport = {
  added: RegisterChange[];
  renamed: RegisterChange[];
  moved: RegisterChange[];
  /** No longer in the codifier but kept, marked, for a coordinator to merge: they hold a profile, request, membership or partnership. */
  leftRegister: RegisterChange[];
  /** No longer in the codifier and holding nothing: deleted. */
  removed: RegisterChange[];
  /** Listed again after having left the codifier. */
  returned: RegisterChange[];
  /** True when this very file had been imported before: nothing was changed. */
  alreadyImported: boolean;
};

/** Interactive transactions default to 5 s; the first import writes 1,470 rows and their search keys. */
const TRANSACTION = { timeout: 300_000, maxWait: 60_000 };

/**
 * Imports the entries of one codifier file (`parseRegister`) as the register of hromadas.
 * `sha256` identifies the file: a file imported once is not imported again.
 */
export async function importRegister(client: PrismaClient, entries: RegisterEntry[], file: { sha256: string; source: string }): Promise<RegisterReport> {
  const report: RegisterReport = { added: [], renamed: [], moved: [], leftRegister: [], removed: [], returned: [], alreadyImported: false };
  return client.$transaction(async (tx) => {
    // One import at a time, across every process: two would both insert the same new codes.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(72040202)`;
    if (await tx.registerImport.findUnique({ where: { sha256: file.sha256 }, select: { id: true } })) {
      return { ...report, alreadyImported: true };
    }
    const regions = new Map((await tx.region.findMany({ select: { id: true, slug: true, katottgPrefix: true } })).map((r) => [r.katottgPrefix, r]));
    const existing = await tx.municipality.findMany({
      where: { country: "UA", katottg: { not: null } },
      select: {
        id: true,
        katottg: true,
        slug: true,
        nameUk: true,
        officialNameUk: true,
        raionUk: true,
        regionId: true,
        leftRegisterAt: true,
        status: true,
        _count: { select: { requestsReceived: true, memberships: true, ukrainianPartnerships: true } },
      },
    });
    const byCode = new Map(existing.map((m) => [m.katottg!, m]));
    const listed = new Set(entries.map((e) => e.katottg));
    const touched: number[] = [];

    // Slugs: a name several hromadas share takes its oblast (then its raion) after it.
    const taken = new Set((await tx.municipality.findMany({ select: { slug: true } })).map((m) => m.slug));
    const shared = new Map<string, number>();
    for (const e of entries) shared.set(e.slugBase, (shared.get(e.slugBase) ?? 0) + 1);
    const slugFor = (e: RegisterEntry): string => {
      const region = regions.get(e.regionPrefix)!.slug;
      const candidates = (shared.get(e.slugBase) ?? 0) > 1 ? [] : [e.slugBase];
      candidates.push(`${e.slugBase}-${region}`);
      if (e.raionEn) candidates.push(`${e.slugBase}-${slugOf(e.raionEn)}-${region}`);
      candidates.push(`${e.slugBase}-${e.katottg.toLowerCase()}`);
      const slug = candidates.find((c) => !taken.has(c))!;
      taken.add(slug);
      return slug;
    };

    const toAdd: RegisterEntry[] = [];
    for (const e of entries) {
      const region = regions.get(e.regionPrefix);
      if (!region) throw new Error(`No region with KATOTTG prefix ${e.regionPrefix} (${e.katottg})`);
      const row = byCode.get(e.katottg);
      if (!row) {
        toAdd.push(e);
        continue;
      }
      const data: Record<string, unknown> = {};
      if (row.officialNameUk !== e.officialNameUk) {
        report.renamed.push({ katottg: e.katottg, name: e.officialNameUk, before: row.officialNameUk ?? row.nameUk ?? undefined });
        Object.assign(data, { officialNameUk: e.officialNameUk, nameUk: e.nameUk, nameEn: e.nameEn });
        if (e.hromadaType) data.hromadaType = e.hromadaType;
      }
      if (row.raionUk !== e.raionUk || row.regionId !== region.id) {
        report.moved.push({ katottg: e.katottg, name: e.officialNameUk, before: row.raionUk ?? undefined });
        Object.assign(data, { raionUk: e.raionUk, raionEn: e.raionEn, regionId: region.id });
      }
      if (row.leftRegisterAt) {
        report.returned.push({ katottg: e.katottg, name: e.officialNameUk });
        data.leftRegisterAt = null;
      }
      if (Object.keys(data).length) {
        await tx.municipality.update({ where: { id: row.id }, data });
        touched.push(row.id);
      }
    }

    if (toAdd.length) {
      const created = await tx.municipality.createManyAndReturn({
        data: toAdd.map((e) => ({
          slug: slugFor(e),
          country: "UA",
          katottg: e.katottg,
          nameEn: e.nameEn,
          nameUk: e.nameUk,
          officialNameUk: e.officialNameUk,
          regionId: regions.get(e.regionPrefix)!.id,
          raionEn: e.raionEn,
          raionUk: e.raionUk,
          hromadaType: e.hromadaType,
          languages: ["uk"],
        })),
        select: { id: true },
      });
      touched.push(...created.map((c) => c.id));
      report.added.push(...toAdd.map((e) => ({ katottg: e.katottg, name: e.officialNameUk })));
    }

    const gone = existing.filter((m) => !listed.has(m.katottg!) && !m.leftRegisterAt);
    for (const m of gone) {
      const change = { katottg: m.katottg!, name: m.officialNameUk ?? m.nameUk ?? m.slug };
      const holds = m.status === "PUBLISHED" || m._count.requestsReceived + m._count.memberships + m._count.ukrainianPartnerships > 0;
      if (holds) {
        await tx.municipality.update({ where: { id: m.id }, data: { leftRegisterAt: new Date() } });
        report.leftRegister.push(change);
      } else {
        await tx.municipality.delete({ where: { id: m.id } });
        report.removed.push(change);
      }
    }

    if (touched.length) await refreshSearchIndex(tx, touched);
    const counts = Object.fromEntries((["added", "renamed", "moved", "leftRegister", "removed", "returned"] as const).map((k) => [k, report[k].length]));
    await tx.registerImport.create({ data: { sha256: file.sha256, source: file.source.slice(0, 300), summary: counts } });
    return report;
  }, TRANSACTION);
}
