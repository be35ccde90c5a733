import type { Locale } from "../routing";

import coreEn from "./en.json";
import mapEn from "./features/map.en.json";
import matchEn from "./features/match.en.json";
import fundingEn from "./features/funding.en.json";
import searchEn from "./features/search.en.json";
import accountsEn from "./features/accounts.en.json";
import coordinatorEn from "./features/coordinator.en.json";
import profileEditorEn from "./features/profile-editor.en.json";
import partnershipsEn from "./features/partnerships.en.json";
import auditEn from "./features/audit.en.json";
import privacyEn from "./features/privacy.en.json";
import requestsEn from "./features/requests.en.json";
import statementsEn from "./features/statements.en.json";
import profileLanguagesEn from "./features/profile-languages.en.json";
import a11yEn from "./features/a11y.en.json";
import availabilityEn from "./features/availability.en.json";
import errorEn from "./features/error.en.json";
import networkEn from "./features/network.en.json";
import partnershipImportEn from "./features/partnership-import.en.json";
import joinEn from "./features/join.en.json";
import backOfficeEn from "./features/back-office.en.json";
import fundingAdminEn from "./features/funding-admin.en.json";
import contactEn from "./features/contact.en.json";
import followUpEn from "./features/follow-up.en.json";
import voiceEn from "./features/voice.en.json";
import catalogueFiltersEn from "./features/catalogue-filters.en.json";
import shortlistEn from "./features/shortlist.en.json";
import savedSearchesEn from "./features/saved-searches.en.json";
import openDataEn from "./features/open-data.en.json";
import interpretationEn from "./features/interpretation.en.json";
import actingEn from "./features/acting.en.json";
import findingEn from "./features/finding.en.json";
import conversationsEn from "./features/conversations.en.json";
import deskEn from "./features/desk.en.json";
import stageProposalsEn from "./features/stage-proposals.en.json";
import workspaceEn from "./features/workspace.en.json";
import remindersEn from "./features/reminders.en.json";

import coreUk from "./uk.json";
import mapUk from "./features/map.uk.json";
import matchUk from "./features/match.uk.json";
import fundingUk from "./features/funding.uk.json";
import searchUk from "./features/search.uk.json";
import accountsUk from "./features/accounts.uk.json";
import coordinatorUk from "./features/coordinator.uk.json";
import profileEditorUk from "./features/profile-editor.uk.json";
import partnershipsUk from "./features/partnerships.uk.json";
import auditUk from "./features/audit.uk.json";
import privacyUk from "./features/privacy.uk.json";
import requestsUk from "./features/requests.uk.json";
import statementsUk from "./features/statements.uk.json";
import profileLanguagesUk from "./features/profile-languages.uk.json";
import a11yUk from "./features/a11y.uk.json";
import availabilityUk from "./features/availability.uk.json";
import errorUk from "./features/error.uk.json";
import networkUk from "./features/network.uk.json";
import partnershipImportUk from "./features/partnership-import.uk.json";
import joinUk from "./features/join.uk.json";
import backOfficeUk from "./features/back-office.uk.json";
import fundingAdminUk from "./features/funding-admin.uk.json";
import contactUk from "./features/contact.uk.json";
import followUpUk from "./features/follow-up.uk.json";
import voiceUk from "./features/voice.uk.json";
import catalogueFiltersUk from "./features/catalogue-filters.uk.json";
import shortlistUk from "./features/shortlist.uk.json";
import savedSearchesUk from "./features/saved-searches.uk.json";
import openDataUk from "./features/open-data.uk.json";
import interpretationUk from "./features/interpretation.uk.json";
import actingUk from "./features/acting.uk.json";
import findingUk from "./features/finding.uk.json";
import conversationsUk from "./features/conversations.uk.json";
import deskUk from "./features/desk.uk.json";
import stageProposalsUk from "./features/stage-proposals.uk.json";
import workspaceUk from "./features/workspace.uk.json";
import remindersUk from "./features/reminders.uk.json";

import coreDe from "./de.json";
import mapDe from "./features/map.de.json";
import matchDe from "./features/match.de.json";
import fundingDe from "./features/funding.de.json";
import searchDe from "./features/search.de.json";
import accountsDe from "./features/accounts.de.json";
import coordinatorDe from "./features/coordinator.de.json";
import profileEditorDe from "./features/profile-editor.de.json";
import partnershipsDe from "./features/partnerships.de.json";
import auditDe from "./features/audit.de.json";
import privacyDe from "./features/privacy.de.json";
import requestsDe from "./features/requests.de.json";
import statementsDe from "./features/statements.de.json";
import profileLanguagesDe from "./features/profile-languages.de.json";
import a11yDe from "./features/a11y.de.json";
import availabilityDe from "./features/availability.de.json";
import errorDe from "./features/error.de.json";
import networkDe from "./features/network.de.json";
import partnershipImportDe from "./features/partnership-import.de.json";
import joinDe from "./features/join.de.json";
import backOfficeDe from "./features/back-office.de.json";
import fundingAdminDe from "./features/funding-admin.de.json";
import contactDe from "./features/contact.de.json";
import followUpDe from "./features/follow-up.de.json";
import voiceDe from "./features/voice.de.json";
import catalogueFiltersDe from "./features/catalogue-filters.de.json";
import shortlistDe from "./features/shortlist.de.json";
import savedSearchesDe from "./features/saved-searches.de.json";
import openDataDe from "./features/open-data.de.json";
import interpretationDe from "./features/interpretation.de.json";
import actingDe from "./features/acting.de.json";
import findingDe from "./features/finding.de.json";
import conversationsDe from "./features/conversations.de.json";
import deskDe from "./features/desk.de.json";
import stageProposalsDe from "./features/stage-proposals.de.json";
import workspaceDe from "./features/workspace.de.json";
import remindersDe from "./features/reminders.de.json";

import coreSv from "./sv.json";
import mapSv from "./features/map.sv.json";
import matchSv from "./features/match.sv.json";
import fundingSv from "./features/funding.sv.json";
import searchSv from "./features/search.sv.json";
import accountsSv from "./features/accounts.sv.json";
import coordinatorSv from "./features/coordinator.sv.json";
import profileEditorSv from "./features/profile-editor.sv.json";
import partnershipsSv from "./features/partnerships.sv.json";
import auditSv from "./features/audit.sv.json";
import privacySv from "./features/privacy.sv.json";
import requestsSv from "./features/requests.sv.json";
import statementsSv from "./features/statements.sv.json";
import profileLanguagesSv from "./features/profile-languages.sv.json";
import a11ySv from "./features/a11y.sv.json";
import availabilitySv from "./features/availability.sv.json";
import errorSv from "./features/error.sv.json";
import networkSv from "./features/network.sv.json";
import partnershipImportSv from "./features/partnership-import.sv.json";
import joinSv from "./features/join.sv.json";
import backOfficeSv from "./features/back-office.sv.json";
import fundingAdminSv from "./features/funding-admin.sv.json";
import contactSv from "./features/contact.sv.json";
import followUpSv from "./features/follow-up.sv.json";
import voiceSv from "./features/voice.sv.json";
import catalogueFiltersSv from "./features/catalogue-filters.sv.json";
import shortlistSv from "./features/shortlist.sv.json";
import savedSearchesSv from "./features/saved-searches.sv.json";
import openDataSv from "./features/open-data.sv.json";
import interpretationSv from "./features/interpretation.sv.json";
import actingSv from "./features/acting.sv.json";
import findingSv from "./features/finding.sv.json";
import conversationsSv from "./features/conversations.sv.json";
import deskSv from "./features/desk.sv.json";
import stageProposalsSv from "./features/stage-proposals.sv.json";
import workspaceSv from "./features/workspace.sv.json";
import remindersSv from "./features/reminders.sv.json";

import corePl from "./pl.json";
import mapPl from "./features/map.pl.json";
import matchPl from "./features/match.pl.json";
import fundingPl from "./features/funding.pl.json";
import searchPl from "./features/search.pl.json";
import accountsPl from "./features/accounts.pl.json";
import coordinatorPl from "./features/coordinator.pl.json";
import profileEditorPl from "./features/profile-editor.pl.json";
import partnershipsPl from "./features/partnerships.pl.json";
import auditPl from "./features/audit.pl.json";
import privacyPl from "./features/privacy.pl.json";
import requestsPl from "./features/requests.pl.json";
import statementsPl from "./features/statements.pl.json";
import profileLanguagesPl from "./features/profile-languages.pl.json";
import a11yPl from "./features/a11y.pl.json";
import availabilityPl from "./features/availability.pl.json";
import errorPl from "./features/error.pl.json";
import networkPl from "./features/network.pl.json";
import partnershipImportPl from "./features/partnership-import.pl.json";
import joinPl from "./features/join.pl.json";
import backOfficePl from "./features/back-office.pl.json";
import fundingAdminPl from "./features/funding-admin.pl.json";
import contactPl from "./features/contact.pl.json";
import followUpPl from "./features/follow-up.pl.json";
import voicePl from "./features/voice.pl.json";
import catalogueFiltersPl from "./features/catalogue-filters.pl.json";
import shortlistPl from "./features/shortlist.pl.json";
import savedSearchesPl from "./features/saved-searches.pl.json";
import openDataPl from "./features/open-data.pl.json";
import interpretationPl from "./features/interpretation.pl.json";
import actingPl from "./features/acting.pl.json";
import findingPl from "./features/finding.pl.json";
import conversationsPl from "./features/conversations.pl.json";
import deskPl from "./features/desk.pl.json";
import stageProposalsPl from "./features/stage-proposals.pl.json";
import workspacePl from "./features/workspace.pl.json";
import remindersPl from "./features/reminders.pl.json";

import coreFr from "./fr.json";
import mapFr from "./features/map.fr.json";
import matchFr from "./features/match.fr.json";
import fundingFr from "./features/funding.fr.json";
import searchFr from "./features/search.fr.json";
import accountsFr from "./features/accounts.fr.json";
import coordinatorFr from "./features/coordinator.fr.json";
import profileEditorFr from "./features/profile-editor.fr.json";
import partnershipsFr from "./features/partnerships.fr.json";
import auditFr from "./features/audit.fr.json";
import privacyFr from "./features/privacy.fr.json";
import requestsFr from "./features/requests.fr.json";
import statementsFr from "./features/statements.fr.json";
import profileLanguagesFr from "./features/profile-languages.fr.json";
import a11yFr from "./features/a11y.fr.json";
import availabilityFr from "./features/availability.fr.json";
import errorFr from "./features/error.fr.json";
import networkFr from "./features/network.fr.json";
import partnershipImportFr from "./features/partnership-import.fr.json";
import joinFr from "./features/join.fr.json";
import backOfficeFr from "./features/back-office.fr.json";
import fundingAdminFr from "./features/funding-admin.fr.json";
import contactFr from "./features/contact.fr.json";
import followUpFr from "./features/follow-up.fr.json";
import voiceFr from "./features/voice.fr.json";
import catalogueFiltersFr from "./features/catalogue-filters.fr.json";
import shortlistFr from "./features/shortlist.fr.json";
import savedSearchesFr from "./features/saved-searches.fr.json";
import openDataFr from "./features/open-data.fr.json";
import interpretationFr from "./features/interpretation.fr.json";
import actingFr from "./features/acting.fr.json";
import findingFr from "./features/finding.fr.json";
import conversationsFr from "./features/conversations.fr.json";
import deskFr from "./features/desk.fr.json";
import stageProposalsFr from "./features/stage-proposals.fr.json";
import workspaceFr from "./features/workspace.fr.json";
import remindersFr from "./features/reminders.fr.json";

import coreIt from "./it.json";
import mapIt from "./features/map.it.json";
import matchIt from "./features/match.it.json";
import fundingIt from "./features/funding.it.json";
import searchIt from "./features/search.it.json";
import accountsIt from "./features/accounts.it.json";
import coordinatorIt from "./features/coordinator.it.json";
import profileEditorIt from "./features/profile-editor.it.json";
import partnershipsIt from "./features/partnerships.it.json";
import auditIt from "./features/audit.it.json";
import privacyIt from "./features/privacy.it.json";
import requestsIt from "./features/requests.it.json";
import statementsIt from "./features/statements.it.json";
import profileLanguagesIt from "./features/profile-languages.it.json";
import a11yIt from "./features/a11y.it.json";
import availabilityIt from "./features/availability.it.json";
import errorIt from "./features/error.it.json";
import networkIt from "./features/network.it.json";
import partnershipImportIt from "./features/partnership-import.it.json";
import joinIt from "./features/join.it.json";
import backOfficeIt from "./features/back-office.it.json";
import fundingAdminIt from "./features/funding-admin.it.json";
import contactIt from "./features/contact.it.json";
import followUpIt from "./features/follow-up.it.json";
import voiceIt from "./features/voice.it.json";
import catalogueFiltersIt from "./features/catalogue-filters.it.json";
import shortlistIt from "./features/shortlist.it.json";
import savedSearchesIt from "./features/saved-searches.it.json";
import openDataIt from "./features/open-data.it.json";
import interpretationIt from "./features/interpretation.it.json";
import actingIt from "./features/acting.it.json";
import findingIt from "./features/finding.it.json";
import conversationsIt from "./features/conversations.it.json";
import deskIt from "./features/desk.it.json";
import stageProposalsIt from "./features/stage-proposals.it.json";
import workspaceIt from "./features/workspace.it.json";
import remindersIt from "./features/reminders.it.json";

import coreNl from "./nl.json";
import mapNl from "./features/map.nl.json";
import matchNl from "./features/match.nl.json";
import fundingNl from "./features/funding.nl.json";
import searchNl from "./features/search.nl.json";
import accountsNl from "./features/accounts.nl.json";
import coordinatorNl from "./features/coordinator.nl.json";
import profileEditorNl from "./features/profile-editor.nl.json";
import partnershipsNl from "./features/partnerships.nl.json";
import auditNl from "./features/audit.nl.json";
import privacyNl from "./features/privacy.nl.json";
import requestsNl from "./features/requests.nl.json";
import statementsNl from "./features/statements.nl.json";
import profileLanguagesNl from "./features/profile-languages.nl.json";
import a11yNl from "./features/a11y.nl.json";
import availabilityNl from "./features/availability.nl.json";
import errorNl from "./features/error.nl.json";
import networkNl from "./features/network.nl.json";
import partnershipImportNl from "./features/partnership-import.nl.json";
import joinNl from "./features/join.nl.json";
import backOfficeNl from "./features/back-office.nl.json";
import fundingAdminNl from "./features/funding-admin.nl.json";
import contactNl from "./features/contact.nl.json";
import followUpNl from "./features/follow-up.nl.json";
import voiceNl from "./features/voice.nl.json";
import catalogueFiltersNl from "./features/catalogue-filters.nl.json";
import shortlistNl from "./features/shortlist.nl.json";
import savedSearchesNl from "./features/saved-searches.nl.json";
import openDataNl from "./features/open-data.nl.json";
import interpretationNl from "./features/interpretation.nl.json";
import actingNl from "./features/acting.nl.json";
import findingNl from "./features/finding.nl.json";
import conversationsNl from "./features/conversations.nl.json";
import deskNl from "./features/desk.nl.json";
import stageProposalsNl from "./features/stage-proposals.nl.json";
import workspaceNl from "./features/workspace.nl.json";
import remindersNl from "./features/reminders.nl.json";

import coreRo from "./ro.json";
import mapRo from "./features/map.ro.json";
import matchRo from "./features/match.ro.json";
import fundingRo from "./features/funding.ro.json";
import searchRo from "./features/search.ro.json";
import accountsRo from "./features/accounts.ro.json";
import coordinatorRo from "./features/coordinator.ro.json";
import profileEditorRo from "./features/profile-editor.ro.json";
import partnershipsRo from "./features/partnerships.ro.json";
import auditRo from "./features/audit.ro.json";
import privacyRo from "./features/privacy.ro.json";
import requestsRo from "./features/requests.ro.json";
import statementsRo from "./features/statements.ro.json";
import profileLanguagesRo from "./features/profile-languages.ro.json";
import a11yRo from "./features/a11y.ro.json";
import availabilityRo from "./features/availability.ro.json";
import errorRo from "./features/error.ro.json";
import networkRo from "./features/network.ro.json";
import partnershipImportRo from "./features/partnership-import.ro.json";
import joinRo from "./features/join.ro.json";
import backOfficeRo from "./features/back-office.ro.json";
import fundingAdminRo from "./features/funding-admin.ro.json";
import contactRo from "./features/contact.ro.json";
import followUpRo from "./features/follow-up.ro.json";
import voiceRo from "./features/voice.ro.json";
import catalogueFiltersRo from "./features/catalogue-filters.ro.json";
import shortlistRo from "./features/shortlist.ro.json";
import savedSearchesRo from "./features/saved-searches.ro.json";
import openDataRo from "./features/open-data.ro.json";
import interpretationRo from "./features/interpretation.ro.json";
import actingRo from "./features/acting.ro.json";
import findingRo from "./features/finding.ro.json";
import conversationsRo from "./features/conversations.ro.json";
import deskRo from "./features/desk.ro.json";
import stageProposalsRo from "./features/stage-proposals.ro.json";
import workspaceRo from "./features/workspace.ro.json";
import remindersRo from "./features/reminders.ro.json";
/**
 * Each locale's catalogue: the core file, then one file per feature (features/<name>.<locale>.json,
 * each holding its own top-level namespace), so that features do not edit one shared file.
 * Every locale lists the same features, in the same order; tests/unit/i18n-catalogues.test.ts
 * checks that each has exactly the keys of English and that every message parses.
 */
const catalogues: Record<Locale, Record<string, unknown>[]> = {
  en: [
    coreEn,
    mapEn,
    matchEn,
    fundingEn,
    searchEn,
    accountsEn,
    coordinatorEn,
    profileEditorEn,
    partnershipsEn,
    auditEn,
    privacyEn,
    requestsEn,
    statementsEn,
    profileLanguagesEn,
    a11yEn,
    availabilityEn,
    errorEn,
    networkEn,
    partnershipImportEn,
    joinEn,
    backOfficeEn,
    fundingAdminEn,
    contactEn,
    followUpEn,
    voiceEn,
    catalogueFiltersEn,
    shortlistEn,
    savedSearchesEn,
    openDataEn,
    interpretationEn,
    actingEn,
    findingEn,
    conversationsEn,
    deskEn,
    stageProposalsEn,
    workspaceEn,
    remindersEn,
  ],
  uk: [
    coreUk,
    mapUk,
    matchUk,
    fundingUk,
    searchUk,
    accountsUk,
    coordinatorUk,
    profileEditorUk,
    partnershipsUk,
    auditUk,
    privacyUk,
    requestsUk,
    statementsUk,
    profileLanguagesUk,
    a11yUk,
    availabilityUk,
    errorUk,
    networkUk,
    partnershipImportUk,
    joinUk,
    backOfficeUk,
    fundingAdminUk,
    contactUk,
    followUpUk,
    voiceUk,
    catalogueFiltersUk,
    shortlistUk,
    savedSearchesUk,
    openDataUk,
    interpretationUk,
    actingUk,
    findingUk,
    conversationsUk,
    deskUk,
    stageProposalsUk,
    workspaceUk,
    remindersUk,
  ],
  de: [
    coreDe,
    mapDe,
    matchDe,
    fundingDe,
    searchDe,
    accountsDe,
    coordinatorDe,
    profileEditorDe,
    partnershipsDe,
    auditDe,
    privacyDe,
    requestsDe,
    statementsDe,
    profileLanguagesDe,
    a11yDe,
    availabilityDe,
    errorDe,
    networkDe,
    partnershipImportDe,
    joinDe,
    backOfficeDe,
    fundingAdminDe,
    contactDe,
    followUpDe,
    voiceDe,
    catalogueFiltersDe,
    shortlistDe,
    savedSearchesDe,
    openDataDe,
    interpretationDe,
    actingDe,
    findingDe,
    conversationsDe,
    deskDe,
    stageProposalsDe,
    workspaceDe,
    remindersDe,
  ],
  sv: [
    coreSv,
    mapSv,
    matchSv,
    fundingSv,
    searchSv,
    accountsSv,
    coordinatorSv,
    profileEditorSv,
    partnershipsSv,
    auditSv,
    privacySv,
    requestsSv,
    statementsSv,
    profileLanguagesSv,
    a11ySv,
    availabilitySv,
    errorSv,
    networkSv,
    partnershipImportSv,
    joinSv,
    backOfficeSv,
    fundingAdminSv,
    contactSv,
    followUpSv,
    voiceSv,
    catalogueFiltersSv,
    shortlistSv,
    savedSearchesSv,
    openDataSv,
    interpretationSv,
    actingSv,
    findingSv,
    conversationsSv,
    deskSv,
    stageProposalsSv,
    workspaceSv,
    remindersSv,
  ],
  pl: [
    corePl,
    mapPl,
    matchPl,
    fundingPl,
    searchPl,
    accountsPl,
    coordinatorPl,
    profileEditorPl,
    partnershipsPl,
    auditPl,
    privacyPl,
    requestsPl,
    statementsPl,
    profileLanguagesPl,
    a11yPl,
    availabilityPl,
    errorPl,
    networkPl,
    partnershipImportPl,
    joinPl,
    backOfficePl,
    fundingAdminPl,
    contactPl,
    followUpPl,
    voicePl,
    catalogueFiltersPl,
    shortlistPl,
    savedSearchesPl,
    openDataPl,
    interpretationPl,
    actingPl,
    findingPl,
    conversationsPl,
    deskPl,
    stageProposalsPl,
    workspacePl,
    remindersPl,
  ],
  fr: [
    coreFr,
    mapFr,
    matchFr,
    fundingFr,
    searchFr,
    accountsFr,
    coordinatorFr,
    profileEditorFr,
    partnershipsFr,
    auditFr,
    privacyFr,
    requestsFr,
    statementsFr,
    profileLanguagesFr,
    a11yFr,
    availabilityFr,
    errorFr,
    networkFr,
    partnershipImportFr,
    joinFr,
    backOfficeFr,
    fundingAdminFr,
    contactFr,
    followUpFr,
    voiceFr,
    catalogueFiltersFr,
    shortlistFr,
    savedSearchesFr,
    openDataFr,
    interpretationFr,
    actingFr,
    findingFr,
    conversationsFr,
    deskFr,
    stageProposalsFr,
    workspaceFr,
    remindersFr,
  ],
  it: [
    coreIt,
    mapIt,
    matchIt,
    fundingIt,
    searchIt,
    accountsIt,
    coordinatorIt,
    profileEditorIt,
    partnershipsIt,
    auditIt,
    privacyIt,
    requestsIt,
    statementsIt,
    profileLanguagesIt,
    a11yIt,
    availabilityIt,
    errorIt,
    networkIt,
    partnershipImportIt,
    joinIt,
    backOfficeIt,
    fundingAdminIt,
    contactIt,
    followUpIt,
    voiceIt,
    catalogueFiltersIt,
    shortlistIt,
    savedSearchesIt,
    openDataIt,
    interpretationIt,
    actingIt,
    findingIt,
    conversationsIt,
    deskIt,
    stageProposalsIt,
    workspaceIt,
    remindersIt,
  ],
  nl: [
    coreNl,
    mapNl,
    matchNl,
    fundingNl,
    searchNl,
    accountsNl,
    coordinatorNl,
    profileEditorNl,
    partnershipsNl,
    auditNl,
    privacyNl,
    requestsNl,
    statementsNl,
    profileLanguagesNl,
    a11yNl,
    availabilityNl,
    errorNl,
    networkNl,
    partnershipImportNl,
    joinNl,
    backOfficeNl,
    fundingAdminNl,
    contactNl,
    followUpNl,
    voiceNl,
    catalogueFiltersNl,
    shortlistNl,
    savedSearchesNl,
    openDataNl,
    interpretationNl,
    actingNl,
    findingNl,
    conversationsNl,
    deskNl,
    stageProposalsNl,
    workspaceNl,
    remindersNl,
  ],
  ro: [
    coreRo,
    mapRo,
    matchRo,
    fundingRo,
    searchRo,
    accountsRo,
    coordinatorRo,
    profileEditorRo,
    partnershipsRo,
    auditRo,
    privacyRo,
    requestsRo,
    statementsRo,
    profileLanguagesRo,
    a11yRo,
    availabilityRo,
    errorRo,
    networkRo,
    partnershipImportRo,
    joinRo,
    backOfficeRo,
    fundingAdminRo,
    contactRo,
    followUpRo,
    voiceRo,
    catalogueFiltersRo,
    shortlistRo,
    savedSearchesRo,
    openDataRo,
    interpretationRo,
    actingRo,
    findingRo,
    conversationsRo,
    deskRo,
    stageProposalsRo,
    workspaceRo,
    remindersRo,
  ],
};

export function messagesFor(locale: Locale): Record<string, unknown> {
  return Object.assign({}, ...catalogues[locale]);
}
