import "server-only";
import type { Prisma as P } from "@/generated/prisma/client";
import { db } from "@/server/db";
import { recordAudit } from "@/server/audit/record";
import { authorize, type Principal } from "@/server/auth/principal";
import { DomainError } from "@/server/errors";
import { refreshSearchIndex } from "@/server/catalogue/search-index";
import { CsvError, decodeCsv, IMPORT_MAX_BYTES, IMPORT_MAX_RECORDS, parseCsv, type CsvProblem } from "@/lib/partnership-import/csv";
import { readHeader, readRow, type HeaderProblem, type ImportRow } from "@/lib/partnership-import/columns";
import type { ImportReport, LineReport, MemberChange } from "@/lib/partnership-import/report";
import { matchHromada, matchPartner } from "./match";
import type { Place } from "./gazetteer";

type Tx = P.TransactionClient;

export type ImportErrorCode = CsvProblem | "header";

/** The file as a whole cannot be read: nothing of it is looked at. */
export class ImportFileError extends DomainError<ImportErrorCode> {
  constructor(
    code: ImportErrorCode,
    readonly detail: { line?: number; missing?: string; unknown?: string } = {},
  ) {
    super(code);
  }
}

/** Thrown to roll a dry run back, carrying its report out of the transaction. */
class DryRun extends Error {
  constructor(readonly report: ImportReport) {
    super("dry run");
  }
}

/**
 * Imports the network's partnerships and members from the CSV of the README ("Importing
 * partnerships and members"), as a coordinator or administrator (partnership.import).
 *
 * A dry run does exactly what applying does, line by line in one transaction, and then rolls it
 * back: so what it lists is what applying does, including a place two lines name that the first
 * creates and the second finds. Importing a file again matches what the first import created and
 * changes nothing. A refused line changes nothing; the other lines are imported.
 */
export async function importPartnerships(
  principal: Principal | null,
  source: { bytes: Uint8Array } | { text: string },
  mode: "dryRun" | "apply",
): Promise<ImportReport & { content: string }> {
  const actor = await authorize(principal, "partnership.import");
  const content = textOf(source);
  const rows = readFile(content);
  const run = async (tx: Tx): Promise<ImportReport> => {
    // One import at a time: two coordinators applying the same file together would otherwise
    // both create the same place.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('partnership-import'))`;
    const lines = await importLines(tx, rows);
    const summary = {
      lines: lines.length,
      created: lines.filter((l) => l.outcome === "created").length,
      matched: lines.filter((l) => l.outcome === "matched").length,
      refused: lines.filter((l) => l.outcome === "refused").length,
      municipalitiesCreated: new Set(lines.filter((l) => l.partner?.by === "gazetteer").map((l) => l.partner!.slug)).size,
      membershipsChanged: lines.flatMap((l) => l.members).filter((m) => m.change !== "unchanged").length,
    };
    const report = { applied: mode === "apply", summary, lines };
    if (mode === "dryRun") throw new DryRun(report);
    await recordAudit(tx, { actorUserId: actor.userId, action: "partnership.import", outcome: "ALLOWED", detail: summary });
    return report;
  };
  try {
    return { ...(await db().$transaction(run, { timeout: 120_000, maxWait: 30_000 })), content };
  } catch (error) {
    if (error instanceof DryRun) return { ...error.report, content };
    throw error;
  }
}

/** The file's text: an upload is decoded (UTF-8 only), the text sent back by "Apply" is measured again. */
function textOf(source: { bytes: Uint8Array } | { text: string }): string {
  try {
    if ("bytes" in source) return decodeCsv(source.bytes);
    if (new TextEncoder().encode(source.text).byteLength > IMPORT_MAX_BYTES) throw new CsvError("tooLarge");
    return source.text.replace(/^\uFEFF/, "");
  } catch (error) {
    if (error instanceof CsvError) throw new ImportFileError(error.problem);
    throw error;
  }
}

type Row = { line: number; row: ImportRow } | { line: number; problems: LineReport["problems"] };

function readFile(csv: string): Row[] {
  let records;
  try {
    records = parseCsv(csv);
  } catch (error) {
    if (error instanceof CsvError) throw new ImportFileError(error.problem, { line: error.line });
    throw error;
  }
  if (records.length > IMPORT_MAX_RECORDS + 1) throw new ImportFileError("tooManyLines");
  const header = readHeader(records[0]!);
  if ("problem" in header) throw new ImportFileError("header", describe(header.problem));
  return records.slice(1).map((record) => {
    const read = readRow(record, header.columns);
    return "row" in read ? { line: record.line, row: read.row } : { line: record.line, problems: read.problems };
  });
}

const describe = (p: HeaderProblem) => ({ missing: p.missing.join(", "), unknown: p.unknown.join(", ") });

async function importLines(tx: Tx, rows: Row[]): Promise<LineReport[]> {
  const areaIds = new Map((await tx.cooperationArea.findMany({ select: { id: true, slug: true } })).map((a) => [a.slug, a.id]));
  const pairs = new Map<string, number>();
  const reports: LineReport[] = [];
  for (const entry of rows) {
    const report: LineReport = { line: entry.line, outcome: "refused", hromada: null, partner: null, members: [], problems: [] };
    reports.push(report);
    if ("problems" in entry) {
      report.problems = entry.problems;
      continue;
    }
    const { row } = entry;
    const hromada = await matchHromada(tx, row.katottg, row.hromadaName);
    if ("problem" in hromada) report.problems.push(hromada.problem);
    else report.hromada = { nameEn: hromada.hromada.nameEn, nameUk: hromada.hromada.nameUk, slug: hromada.hromada.slug, by: hromada.hromada.by };
    const partner = await matchPartner(tx, row.partnerName, row.partnerCountry, row.partnerGeonamesId);
    if ("problem" in partner) {
      report.problems.push(partner.problem);
      continue;
    }
    if ("problem" in hromada) continue;
    // Checked before the place is created: a duplicate line must not create anything either.
    const pairKey = `${hromada.hromada.id}|${"existing" in partner ? partner.existing.slug : `geonames:${partner.place.geonamesId}`}`;
    const earlier = pairs.get(pairKey);
    if (earlier !== undefined) {
      report.problems.push({ code: "duplicate", otherLine: earlier });
      continue;
    }
    pairs.set(pairKey, row.line);
    const partnerRow = "existing" in partner ? partner.existing : await createFromGazetteer(tx, row, partner.place);
    pairs.set(`${hromada.hromada.id}|${partnerRow.slug}`, row.line);
    report.partner = {
      nameEn: partnerRow.nameEn,
      nameLocal: partnerRow.nameLocal,
      country: row.partnerCountry,
      slug: partnerRow.slug,
      by: "existing" in partner ? "existing" : "gazetteer",
      geonamesId: "place" in partner ? partner.place.geonamesId : null,
    };
    const pair = { ukrainianMunicipalityId: hromada.hromada.id, euMunicipalityId: partnerRow.id };
    const existing = await tx.partnership.findUnique({ where: { ukrainianMunicipalityId_euMunicipalityId: pair }, select: { id: true } });
    if (existing) report.outcome = "matched";
    else {
      await tx.partnership.create({
        data: {
          ...pair,
          since: new Date(`${row.since}T00:00:00Z`),
          stage: row.stage,
          areas: { create: row.areas.map((slug) => ({ areaId: areaIds.get(slug)! })) },
        },
      });
      report.outcome = "created";
    }
    if (row.uaMemberSince) report.members.push(await joinNetwork(tx, hromada.hromada.id, "ua", row.uaMemberSince));
    if (row.partnerMemberSince) report.members.push(await joinNetwork(tx, partnerRow.id, "partner", row.partnerMemberSince));
  }
  return reports;
}

/**
 * A place of the gazetteer becomes an unpublished municipality, as the network wrote its name;
 * its people complete and publish the profile once a coordinator grants them membership.
 */
async function createFromGazetteer(tx: Tx, row: ImportRow, place: Place) {
  const base = slugify(row.partnerName) || slugify(place.name) || "municipality";
  const country = row.partnerCountry.toLowerCase();
  const taken = await tx.municipality.findUnique({ where: { slug: `${base}-${country}` }, select: { id: true } });
  const created = await tx.municipality.create({
    data: {
      slug: taken ? `${base}-${country}-${place.geonamesId}` : `${base}-${country}`,
      country: row.partnerCountry,
      nameEn: row.partnerName,
      nameLocal: place.name,
      regionName: row.partnerRegion,
      population: place.population || null,
      latitude: place.latitude,
      longitude: place.longitude,
      status: "DRAFT",
      languages: [],
    },
    select: { id: true, slug: true, nameEn: true, nameUk: true, nameLocal: true },
  });
  // Found by name from the next line on, and by its people asking to act for it.
  await refreshSearchIndex(tx, [created.id]);
  return created;
}

/**
 * Membership of the network from a line: a member since the line's day, or since an earlier day
 * already known. A membership date only moves earlier, so the lines' order does not matter and a
 * second import changes nothing.
 */
async function joinNetwork(tx: Tx, municipalityId: number, side: MemberChange["side"], since: string): Promise<MemberChange> {
  const current = await tx.municipality.findUniqueOrThrow({ where: { id: municipalityId }, select: { networkMemberSince: true } });
  const known = current.networkMemberSince?.toISOString().slice(0, 10) ?? null;
  if (known !== null && known <= since) return { side, since: known, change: "unchanged" };
  await tx.municipality.update({ where: { id: municipalityId }, data: { networkMemberSince: new Date(`${since}T00:00:00Z`) } });
  return { side, since, change: known === null ? "set" : "earlier" };
}

function slugify(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 80);
}

/** For the import page: the caller may import (partnership.import), or Forbidden, audited. */
export async function mayImport(principal: Principal | null): Promise<true> {
  await authorize(principal, "partnership.import");
  return true;
}
