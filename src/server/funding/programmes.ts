import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/server/db";
import { recordAudit } from "@/server/audit/record";
import { authorize, type Principal } from "@/server/auth/principal";
import { DomainError, isUniqueViolation } from "@/server/errors";
import { cachedForCurrentGeneration } from "@/server/generation-cache";
import { listRegions } from "@/server/regions";
import { isoToday } from "@/lib/funding/call-status";
import { programmeSchema, toFundingProgramme, type ProgrammeData } from "@/lib/funding/schema";
import type { FundingProgramme } from "@/lib/funding/types";

/**
 * The funding programmes, as data kept by coordinators (funding.manage). Everything that shows
 * or evaluates programmes (the funding page, a pair's programmes on profiles and suggestions, the
 * request form's box) reads them through `activeProgrammes`, and gives the plain objects to the
 * pure code of src/lib/funding.
 */

const SELECT = {
  id: true,
  slug: true,
  texts: true,
  areas: true,
  amountMin: true,
  amountMax: true,
  deadlineKind: true,
  deadlineLastKnown: true,
  rules: true,
  sourceUrl: true,
  lastChecked: true,
  retiredAt: true,
  updatedAt: true,
} as const;

type Row = Prisma.FundingProgrammeGetPayload<{ select: typeof SELECT }>;

const day = (date: Date) => date.toISOString().slice(0, 10);

/** A row as the schema checks it; null (logged) for a row that does not pass, e.g. edited by hand in SQL. */
function parseRow(row: Row): ProgrammeData | null {
  const parsed = programmeSchema.safeParse({
    slug: row.slug,
    texts: row.texts,
    areas: row.areas,
    amountMin: row.amountMin,
    amountMax: row.amountMax,
    deadlineKind: row.deadlineKind,
    deadlineLastKnown: row.deadlineLastKnown ? day(row.deadlineLastKnown) : null,
    rules: row.rules,
    sourceUrl: row.sourceUrl,
    lastChecked: day(row.lastChecked),
  });
  if (parsed.success) return parsed.data;
  // Leaving one programme out is better than a funding page, profile or suggestion that fails.
  console.error(`funding programme ${row.slug} does not pass its schema and is not shown`, parsed.error.issues);
  return null;
}

/**
 * The programmes that are not retired, in catalogue order. Kept per catalogue generation
 * (src/server/generation-cache.ts): every write to funding_programme moves the generation by
 * trigger, so a coordinator's edit shows on the next request on every instance.
 */
export function activeProgrammes(): Promise<FundingProgramme[]> {
  return cachedForCurrentGeneration("funding:active", async () => {
    const rows = await db().fundingProgramme.findMany({ where: { retiredAt: null }, select: SELECT, orderBy: [{ position: "asc" }, { id: "asc" }] });
    return rows.flatMap((row) => {
      const data = parseRow(row);
      return data ? [toFundingProgramme(data)] : [];
    });
  });
}

export type ProgrammeListItem = {
  slug: string;
  name: { en: string; uk: string };
  lastChecked: string;
  retired: boolean;
  /** Null when the stored row does not pass the schema (it is then not shown anywhere public). */
  programme: FundingProgramme | null;
};

/** Every programme, retired ones too, for the coordinators' list. */
export async function listProgrammesForCoordinators(principal: Principal | null): Promise<ProgrammeListItem[]> {
  await authorize(principal, "funding.manage");
  const rows = await db().fundingProgramme.findMany({ select: SELECT, orderBy: [{ position: "asc" }, { id: "asc" }] });
  return rows.map((row) => {
    const data = parseRow(row);
    const texts = row.texts as { name?: { en?: string; uk?: string } };
    return {
      slug: row.slug,
      name: { en: texts.name?.en ?? row.slug, uk: texts.name?.uk ?? row.slug },
      lastChecked: day(row.lastChecked),
      retired: row.retiredAt !== null,
      programme: data ? toFundingProgramme(data) : null,
    };
  });
}

export type ProgrammeForEditing = { data: ProgrammeData; retired: boolean; updatedAt: Date };

/** One programme as its editor shows it; unknown slugs are `notFound`. */
export async function getProgrammeForEditing(principal: Principal | null, slug: string): Promise<ProgrammeForEditing> {
  await authorize(principal, "funding.manage", { type: "fundingProgramme", id: slug.slice(0, 80) });
  const row = await db().fundingProgramme.findUnique({ where: { slug }, select: SELECT });
  if (!row) throw new DomainError("notFound");
  const data = parseRow(row);
  if (!data) throw new DomainError("notFound");
  return { data, retired: row.retiredAt !== null, updatedAt: row.updatedAt };
}

/** Oblasts must be regions of the `region` table: a misspelt slug would silently match no hromada. */
async function checkRegions(data: ProgrammeData): Promise<void> {
  if (data.rules.ukrainianRegions === "all") return;
  const known = new Set((await listRegions()).map((r) => r.slug));
  if (data.rules.ukrainianRegions.some((slug) => !known.has(slug))) throw new DomainError("ukrainianRegions", "ukrainianRegions");
}

function columns(data: ProgrammeData) {
  return {
    texts: data.texts as Prisma.InputJsonValue,
    areas: data.areas,
    amountMin: data.amountMin,
    amountMax: data.amountMax,
    deadlineKind: data.deadlineKind,
    deadlineLastKnown: data.deadlineLastKnown ? new Date(`${data.deadlineLastKnown}T00:00:00Z`) : null,
    rules: data.rules as Prisma.InputJsonValue,
    sourceUrl: data.sourceUrl,
    lastChecked: new Date(`${data.lastChecked}T00:00:00Z`),
  };
}

/** Validated again here: the domain function is the one every caller goes through. */
function validated(input: unknown): ProgrammeData {
  const parsed = programmeSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new DomainError(issue.message, String(issue.path[0] ?? "programme"));
  }
  return parsed.data;
}

/** A new programme, last in the catalogue's order; its slug must be free. */
export async function createProgramme(principal: Principal | null, input: unknown): Promise<{ slug: string }> {
  const actor = await authorize(principal, "funding.manage");
  const data = validated(input);
  await checkRegions(data);
  try {
    return await db().$transaction(async (tx) => {
      const last = await tx.fundingProgramme.aggregate({ _max: { position: true } });
      await tx.fundingProgramme.create({ data: { slug: data.slug, position: (last._max.position ?? -1) + 1, ...columns(data) } });
      await recordAudit(tx, {
        actorUserId: actor.userId,
        action: "funding.manage",
        objectType: "fundingProgramme",
        objectId: data.slug,
        outcome: "ALLOWED",
        detail: { change: "created" },
      });
      return { slug: data.slug };
    });
  } catch (error) {
    if (isUniqueViolation(error, "slug")) throw new DomainError("slugTaken", "slug");
    throw error;
  }
}

/** Every field but the slug, which links and anchors keep. */
export async function updateProgramme(principal: Principal | null, slug: string, input: unknown): Promise<{ slug: string }> {
  const actor = await authorize(principal, "funding.manage", { type: "fundingProgramme", id: slug.slice(0, 80) });
  const data = validated({ ...(input as object), slug });
  await checkRegions(data);
  return db().$transaction(async (tx) => {
    const { count } = await tx.fundingProgramme.updateMany({ where: { slug }, data: columns(data) });
    if (count === 0) throw new DomainError("notFound");
    await recordAudit(tx, {
      actorUserId: actor.userId,
      action: "funding.manage",
      objectType: "fundingProgramme",
      objectId: slug,
      outcome: "ALLOWED",
      detail: { change: "edited" },
    });
    return { slug };
  });
}

/** A slug no programme can have (empty, too long, a control character such as a NUL byte from a hostile post): never sent to the database. */
const namesNoProgramme = (slug: string) => slug.length === 0 || slug.length > 80 || /[\u0000-\u001f]/.test(slug);

/** "Checked today": the facts were compared with the source on the server's date (UTC). */
export async function markProgrammeChecked(principal: Principal | null, slug: string, now: Date = new Date()): Promise<{ slug: string; lastChecked: string }> {
  const actor = await authorize(principal, "funding.manage", { type: "fundingProgramme", id: slug.slice(0, 80) });
  if (namesNoProgramme(slug)) throw new DomainError("notFound");
  const today = isoToday(now);
  return db().$transaction(async (tx) => {
    const { count } = await tx.fundingProgramme.updateMany({ where: { slug }, data: { lastChecked: new Date(`${today}T00:00:00Z`) } });
    if (count === 0) throw new DomainError("notFound");
    await recordAudit(tx, {
      actorUserId: actor.userId,
      action: "funding.manage",
      objectType: "fundingProgramme",
      objectId: slug,
      outcome: "ALLOWED",
      detail: { change: "checked", lastChecked: today },
    });
    return { slug, lastChecked: today };
  });
}

/** Retired programmes leave the public list and the pair evaluation; they stay for the record and can come back. */
export async function setProgrammeRetired(principal: Principal | null, slug: string, retired: boolean): Promise<{ slug: string; changed: boolean }> {
  const actor = await authorize(principal, "funding.manage", { type: "fundingProgramme", id: slug.slice(0, 80) });
  if (namesNoProgramme(slug)) throw new DomainError("notFound");
  return db().$transaction(async (tx) => {
    const row = await tx.fundingProgramme.findUnique({ where: { slug }, select: { id: true, retiredAt: true } });
    if (!row) throw new DomainError("notFound");
    // Pressing twice (a second tab, a resent form) changes nothing and records nothing.
    if ((row.retiredAt !== null) === retired) return { slug, changed: false };
    await tx.fundingProgramme.update({ where: { id: row.id }, data: { retiredAt: retired ? new Date() : null } });
    await recordAudit(tx, {
      actorUserId: actor.userId,
      action: "funding.manage",
      objectType: "fundingProgramme",
      objectId: slug,
      outcome: "ALLOWED",
      detail: { change: retired ? "retired" : "restored" },
    });
    return { slug, changed: true };
  });
}

/** The new-programme page: only those who may add one see it (refusals audited). */
export async function authorizeNewProgramme(principal: Principal | null): Promise<void> {
  await authorize(principal, "funding.manage");
}
