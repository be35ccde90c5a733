import { isCooperationArea, type CooperationAreaSlug } from "@/lib/cooperation-areas";
import { katottgProblem } from "@/lib/katottg";
import { isStage, type Stage } from "@/lib/partnership-stages";
import type { CsvRecord } from "./csv";

/** The import's columns, as the README documents them; the header names them, in any order. */
export const IMPORT_COLUMNS = [
  "ua_katottg",
  "ua_name",
  "partner_name",
  "partner_country",
  "partner_region",
  "partner_geonames_id",
  "stage",
  "since",
  "areas",
  "ua_member_since",
  "partner_member_since",
] as const;
export type ImportColumn = (typeof IMPORT_COLUMNS)[number];

/** A problem of one line, found before the database is asked: a message key and what fills it. */
export type LineProblem =
  | { code: "noHromada" }
  | { code: "katottg"; value: string }
  | { code: "noPartner" }
  | { code: "country"; value: string }
  | { code: "partnerIsUkrainian" }
  | { code: "geonamesId"; value: string }
  | { code: "stage"; value: string }
  | { code: "since"; value: string }
  | { code: "sinceMissing" }
  | { code: "area"; value: string }
  | { code: "memberSince"; value: string; side: "ua" | "partner" }
  | { code: "fieldCount"; expected: number; found: number };

export type ImportRow = {
  line: number;
  katottg: string | null;
  hromadaName: string | null;
  partnerName: string;
  partnerCountry: string;
  partnerRegion: string | null;
  partnerGeonamesId: number | null;
  stage: Stage;
  /** YYYY-MM-DD. */
  since: string;
  areas: CooperationAreaSlug[];
  uaMemberSince: string | null;
  partnerMemberSince: string | null;
};

export type HeaderProblem = { missing: ImportColumn[]; unknown: string[] };

const REQUIRED: readonly ImportColumn[] = ["partner_name", "partner_country", "since"];

/** Which column each position holds, or what is wrong with the header line. */
export function readHeader(header: CsvRecord): { columns: (ImportColumn | null)[] } | { problem: HeaderProblem } {
  const names = header.fields.map((f) => f.toLowerCase().replace(/[\s-]+/g, "_"));
  const unknown = names.filter((n) => n !== "" && !(IMPORT_COLUMNS as readonly string[]).includes(n));
  const missing = REQUIRED.filter((c) => !names.includes(c));
  if (!names.includes("ua_katottg") && !names.includes("ua_name")) missing.unshift("ua_katottg");
  if (missing.length > 0 || unknown.length > 0) return { problem: { missing, unknown } };
  return { columns: names.map((n) => (n === "" ? null : (n as ImportColumn))) };
}

/** A day written YYYY-MM-DD, YYYY-MM or YYYY (the first of the month or year), between 1990 and 2100. */
export function importDay(value: string): string | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!m) return null;
  const day = `${m[1]}-${m[2] ?? "01"}-${m[3] ?? "01"}`;
  const year = Number(m[1]);
  if (year < 1990 || year > 2100) return null;
  const date = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === day ? day : null;
}

/** Stages as people write them: "agreement signed", "Agreement-Signed", "AGREEMENT_SIGNED". */
function stageOf(value: string): Stage | null {
  const name = value
    .trim()
    .toUpperCase()
    .replace(/[\s-]+/g, "_");
  return isStage(name) ? name : null;
}

/** One record as a row of the import, or every problem it has. */
export function readRow(record: CsvRecord, columns: (ImportColumn | null)[]): { row: ImportRow } | { problems: LineProblem[] } {
  if (record.fields.length > columns.length) {
    return { problems: [{ code: "fieldCount", expected: columns.length, found: record.fields.length }] };
  }
  const get = (c: ImportColumn) => {
    const i = columns.indexOf(c);
    return i >= 0 ? (record.fields[i] ?? "") : "";
  };
  const problems: LineProblem[] = [];
  const katottg = get("ua_katottg").toUpperCase().replace(/\s+/g, "");
  const hromadaName = get("ua_name");
  if (katottg === "" && hromadaName === "") problems.push({ code: "noHromada" });
  if (katottg !== "" && katottgProblem(katottg)) problems.push({ code: "katottg", value: katottg });
  const partnerName = get("partner_name");
  if (partnerName === "") problems.push({ code: "noPartner" });
  const partnerCountry = get("partner_country").toUpperCase();
  if (!/^[A-Z]{2}$/.test(partnerCountry)) problems.push({ code: "country", value: get("partner_country") });
  else if (partnerCountry === "UA") problems.push({ code: "partnerIsUkrainian" });
  const geonames = get("partner_geonames_id");
  if (geonames !== "" && !/^\d{1,10}$/.test(geonames)) problems.push({ code: "geonamesId", value: geonames });
  const stageText = get("stage");
  const stage = stageText === "" ? "INTRODUCED" : stageOf(stageText);
  if (!stage) problems.push({ code: "stage", value: stageText });
  const sinceText = get("since");
  const since = importDay(sinceText);
  if (sinceText === "") problems.push({ code: "sinceMissing" });
  else if (!since) problems.push({ code: "since", value: sinceText });
  const areas: CooperationAreaSlug[] = [];
  for (const slug of get("areas")
    .toLowerCase()
    .split(/[;|,\s]+/)
    .filter(Boolean)) {
    if (isCooperationArea(slug)) {
      if (!areas.includes(slug)) areas.push(slug);
    } else problems.push({ code: "area", value: slug });
  }
  const member = (side: "ua" | "partner") => {
    const text = get(side === "ua" ? "ua_member_since" : "partner_member_since");
    if (text === "") return null;
    const day = importDay(text);
    if (!day) problems.push({ code: "memberSince", value: text, side });
    return day;
  };
  const uaMemberSince = member("ua");
  const partnerMemberSince = member("partner");
  if (problems.length > 0) return { problems };
  return {
    row: {
      line: record.line,
      katottg: katottg || null,
      hromadaName: hromadaName || null,
      partnerName,
      partnerCountry,
      partnerRegion: get("partner_region") || null,
      partnerGeonamesId: geonames ? Number(geonames) : null,
      stage: stage!,
      since: since!,
      areas,
      uaMemberSince,
      partnerMemberSince,
    },
  };
}
