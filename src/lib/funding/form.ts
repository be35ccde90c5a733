import { z } from "zod";
import { isPartnerCountry } from "@/lib/countries";
import type { FormSpec } from "@/lib/forms/parse";
import type { FormState, FormValues } from "@/lib/forms/state";
import { normaliseRegionName } from "./eligibility";
import { LIMITS, programmeSchema, type ProgrammeData } from "./schema";

/**
 * The coordinators' programme editor (/coordinator/funding): its FormData becomes a programme as
 * stored, checked by the same schema the loader reads rows with (programmeSchema). The rules are
 * ordinary fields: checkboxes for countries and oblasts, numbers for the minimums and limits, and
 * one line per country for the regions that limit it ("PL: podlaskie, lubelskie").
 */

export const TEXT_KEYS = ["name", "funder", "description", "amountNote", "deadlineNote", "rulesNote"] as const;
export type TextKey = (typeof TEXT_KEYS)[number];
export const TEXT_LANGUAGES = ["en", "uk"] as const;
const REQUIRED_TEXTS: readonly TextKey[] = ["name", "funder", "description"];

/** The form's fields, in the order the error summary lists them. */
export const PROGRAMME_FIELDS = [
  "slug",
  ...TEXT_KEYS.filter((k) => k === "name" || k === "funder" || k === "description").flatMap((k) => TEXT_LANGUAGES.map((l) => `${k}_${l}` as const)),
  "areas",
  "amountMin",
  "amountMax",
  "amountNote_en",
  "amountNote_uk",
  "deadlineKind",
  "deadlineLastKnown",
  "deadlineNote_en",
  "deadlineNote_uk",
  "partnerCountries",
  "partnerRegions",
  "ukrainianRegions",
  "partnerPopulationMin",
  "partnerPopulationMax",
  "ukrainianPopulationMin",
  "ukrainianPopulationMax",
  "minPartners",
  "minCountries",
  "minEuMemberStates",
  "notCounted",
  "applicant",
  "rulesNote_en",
  "rulesNote_uk",
  "sourceUrl",
  "lastChecked",
] as const;
export type ProgrammeField = (typeof PROGRAMME_FIELDS)[number];

export const PROGRAMME_ERROR_KEYS = [
  "slug",
  "slugTaken",
  "name",
  "funder",
  "description",
  "amountNote",
  "deadlineNote",
  "rulesNote",
  "areas",
  "amountMin",
  "amountMax",
  "deadlineKind",
  "deadlineLastKnown",
  "partnerCountries",
  "partnerRegions",
  "partnerRegionsCountry",
  "ukrainianRegions",
  "partnerPopulation",
  "ukrainianPopulation",
  "minPartners",
  "minCountries",
  "minEuMemberStates",
  "notCounted",
  "applicant",
  "sourceUrl",
  "lastChecked",
  "invalid",
] as const;
export type ProgrammeErrorKey = (typeof PROGRAMME_ERROR_KEYS)[number];

export type ProgrammeFormState = FormState<object, "notFound" | "forbidden", ProgrammeField, ProgrammeErrorKey>;

const LIST_FIELDS = ["areas", "partnerCountries", "ukrainianRegions", "notCounted"] as const;
const TEXT_FIELDS = PROGRAMME_FIELDS.filter((f) => !(LIST_FIELDS as readonly string[]).includes(f));

/** A whole number as typed ("12 000" and "12,000" too); "" is none; anything else is NaN, which the schema refuses. */
function whole(value: unknown): number | null {
  const s = typeof value === "string" ? value.replace(/[\s,.'’]/g, "") : "";
  if (s === "") return null;
  return /^\d{1,12}$/.test(s) ? Number(s) : Number.NaN;
}

/** "PL: Podlaskie, lubelsk" lines as the rules hold them; null when a line cannot be read. */
export function parsePartnerRegions(text: string): Record<string, string[]> | null {
  const out: Record<string, string[]> = {};
  for (const line of text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean)) {
    const m = /^([A-Za-z]{2})\s*:\s*(.+)$/.exec(line);
    if (!m) return null;
    const fragments = m[2].split(",").map(normaliseRegionName).filter(Boolean);
    if (fragments.length === 0) return null;
    out[m[1].toUpperCase()] = [...(out[m[1].toUpperCase()] ?? []), ...fragments];
  }
  return out;
}

export function formatPartnerRegions(regions: Readonly<Record<string, readonly string[]>> | undefined): string {
  return Object.entries(regions ?? {})
    .map(([country, fragments]) => `${country}: ${fragments.join(", ")}`)
    .join("\n");
}

function limits(min: unknown, max: unknown): { min?: number; max?: number } | undefined {
  const lo = whole(min);
  const hi = whole(max);
  if (lo === null && hi === null) return undefined;
  return { ...(lo !== null ? { min: lo } : {}), ...(hi !== null ? { max: hi } : {}) };
}

const str = (v: unknown) => (typeof v === "string" ? v : "");
const list = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : []);

/** The form's flat values as a programme (what programmeSchema checks). */
export function programmeFromForm(v: FormValues): unknown {
  const texts: Record<string, { en: string; uk: string }> = {};
  for (const key of TEXT_KEYS) {
    const en = str(v[`${key}_en`]).trim();
    const uk = str(v[`${key}_uk`]).trim();
    // An optional note left empty in both languages is no note.
    if (!REQUIRED_TEXTS.includes(key) && en === "" && uk === "") continue;
    texts[key] = { en, uk };
  }
  const ukrainian = list(v.ukrainianRegions);
  // Lines for a country no partner can be in are reported by the spec's check, not twice by the schema.
  const partnerRegions = Object.fromEntries(Object.entries(parsePartnerRegions(str(v.partnerRegions)) ?? {}).filter(([c]) => isPartnerCountry(c)));
  const notCounted = list(v.notCounted);
  const rules = {
    partnerCountries: list(v.partnerCountries),
    ...(Object.keys(partnerRegions).length > 0 ? { partnerRegions } : {}),
    ukrainianRegions: ukrainian.includes("all") ? "all" : ukrainian,
    ...(limits(v.partnerPopulationMin, v.partnerPopulationMax) ? { partnerPopulation: limits(v.partnerPopulationMin, v.partnerPopulationMax) } : {}),
    ...(limits(v.ukrainianPopulationMin, v.ukrainianPopulationMax) ? { ukrainianPopulation: limits(v.ukrainianPopulationMin, v.ukrainianPopulationMax) } : {}),
    minPartners: whole(v.minPartners) ?? Number.NaN,
    minCountries: whole(v.minCountries) ?? Number.NaN,
    minEuMemberStates: whole(v.minEuMemberStates) ?? Number.NaN,
    ...(notCounted.length > 0 ? { notCounted } : {}),
    applicant: str(v.applicant),
  };
  const kind = str(v.deadlineKind);
  const lastKnown = str(v.deadlineLastKnown).trim();
  return {
    slug: str(v.slug).trim().toLowerCase(),
    texts,
    areas: list(v.areas),
    amountMin: whole(v.amountMin),
    amountMax: whole(v.amountMax),
    deadlineKind: kind,
    // A date typed for a rolling or closed programme is refused (the schema), not dropped unseen.
    deadlineLastKnown: lastKnown === "" ? null : lastKnown,
    rules,
    sourceUrl: str(v.sourceUrl).trim(),
    lastChecked: str(v.lastChecked).trim(),
  };
}

/** The form field an issue of programmeSchema belongs to. */
export function fieldOfIssue(path: readonly PropertyKey[]): ProgrammeField {
  const [first, second, third] = path.map(String);
  if (first === "texts") return `${second ?? "name"}_${third === "uk" ? "uk" : "en"}` as ProgrammeField;
  if (first === "rules") {
    if (second === "partnerPopulation" || second === "ukrainianPopulation") return `${second}Min`;
    if ((PROGRAMME_FIELDS as readonly string[]).includes(second ?? "")) return second as ProgrammeField;
    return "partnerCountries";
  }
  return (PROGRAMME_FIELDS as readonly string[]).includes(first ?? "") ? (first as ProgrammeField) : "slug";
}

export const PROGRAMME_FORM: FormSpec<ProgrammeData, ProgrammeField, ProgrammeErrorKey> = {
  schema: z.preprocess((values) => programmeFromForm(values as FormValues), programmeSchema) as unknown as z.ZodType<ProgrammeData>,
  text: TEXT_FIELDS,
  lists: LIST_FIELDS,
  errorKeys: PROGRAMME_ERROR_KEYS,
  fallback: "invalid",
  fieldOf: (path) => fieldOfIssue(path),
  // The schema checks these across fields only once every field is valid; the form says them at once.
  check: (values, add) => {
    const kind = str(values.deadlineKind);
    const noteMissing = str(values.deadlineNote_en).trim() === "" && str(values.deadlineNote_uk).trim() === "";
    if ((kind === "calls" || kind === "closed") && noteMissing) add("deadlineNote_en", "deadlineNote");
    if (kind !== "calls" && str(values.deadlineLastKnown).trim() !== "") add("deadlineLastKnown", "deadlineLastKnown");
    const [min, max] = [whole(values.amountMin), whole(values.amountMax)];
    if (min !== null && max !== null && min <= LIMITS.amount && max < min) add("amountMax", "amountMax");
    const regions = parsePartnerRegions(str(values.partnerRegions));
    if (regions === null) add("partnerRegions", "partnerRegions");
    else if (Object.keys(regions).some((c) => !isPartnerCountry(c))) add("partnerRegions", "partnerRegionsCountry");
  },
};

/** A stored programme as the form's initial values. */
export function formValuesOf(p: ProgrammeData): FormValues {
  const out: FormValues = {
    slug: p.slug,
    areas: [...p.areas],
    amountMin: p.amountMin?.toString() ?? "",
    amountMax: p.amountMax?.toString() ?? "",
    deadlineKind: p.deadlineKind,
    deadlineLastKnown: p.deadlineLastKnown ?? "",
    partnerCountries: [...p.rules.partnerCountries],
    partnerRegions: formatPartnerRegions(p.rules.partnerRegions),
    ukrainianRegions: p.rules.ukrainianRegions === "all" ? ["all"] : [...p.rules.ukrainianRegions],
    partnerPopulationMin: p.rules.partnerPopulation?.min?.toString() ?? "",
    partnerPopulationMax: p.rules.partnerPopulation?.max?.toString() ?? "",
    ukrainianPopulationMin: p.rules.ukrainianPopulation?.min?.toString() ?? "",
    ukrainianPopulationMax: p.rules.ukrainianPopulation?.max?.toString() ?? "",
    minPartners: String(p.rules.minPartners),
    minCountries: String(p.rules.minCountries),
    minEuMemberStates: String(p.rules.minEuMemberStates),
    notCounted: [...(p.rules.notCounted ?? [])],
    applicant: p.rules.applicant,
    sourceUrl: p.sourceUrl,
    lastChecked: p.lastChecked,
  };
  for (const key of TEXT_KEYS) for (const lang of TEXT_LANGUAGES) out[`${key}_${lang}`] = p.texts[key]?.[lang] ?? "";
  return out;
}
