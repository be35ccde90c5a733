import type { HeaderProblem, LineProblem } from "./columns";

/** A municipality named as a candidate when a name matched several, or none exactly. */
export type Candidate = {
  nameEn: string;
  nameUk: string | null;
  /** Raion and oblast of a hromada, or the region of another municipality, as stored. */
  place: string | null;
  /** A hromada's KATOTTG code, or a place's GeoNames id: what makes the line unambiguous. */
  code: string | null;
  population: number | null;
};

/** Why the database refused a line: message keys of the import's catalogue, with what fills them. */
export type MatchProblem =
  | { code: "katottgUnknown"; value: string }
  | { code: "codeNameDisagree"; value: string; registerName: string }
  | { code: "hromadaNotFound"; value: string; candidates: Candidate[] }
  | { code: "hromadaAmbiguous"; value: string; candidates: Candidate[] }
  | { code: "partnerAmbiguous"; value: string; candidates: Candidate[] }
  | { code: "partnerNotFound"; value: string; country: string }
  | { code: "gazetteerAmbiguous"; value: string; candidates: Candidate[] }
  | { code: "geonamesUnknown"; value: string; country: string }
  | { code: "duplicate"; otherLine: number };

export type ImportProblem = LineProblem | MatchProblem;

export type MemberChange = { side: "ua" | "partner"; since: string; change: "set" | "earlier" | "unchanged" };

export type LineReport = {
  line: number;
  /** created: a new partnership; matched: it was already there, unchanged; refused: nothing of the line. */
  outcome: "created" | "matched" | "refused";
  hromada: { nameEn: string; nameUk: string | null; slug: string; by: "code" | "name" } | null;
  partner: { nameEn: string; nameLocal: string | null; country: string; slug: string; by: "existing" | "gazetteer"; geonamesId: number | null } | null;
  members: MemberChange[];
  problems: ImportProblem[];
};

export type ImportSummary = {
  lines: number;
  created: number;
  matched: number;
  refused: number;
  municipalitiesCreated: number;
  membershipsChanged: number;
};

export type ImportReport = { applied: boolean; summary: ImportSummary; lines: LineReport[] };

export type { HeaderProblem };
