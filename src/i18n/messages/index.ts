import type { Locale } from "../routing";
import en from "./en.json";
import uk from "./uk.json";
import fundingEn from "./features/funding.en.json";
import fundingUk from "./features/funding.uk.json";
import mapEn from "./features/map.en.json";
import mapUk from "./features/map.uk.json";
import matchEn from "./features/match.en.json";
import matchUk from "./features/match.uk.json";
import searchEn from "./features/search.en.json";
import searchUk from "./features/search.uk.json";
import accountsEn from "./features/accounts.en.json";
import accountsUk from "./features/accounts.uk.json";
import coordinatorEn from "./features/coordinator.en.json";
import coordinatorUk from "./features/coordinator.uk.json";
import profileEditorEn from "./features/profile-editor.en.json";
import profileEditorUk from "./features/profile-editor.uk.json";
import partnershipsEn from "./features/partnerships.en.json";
import partnershipsUk from "./features/partnerships.uk.json";
import auditEn from "./features/audit.en.json";
import auditUk from "./features/audit.uk.json";
import privacyEn from "./features/privacy.en.json";
import privacyUk from "./features/privacy.uk.json";
import requestsEn from "./features/requests.en.json";
import requestsUk from "./features/requests.uk.json";
import availabilityEn from "./features/availability.en.json";
import availabilityUk from "./features/availability.uk.json";

/**
 * Each locale's catalogue: the core file, then one file per feature (features/<name>.<locale>.json,
 * each holding its own top-level namespace), so that features do not edit one shared file.
 * Every locale must list the same features.
 */
const catalogues: Record<Locale, Record<string, unknown>[]> = {
  en: [en, mapEn, matchEn, fundingEn, searchEn, accountsEn, coordinatorEn, profileEditorEn, partnershipsEn, auditEn, privacyEn, requestsEn, availabilityEn],
  uk: [uk, mapUk, matchUk, fundingUk, searchUk, accountsUk, coordinatorUk, profileEditorUk, partnershipsUk, auditUk, privacyUk, requestsUk, availabilityUk],
};

export function messagesFor(locale: Locale): Record<string, unknown> {
  return Object.assign({}, ...catalogues[locale]);
}
