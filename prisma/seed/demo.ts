// The deterministic demo dataset on top of the register of hromadas (prisma/register/, imported
// into every database at migration): 279 hromadas of the register get a demo profile (their rows
// are updated, found by their real KATOTTG code; the town that gives each its centre, population
// and coordinates comes from GeoNames), the register's hromadas get their occupied and front-line
// status from data/conflict-status.json, and 55 EU municipalities, 53 partnerships, 40 partnership
// requests and one demo account per role are added. No code is invented. See README.md in this folder.
import { fileURLToPath } from "node:url";
import type { Prisma, PrismaClient } from "../../src/generated/prisma/client";
import { buildDemoDataset, type DemoDataset } from "./dataset";
import type { MunicipalitySeed } from "./model";
import { REFERENCE_DATE } from "./prng";
import { seedReferenceData } from "./reference";
import { refreshSearchIndex } from "../../src/server/catalogue/search-index";
import { seedDemoAccounts } from "./accounts";
import { seedNetworkMembers } from "./network";
import { PROFILE_TRANSLATIONS } from "./translations";
import { BUNDLED_REGISTER, readRegisterFile } from "../../src/server/register/bundled";
import { importRegister } from "../../src/server/register/import";

export { seedReferenceData } from "./reference";
export { buildDemoDataset } from "./dataset";

export interface DemoSeedCounts {
  regions: number;
  /** Hromadas of the register given a demo profile. */
  ukrainian: number;
  /** Hromadas of the register marked occupied, and on the front line (data/conflict-status.json). */
  occupiedHromadas: number;
  frontlineHromadas: number;
  eu: number;
  partnerships: number;
  requests: number;
  accounts: number;
}

/** What a demo profile writes on its hromada's row: everything but the register's code, slug, names and raion. */
function profileFields(m: MunicipalitySeed) {
  return {
    hromadaType: m.hromadaType,
    population: m.population,
    areaKm2: m.areaKm2,
    latitude: m.latitude,
    longitude: m.longitude,
    adminCentreEn: m.adminCentreEn,
    adminCentreUk: m.adminCentreUk,
    descriptionEn: m.descriptionEn,
    descriptionUk: m.descriptionUk,
    machineTranslated: PROFILE_TRANSLATIONS.find((p) => p.slug === m.slug)?.machineTranslated ?? [],
    languages: m.languages,
    needsInterpretation: m.needsInterpretation,
    website: m.website,
    contactName: m.contactName,
    contactRole: m.contactRole,
    contactEmail: m.contactEmail,
    contactPhone: m.contactPhone,
    status: m.status,
    seeksPartners: m.seeksPartners,
    profileConfirmedAt: m.profileConfirmedAt,
    createdAt: m.createdAt,
    updatedAt: m.updatedAt,
  };
}

function municipalityRow(m: MunicipalitySeed, regionId: Map<string, number>): Prisma.MunicipalityCreateManyInput {
  return {
    slug: m.slug,
    country: m.country,
    katottg: m.katottg,
    nameEn: m.nameEn,
    nameUk: m.nameUk,
    nameLocal: m.nameLocal,
    regionId: m.regionSlug ? regionId.get(m.regionSlug)! : null,
    regionName: m.regionName,
    raionEn: m.raionEn,
    raionUk: m.raionUk,
    ...profileFields(m),
  };
}

/**
 * Fills a database that holds the register of hromadas and nothing else (no published profile,
 * no EU municipality, no account) with the demo dataset, in one transaction. Throws otherwise.
 * The same rows on every run (ids included, on a fresh database).
 */
export async function seedDemo(db: PrismaClient, dataset: DemoDataset = buildDemoDataset()): Promise<DemoSeedCounts> {
  // The demo's profiles are hromadas of the register: a database that lost it (deletePortalData,
  // as tests and db:seed --reset do) gets the bundled edition back first; a no-op where it is.
  const { entries, sha256 } = await readRegisterFile(fileURLToPath(new URL("../register/ua-hromadas-katottg.csv", import.meta.url)));
  await importRegister(db, entries, { sha256, source: `bundled: ${BUNDLED_REGISTER}` });
  return db.$transaction(
    async (tx) => {
      const [held] = await tx.$queryRaw<{ holds: boolean }[]>`
        SELECT EXISTS (SELECT 1 FROM municipality WHERE country <> 'UA' OR status = 'PUBLISHED')
            OR EXISTS (SELECT 1 FROM app_user) AS holds`;
      if (held.holds) {
        throw new Error("Demo seed: the database already holds portal data; the demo dataset only goes into a database that holds the register alone.");
      }
      await seedReferenceData(tx);

      const regions = await tx.region.findMany({ select: { id: true, slug: true } });
      const regionId = new Map(regions.map((r) => [r.slug, r.id]));
      const areas = await tx.cooperationArea.findMany({ select: { id: true, slug: true } });
      const areaId = new Map(areas.map((a) => [a.slug, a.id]));
      const area = (slug: string): number => {
        const id = areaId.get(slug);
        if (id === undefined) throw new Error(`Demo seed: unknown cooperation area ${slug}`);
        return id;
      };

      // The register's rows, by code: the demo's hromadas are there already.
      const hromadas = await tx.municipality.findMany({
        where: { country: "UA", katottg: { not: null } },
        select: { id: true, katottg: true, slug: true },
      });
      const hromadaByCode = new Map(hromadas.map((h) => [h.katottg!, h]));
      const missing = dataset.ukrainian.filter((m) => !hromadaByCode.has(m.katottg!));
      if (missing.length > 0) {
        throw new Error(
          `Demo seed: ${missing.length} hromadas of the demo are not in the database's register (${missing[0].katottg}, …): import it first (importBundledRegister, run by db:migrate).`,
        );
      }

      // The dataset's rows refer to each other by the slugs the bundled register takes on import
      // (registerSlugs); a database whose register took others was not imported as the seed expects.
      const otherSlug = dataset.ukrainian.find((m) => hromadaByCode.get(m.katottg!)!.slug !== m.slug);
      if (otherSlug) {
        throw new Error(
          `Demo seed: hromada ${otherSlug.katottg} has the slug "${hromadaByCode.get(otherSlug.katottg!)!.slug}" in the database, "${otherSlug.slug}" in the dataset (prisma/seed/register.ts registerSlugs must follow src/server/register/import.ts); run db:seed -- --reset.`,
        );
      }

      // Occupied and front-line status of every hromada the data file names, none on the others.
      const statusAt = REFERENCE_DATE;
      const codes = [...dataset.conflict.keys()].sort();
      await tx.$executeRaw`
        UPDATE municipality SET occupied_since = NULL, frontline_since = NULL, conflict_status_set_at = NULL, conflict_status_set_by_id = NULL
         WHERE country = 'UA' AND (occupied_since IS NOT NULL OR frontline_since IS NOT NULL)`;
      await tx.$executeRaw`
        UPDATE municipality m
           SET occupied_since = v.occupied, frontline_since = v.frontline, conflict_status_set_at = ${statusAt}
          FROM unnest(${codes}::text[],
                      ${codes.map((c) => dataset.conflict.get(c)!.occupiedSince)}::date[],
                      ${codes.map((c) => dataset.conflict.get(c)!.frontlineSince)}::date[]) AS v(katottg, occupied, frontline)
         WHERE m.katottg = v.katottg`;

      // Ukrainian profiles: their hromada's row, found by code, keeps the register's names.
      const municipalityId = new Map<string, number>();
      for (const m of dataset.ukrainian) {
        const row = hromadaByCode.get(m.katottg!)!;
        await tx.municipality.update({ where: { id: row.id }, data: profileFields(m) });
        municipalityId.set(m.slug, row.id);
      }
      // EU municipalities are new rows.
      const created = await tx.municipality.createManyAndReturn({
        data: dataset.eu.map((m) => municipalityRow(m, regionId)),
        select: { id: true, slug: true },
      });
      for (const m of created) municipalityId.set(m.slug, m.id);
      const all = [...dataset.ukrainian, ...dataset.eu];
      const mid = (slug: string): number => {
        const id = municipalityId.get(slug);
        if (id === undefined) throw new Error(`Demo seed: unknown municipality ${slug}`);
        return id;
      };
      await tx.municipalityArea.createMany({
        data: all.flatMap((m) => [
          ...m.needs.map((n) => ({
            municipalityId: mid(m.slug),
            areaId: area(n.area),
            direction: "NEED" as const,
            detailEn: n.detailEn,
            detailUk: n.detailUk,
          })),
          ...m.offers.map((o) => ({
            municipalityId: mid(m.slug),
            areaId: area(o.area),
            direction: "OFFER" as const,
            detailEn: o.detailEn,
            detailUk: o.detailUk,
          })),
        ]),
      });

      // Texts in the optional languages, for a few profiles.
      await tx.municipalityTranslation.createMany({
        data: PROFILE_TRANSLATIONS.flatMap((p) =>
          Object.entries(p.descriptions).map(([language, description]) => ({ municipalityId: mid(p.slug), language, description })),
        ),
      });
      await tx.municipalityAreaTranslation.createMany({
        data: PROFILE_TRANSLATIONS.flatMap((p) =>
          p.details.map((d) => ({ municipalityId: mid(p.slug), areaId: area(d.area), direction: d.direction, language: d.language, detail: d.detail })),
        ),
      });

      // The search columns of the profiles and EU municipalities, from the names and texts just written.
      await refreshSearchIndex(tx, [...municipalityId.values()]);

      // Requests.
      const requests = await tx.partnershipRequest.createManyAndReturn({
        data: dataset.requests.map((r) => ({
          reference: r.reference,
          direction: r.direction ?? "TO_HROMADA",
          submissionToken: r.submissionToken,
          ukrainianMunicipalityId: mid(r.ukrainianSlug),
          euMunicipalityId: r.euSlug ? mid(r.euSlug) : null,
          proposedMunicipalityName: r.proposedMunicipalityName,
          proposedCountry: r.proposedCountry,
          proposedRegion: r.proposedRegion,
          message: r.message,
          requesterName: r.requesterName,
          requesterRole: r.requesterRole,
          requesterEmail: r.requesterEmail,
          interpretationNeeded: r.interpretationNeeded,
          languages: r.languages,
          locale: r.locale,
          status: r.status,
          decisionNote: r.decisionNote,
          submittedAt: r.submittedAt,
          updatedAt: r.updatedAt,
          decidedAt: r.decidedAt,
          // The hromada said it was interested in each request the coordinators approved, a third of the way to the decision.
          ...(r.status === "APPROVED" && r.decidedAt ? hromadaAnswered(r.submittedAt, r.decidedAt) : {}),
        })),
        select: { id: true, reference: true },
      });
      const requestId = new Map(requests.map((r) => [r.reference, r.id]));
      await tx.partnershipRequestArea.createMany({
        data: dataset.requests.flatMap((r) => r.areas.map((a) => ({ requestId: requestId.get(r.reference)!, areaId: area(a) }))),
      });

      // Partnerships.
      const partnerships = await tx.partnership.createManyAndReturn({
        data: dataset.partnerships.map((p) => ({
          ukrainianMunicipalityId: mid(p.ukrainianSlug),
          euMunicipalityId: mid(p.euSlug),
          since: p.since,
          stage: p.stage,
          requestId: p.requestReference ? requestId.get(p.requestReference)! : null,
          createdAt: p.createdAt,
          updatedAt: p.updatedAt,
        })),
        select: { id: true, ukrainianMunicipalityId: true, euMunicipalityId: true },
      });
      const partnershipId = new Map(partnerships.map((p) => [`${p.ukrainianMunicipalityId}|${p.euMunicipalityId}`, p.id]));
      await tx.partnershipArea.createMany({
        data: dataset.partnerships.flatMap((p) =>
          p.areas.map((a) => ({
            partnershipId: partnershipId.get(`${mid(p.ukrainianSlug)}|${mid(p.euSlug)}`)!,
            areaId: area(a),
          })),
        ),
      });

      await seedNetworkMembers(tx);

      const accounts = await seedDemoAccounts(tx, mid, REFERENCE_DATE);

      // The reference date, like every other timestamp of the dataset, so that runs are identical.
      await tx.seedRun.create({ data: { dataset: "demo", createdAt: REFERENCE_DATE } });

      return {
        regions: regions.length,
        ukrainian: dataset.ukrainian.length,
        occupiedHromadas: [...dataset.conflict.values()].filter((c) => c.occupiedSince).length,
        frontlineHromadas: [...dataset.conflict.values()].filter((c) => c.frontlineSince).length,
        eu: dataset.eu.length,
        partnerships: partnerships.length,
        requests: requests.length,
        accounts,
      };
    },
    { timeout: 120_000 },
  );
}

function hromadaAnswered(submittedAt: Date, decidedAt: Date) {
  const at = new Date(submittedAt.getTime() + Math.round((decidedAt.getTime() - submittedAt.getTime()) / 3));
  return { hromadaAnswer: "INTERESTED" as const, hromadaAnsweredAt: at, hromadaFirstAnsweredAt: at };
}
