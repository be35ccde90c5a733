import { z } from "zod";
import { COOPERATION_AREAS } from "@/lib/cooperation-areas";
import { PARTNER_COUNTRIES } from "@/lib/countries";
import type { Bilingual, EligibilityRules, FundingProgramme } from "./types";

/**
 * What a funding programme may hold, checked on every write (the coordinators' editor) and every
 * read (the loader in src/server/funding): the rules' shape is exactly what eligibility.ts reads,
 * so a row the evaluator could misread never reaches it. Messages are keys of the editor's error
 * messages (features/funding-admin.*.json).
 */

/** Countries a partner may be in; "UA" may also be listed as not counted towards the minimums. */
const partnerCountry = z.enum(PARTNER_COUNTRIES, { error: "partnerCountries" });
const notCountedCountry = z.enum([...PARTNER_COUNTRIES, "UA"], { error: "notCounted" });

export const LIMITS = {
  name: 200,
  funder: 200,
  description: 2000,
  note: 600,
  url: 500,
  fragment: 60,
  population: 50_000_000,
  amount: 1_000_000_000,
  partners: 100,
} as const;

/** A region fragment as eligibility.ts compares it: lower case, no accents, letters, digits and spaces. */
export const REGION_FRAGMENT = /^[a-z0-9]+( [a-z0-9]+)*$/;

const limits = (error: string) =>
  z
    .object({ min: z.number().int().min(0).max(LIMITS.population).optional(), max: z.number().int().min(0).max(LIMITS.population).optional() }, { error })
    .strict()
    .refine((l) => l.min !== undefined || l.max !== undefined, { error })
    .refine((l) => l.min === undefined || l.max === undefined || l.min <= l.max, { error });

export const eligibilityRulesSchema = z
  .object({
    partnerCountries: z.array(partnerCountry).min(1, { error: "partnerCountries" }),
    partnerRegions: z
      .partialRecord(
        partnerCountry,
        z.array(z.string().max(LIMITS.fragment).regex(REGION_FRAGMENT, { error: "partnerRegions" })).min(1, { error: "partnerRegions" }),
      )
      .optional(),
    ukrainianRegions: z.union(
      [z.literal("all"), z.array(z.string().regex(/^[a-z0-9-]+$/, { error: "ukrainianRegions" })).min(1, { error: "ukrainianRegions" })],
      { error: "ukrainianRegions" },
    ),
    partnerPopulation: limits("partnerPopulation").optional(),
    ukrainianPopulation: limits("ukrainianPopulation").optional(),
    minPartners: z
      .number({ error: "minPartners" })
      .int({ error: "minPartners" })
      .min(1, { error: "minPartners" })
      .max(LIMITS.partners, { error: "minPartners" }),
    minCountries: z
      .number({ error: "minCountries" })
      .int({ error: "minCountries" })
      .min(1, { error: "minCountries" })
      .max(LIMITS.partners, { error: "minCountries" }),
    minEuMemberStates: z
      .number({ error: "minEuMemberStates" })
      .int({ error: "minEuMemberStates" })
      .min(0, { error: "minEuMemberStates" })
      .max(LIMITS.partners, { error: "minEuMemberStates" }),
    notCounted: z.array(notCountedCountry).min(1).optional(),
    applicant: z.enum(["partner", "ukrainian", "either"], { error: "applicant" }),
  })
  .strict()
  // More countries than organisations, or more EU member states than countries, cannot be met.
  .refine((r) => r.minCountries <= r.minPartners, { error: "minCountries", path: ["minCountries"] })
  .refine((r) => r.minEuMemberStates <= r.minCountries, { error: "minEuMemberStates", path: ["minEuMemberStates"] })
  // Regions limit a country the partner may be in: for any other country they would never be read.
  .refine((r) => Object.keys(r.partnerRegions ?? {}).every((c) => (r.partnerCountries as readonly string[]).includes(c)), {
    error: "partnerRegionsCountry",
    path: ["partnerRegions"],
  });

const text = (max: number, error: string) => z.string({ error }).trim().min(1, { error }).max(max, { error });
const bilingual = (max: number, error: string) => z.object({ en: text(max, error), uk: text(max, error) }).strict();

export const programmeTextsSchema = z
  .object({
    name: bilingual(LIMITS.name, "name"),
    funder: bilingual(LIMITS.funder, "funder"),
    description: bilingual(LIMITS.description, "description"),
    amountNote: bilingual(LIMITS.note, "amountNote").optional(),
    deadlineNote: bilingual(LIMITS.note, "deadlineNote").optional(),
    rulesNote: bilingual(LIMITS.note, "rulesNote").optional(),
  })
  .strict();
export type ProgrammeTexts = z.infer<typeof programmeTextsSchema>;

const isoDate = (error: string) =>
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error })
    .refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d), { error });

/** A programme as stored: everything but the catalogue order and the history columns. */
export const programmeSchema = z
  .object({
    slug: z
      .string()
      .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: "slug" })
      .max(80, { error: "slug" }),
    texts: programmeTextsSchema,
    areas: z.array(z.enum(COOPERATION_AREAS, { error: "areas" })).min(1, { error: "areas" }),
    amountMin: z
      .number({ error: "amountMin" })
      .int({ error: "amountMin" })
      .min(0, { error: "amountMin" })
      .max(LIMITS.amount, { error: "amountMin" })
      .nullable(),
    amountMax: z
      .number({ error: "amountMax" })
      .int({ error: "amountMax" })
      .min(0, { error: "amountMax" })
      .max(LIMITS.amount, { error: "amountMax" })
      .nullable(),
    deadlineKind: z.enum(["rolling", "calls", "closed"], { error: "deadlineKind" }),
    deadlineLastKnown: isoDate("deadlineLastKnown").nullable(),
    rules: eligibilityRulesSchema,
    sourceUrl: z.url({ protocol: /^https?$/, error: "sourceUrl" }).max(LIMITS.url, { error: "sourceUrl" }),
    lastChecked: isoDate("lastChecked"),
  })
  .strict()
  .refine((p) => p.amountMin === null || p.amountMax === null || p.amountMin <= p.amountMax, { error: "amountMax", path: ["amountMax"] })
  // A closed programme says why in words; a rolling one has no deadline to know.
  .refine((p) => p.deadlineKind !== "closed" || p.texts.deadlineNote !== undefined, { error: "deadlineNote", path: ["texts", "deadlineNote"] })
  .refine((p) => p.deadlineKind === "calls" || p.deadlineLastKnown === null, { error: "deadlineLastKnown", path: ["deadlineLastKnown"] })
  .refine((p) => p.deadlineKind !== "calls" || p.texts.deadlineNote !== undefined, { error: "deadlineNote", path: ["texts", "deadlineNote"] });
export type ProgrammeData = z.infer<typeof programmeSchema>;

/** The stored form of a programme as the pure code reads it (eligibility, call status, cards). */
export function toFundingProgramme(p: ProgrammeData): FundingProgramme {
  const t = p.texts;
  const deadline: FundingProgramme["deadline"] =
    p.deadlineKind === "rolling"
      ? { kind: "rolling", ...(t.deadlineNote ? { note: t.deadlineNote } : {}) }
      : p.deadlineKind === "closed"
        ? { kind: "closed", note: t.deadlineNote as Bilingual }
        : { kind: "calls", note: t.deadlineNote as Bilingual, ...(p.deadlineLastKnown ? { lastKnown: p.deadlineLastKnown } : {}) };
  return {
    slug: p.slug,
    name: t.name,
    funder: t.funder,
    description: t.description,
    areas: p.areas,
    amount: { min: p.amountMin, max: p.amountMax, note: t.amountNote ?? null },
    deadline,
    rules: p.rules as EligibilityRules,
    ...(t.rulesNote ? { rulesNote: t.rulesNote } : {}),
    sourceUrl: p.sourceUrl,
    lastChecked: p.lastChecked,
  };
}

/** The inverse of toFundingProgramme: how a programme described in code (the first rows) is stored. */
export function fromFundingProgramme(p: FundingProgramme): ProgrammeData {
  const deadlineNote = "note" in p.deadline ? p.deadline.note : undefined;
  return {
    slug: p.slug,
    texts: {
      name: p.name,
      funder: p.funder,
      description: p.description,
      ...(p.amount.note ? { amountNote: p.amount.note } : {}),
      ...(deadlineNote ? { deadlineNote } : {}),
      ...(p.rulesNote ? { rulesNote: p.rulesNote } : {}),
    },
    areas: [...p.areas],
    amountMin: p.amount.min,
    amountMax: p.amount.max,
    deadlineKind: p.deadline.kind,
    deadlineLastKnown: p.deadline.kind === "calls" ? (p.deadline.lastKnown ?? null) : null,
    rules: JSON.parse(JSON.stringify(p.rules)),
    sourceUrl: p.sourceUrl,
    lastChecked: p.lastChecked,
  };
}
