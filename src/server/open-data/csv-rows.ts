import type { CsvCell } from "@/lib/open-data/csv";
import type { ApiMunicipality } from "./municipalities";
import type { ApiPartnership } from "./partnerships";

/** The columns of the downloads: stable names in English, values as in the JSON. */
export const MUNICIPALITY_CSV_HEADER = [
  "slug",
  "katottg",
  "name_en",
  "name_uk",
  "oblast",
  "hromada_type",
  "population",
  "on_portal",
  "seeks_partners",
  "profile_confirmed_at",
  "needs",
  "offers",
  "page",
] as const;

export const municipalityCsvRow = (m: ApiMunicipality): CsvCell[] => [
  m.slug,
  m.katottg,
  m.name.en,
  m.name.uk,
  m.oblast?.slug ?? null,
  m.hromadaType,
  m.population,
  m.onPortal,
  m.seeksPartners,
  m.profileConfirmedAt,
  m.needs.join(";"),
  m.offers.join(";"),
  m.page,
];

export const PARTNERSHIP_CSV_HEADER = [
  "id",
  "since",
  "stage",
  "hromada_slug",
  "hromada_name_en",
  "hromada_name_uk",
  "oblast",
  "partner_name",
  "partner_name_en",
  "partner_country",
  "areas",
  "page",
] as const;

export const partnershipCsvRow = (p: ApiPartnership): CsvCell[] => [
  p.id,
  p.since,
  p.stage,
  p.hromada.slug,
  p.hromada.name.en,
  p.hromada.name.uk,
  p.hromada.oblast,
  p.partner.name,
  p.partner.nameEn,
  p.partner.country,
  p.areas.join(";"),
  p.page,
];
