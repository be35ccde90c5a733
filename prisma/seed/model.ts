// Plain, database-independent shapes of the demo dataset. Rows refer to each other by slug or
// reference; demo.ts maps these to database ids when it inserts them.
import type { CooperationAreaSlug } from "./areas";

export type HromadaType = "URBAN" | "SETTLEMENT" | "RURAL";
export type ProfileStatus = "DRAFT" | "PUBLISHED";
export type PartnershipStage = "INTRODUCED" | "IN_CONTACT" | "LETTER_OF_INTENT" | "AGREEMENT_SIGNED" | "JOINT_PROJECT" | "FUNDED" | "ENDED";
export type RequestStatus = "SUBMITTED" | "UNDER_REVIEW" | "APPROVED" | "DECLINED" | "WITHDRAWN";

export interface AreaEntry {
  area: CooperationAreaSlug;
  detailEn: string;
  detailUk: string;
}

export interface MunicipalitySeed {
  /** For a hromada, the register's slug: demo.ts finds the row by its KATOTTG code. */
  slug: string;
  country: string;
  katottg: string | null;
  nameEn: string;
  nameUk: string | null;
  nameLocal: string | null;
  /** Slug of the Ukrainian region, or null for EU municipalities. */
  regionSlug: string | null;
  regionName: string | null;
  raionEn: string | null;
  raionUk: string | null;
  hromadaType: HromadaType | null;
  population: number;
  /** Decimal as a string, e.g. "182.34". */
  areaKm2: string | null;
  latitude: string;
  longitude: string;
  adminCentreEn: string | null;
  adminCentreUk: string | null;
  descriptionEn: string;
  descriptionUk: string;
  languages: string[];
  needsInterpretation: boolean;
  website: string | null;
  contactName: string;
  contactRole: string;
  contactEmail: string;
  contactPhone: string;
  status: ProfileStatus;
  seeksPartners: boolean;
  /** On the front line (data/conflict-status.json): the generator weighs its needs and requests by it. */
  frontline: boolean;
  profileConfirmedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  needs: AreaEntry[];
  offers: AreaEntry[];
}

export interface PartnershipSeed {
  ukrainianSlug: string;
  euSlug: string;
  since: Date;
  stage: PartnershipStage;
  /** Reference of the approved request the partnership grew from. */
  requestReference: string | null;
  areas: CooperationAreaSlug[];
  createdAt: Date;
  updatedAt: Date;
}

export interface RequestSeed {
  reference: string;
  /** Who sent it: an EU municipality to a hromada (the default), or a hromada's proposal to an EU municipality. */
  direction?: "TO_HROMADA" | "TO_EU";
  submissionToken: string;
  ukrainianSlug: string;
  euSlug: string | null;
  proposedMunicipalityName: string | null;
  proposedCountry: string | null;
  proposedRegion: string | null;
  message: string;
  requesterName: string;
  requesterRole: string;
  requesterEmail: string;
  interpretationNeeded: boolean;
  languages: string[];
  locale: string;
  status: RequestStatus;
  decisionNote: string | null;
  submittedAt: Date;
  updatedAt: Date;
  decidedAt: Date | null;
  areas: CooperationAreaSlug[];
}
