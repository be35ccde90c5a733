/** The workspace's fixed lists; their names are in the i18n catalogues (workspace.*). */
export const DOCUMENT_KINDS = ["LETTER_OF_INTENT", "AGREEMENT", "MINUTES", "OTHER"] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];
export const isDocumentKind = (v: unknown): v is DocumentKind => (DOCUMENT_KINDS as readonly unknown[]).includes(v);

export const PROJECT_STATUSES = ["IDEA", "PREPARING", "SUBMITTED", "GRANTED", "REJECTED", "CLOSED"] as const;
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];

export const INSTITUTION_TYPES = [
  "school",
  "kindergarten",
  "hospital",
  "clinic",
  "museum",
  "library",
  "theatre",
  "university",
  "business",
  "ngo",
  "utility",
  "other",
] as const;
export type InstitutionType = (typeof INSTITUTION_TYPES)[number];

export const SIDES = ["UKRAINIAN", "EU"] as const;
export type Side = (typeof SIDES)[number];

/** Institution rows the project form offers per side (filled or left empty). */
export const INSTITUTION_ROWS = 4;
export const TITLE_MAX = 200;
export const NAME_MAX = 200;
/** Whole euros, at most a billion. */
export const AMOUNT_MAX = 1_000_000_000;

/** Which form posts are the partnership page's (a document with its file): `/<locale>/partnerships/<id>`; src/proxy.ts lets them be as large as a conversation's. */
export const isWorkspacePath = (path: string) => /^\/[a-z]{2}\/partnerships\/\d{1,10}$/.test(path);
