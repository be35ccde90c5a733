// The deterministic demo dataset: 337 Ukrainian hromadas (from GeoNames), 55 EU municipalities,
// 53 partnerships, 40 partnership requests and one demo account per role. See README.md in this folder for sources.
import type { Prisma, PrismaClient } from "../../src/generated/prisma/client";
import { buildDemoDataset, type DemoDataset } from "./dataset";
import type { MunicipalitySeed } from "./model";
import { REFERENCE_DATE } from "./prng";
import { seedReferenceData } from "./reference";
import { refreshSearchIndex } from "../../src/server/municipalities/search-index";
import { seedDemoAccounts } from "./accounts";
import { seedNetworkMembers } from "./network";
import { PROFILE_TRANSLATIONS } from "./translations";

export { seedReferenceData } from "./reference";
export { buildDemoDataset } from "./dataset";

export interface DemoSeedCounts {
  regions: number;
  ukrainian: number;
  eu: number;
  partnerships: number;
  requests: number;
  accounts: number;
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

/**
 * Fills an EMPTY database with the demo dataset, in one transaction. Throws if there are
 * municipalities already. The same rows on every run (ids included, on a fresh database).
 */
export async function seedDemo(db: PrismaClient, dataset: DemoDataset = buildDemoDataset()): Promise<DemoSeedCounts> {
  return db.$transaction(
    async (tx) => {
      const existing = await tx.municipality.count();
      if (existing > 0) {
        throw new Error(
          `Demo seed: the database already has ${existing} municipalities; the demo dataset only goes into an empty database.`,
        );
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

      // Municipalities, then their needs and offers.
      const all = [...dataset.ukrainian, ...dataset.eu];
      const created = await tx.municipality.createManyAndReturn({
        data: all.map((m) => municipalityRow(m, regionId)),
        select: { id: true, slug: true },
      });
      const municipalityId = new Map(created.map((m) => [m.slug, m.id]));
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

      // The search columns, computed from the names and texts just written.
      await refreshSearchIndex(tx, [...municipalityId.values()]);

      // Requests.
      const requests = await tx.partnershipRequest.createManyAndReturn({
        data: dataset.requests.map((r) => ({
          reference: r.reference,
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
        })),
        select: { id: true, reference: true },
      });
      const requestId = new Map(requests.map((r) => [r.reference, r.id]));
      await tx.partnershipRequestArea.createMany({
        data: dataset.requests.flatMap((r) =>
          r.areas.map((a) => ({ requestId: requestId.get(r.reference)!, areaId: area(a) })),
        ),
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
        eu: dataset.eu.length,
        partnerships: partnerships.length,
        requests: requests.length,
        accounts,
      };
    },
    { timeout: 120_000 },
  );
}
