// The whole demo dataset as plain data, built deterministically. demo.ts writes it to the database.
import { COOPERATION_AREAS, type CooperationAreaSlug } from "./areas";
import { buildEuMunicipalities } from "./eu";
import type { MunicipalitySeed, PartnershipSeed, PartnershipStage, RequestSeed, RequestStatus } from "./model";
import { addDays, addMinutes, daysBefore, daysBetween, REFERENCE_DATE, Rng, slugify, utcDate } from "./prng";
import { conflictStatuses, type ConflictStatus } from "./conflict";
import { REGIONS, WESTERN_REGIONS } from "./regions";
import { loadRegister, type DemoRegister } from "./register";
import {
  AREA_DOMAIN,
  DECISION_NOTES_APPROVED,
  DECISION_NOTES_APPROVED_NEW,
  DECISION_NOTES_DECLINED,
  EU_PEOPLE,
  EU_ROLES,
  fill,
  joinList,
  REQUEST_MESSAGES_DE,
  REQUEST_MESSAGES_EN,
  REQUEST_MESSAGES_NEW_EN,
  REQUEST_MESSAGES_PL,
  REQUEST_MESSAGES_SV,
  REQUEST_MESSAGES_UK,
} from "./texts";
import { buildUkrainianMunicipalities, loadUaNames, type DroppedTowns, type UaName } from "./ukraine";

export interface DemoDataset {
  /** Profiles of hromadas of the register (demo.ts updates their rows, found by KATOTTG code). */
  ukrainian: MunicipalitySeed[];
  eu: MunicipalitySeed[];
  partnerships: PartnershipSeed[];
  requests: RequestSeed[];
  /** Occupied and front-line status of hromadas of the register, by KATOTTG code (data/conflict-status.json). */
  conflict: Map<string, ConflictStatus>;
  /** Towns of the GeoNames selection that got no profile, and why. */
  dropped: DroppedTowns;
  register: DemoRegister;
}

export const PARTNERSHIP_COUNT = 53;
export const ENDED_PARTNERSHIPS = 3;
const MAX_PARTNERSHIPS_PER_SIDE = 3;
const PARTNERSHIPS_FROM = new Date("2022-03-01T00:00:00.000Z");
const PARTNERSHIPS_TO = new Date("2026-09-30T00:00:00.000Z");

/** Requests per status, 40 in all. */
const REQUEST_STATUSES: [RequestStatus, number][] = [
  ["SUBMITTED", 9],
  ["UNDER_REVIEW", 8],
  ["APPROVED", 10],
  ["DECLINED", 7],
  ["WITHDRAWN", 6],
];
/** Approved requests from registered EU municipalities: each becomes a partnership. */
const APPROVED_REGISTERED = 7;

/** Real towns not in the portal, as named by requesters. */
const PROPOSED_TOWNS: { name: string; country: string; region: string; langs: string[] }[] = [
  { name: "Jönköping", country: "SE", region: "Jönköpings län", langs: ["sv"] },
  { name: "Karlstad", country: "SE", region: "Värmlands län", langs: ["sv"] },
  { name: "Kortrijk", country: "BE", region: "West-Vlaanderen", langs: ["nl"] },
  { name: "Hasselt", country: "BE", region: "Limburg", langs: ["nl"] },
  { name: "Esslingen am Neckar", country: "DE", region: "Baden-Württemberg", langs: ["de"] },
  { name: "Tübingen", country: "DE", region: "Baden-Württemberg", langs: ["de"] },
  { name: "Ludwigsburg", country: "DE", region: "Baden-Württemberg", langs: ["de"] },
  { name: "Erfurt", country: "DE", region: "Thüringen", langs: ["de"] },
  { name: "Annecy", country: "FR", region: "Auvergne-Rhône-Alpes", langs: ["fr"] },
  { name: "Poitiers", country: "FR", region: "Nouvelle-Aquitaine", langs: ["fr"] },
  { name: "Dijon", country: "FR", region: "Bourgogne-Franche-Comté", langs: ["fr"] },
  { name: "Trento", country: "IT", region: "Trentino-Alto Adige", langs: ["it"] },
  { name: "Parma", country: "IT", region: "Emilia-Romagna", langs: ["it"] },
  { name: "Toruń", country: "PL", region: "Kujawsko-Pomorskie", langs: ["pl"] },
  { name: "Zamość", country: "PL", region: "Lubelskie", langs: ["pl"] },
  { name: "Olsztyn", country: "PL", region: "Warmińsko-Mazurskie", langs: ["pl"] },
  { name: "Orhei", country: "MD", region: "Raionul Orhei", langs: ["ro"] },
];

const REFERENCE_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

const pairKey = (ua: string, eu: string) => `${ua}|${eu}`;

/** Areas for a partnership or request: mostly what the Ukrainian side needs. */
function chooseAreas(rng: Rng, ua: MunicipalitySeed, eu: MunicipalitySeed | null, count: number): CooperationAreaSlug[] {
  const needs = new Set(ua.needs.map((n) => n.area));
  const offers = new Set(eu?.offers.map((o) => o.area) ?? []);
  const weights = COOPERATION_AREAS.map((a) => (needs.has(a) ? 8 : 0) + (offers.has(a) ? 2 : 0) + 0.4);
  return rng.sampleWeighted(COOPERATION_AREAS, weights, count).sort((a, b) => COOPERATION_AREAS.indexOf(a) - COOPERATION_AREAS.indexOf(b));
}

function submissionToken(rng: Rng): string {
  const bytes = Array.from({ length: 16 }, () => rng.int(0, 255));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = bytes.map((b) => b.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

function personEmail(person: string, domainSlug: string): string {
  const [first, ...rest] = person.split(" ");
  return `${slugify(first)}.${slugify(rest.join("-"))}@${domainSlug}.example`;
}

function buildRequests(ua: MunicipalitySeed[], eu: MunicipalitySeed[], euPartnerCount: Map<string, number>): RequestSeed[] {
  const rng = new Rng("requests");
  const targets = ua.filter((m) => m.status === "PUBLISHED" && m.seeksPartners);
  const targetWeights = targets.map((m) => (m.frontline ? 2 : 1) * (m.population >= 50_000 ? 1.5 : 1));
  // Lviv and Sindelfingen are partners already: no request between them.
  const pairs = new Set<string>([pairKey("lviv", "sindelfingen")]);
  const references = new Set<string>();
  const euRequestCount = new Map<string, number>();
  const proposedQueue = rng.shuffle(PROPOSED_TOWNS);
  let proposedNext = 0;
  let ukLocale = 0;

  const statuses = REQUEST_STATUSES.flatMap(([s, n]) => Array.from({ length: n }, () => s));
  const out: RequestSeed[] = [];
  let approvedRegistered = 0;

  statuses.forEach((status) => {
    const registered = status === "APPROVED" ? approvedRegistered++ < APPROVED_REGISTERED : rng.chance(0.6);

    // Sides.
    let target: MunicipalitySeed;
    let sender: MunicipalitySeed | null = null;
    for (;;) {
      target = rng.weighted(targets, targetWeights);
      if (!registered) break;
      const candidates = eu.filter(
        (e) =>
          (euRequestCount.get(e.slug) ?? 0) < 2 &&
          (status !== "APPROVED" || (euPartnerCount.get(e.slug) ?? 0) < MAX_PARTNERSHIPS_PER_SIDE) &&
          !pairs.has(pairKey(target.slug, e.slug)),
      );
      if (candidates.length === 0) continue;
      sender = rng.pick(candidates);
      break;
    }
    const proposed = registered ? null : proposedQueue[proposedNext++ % proposedQueue.length];
    if (sender) {
      pairs.add(pairKey(target.slug, sender.slug));
      euRequestCount.set(sender.slug, (euRequestCount.get(sender.slug) ?? 0) + 1);
      if (status === "APPROVED") euPartnerCount.set(sender.slug, (euPartnerCount.get(sender.slug) ?? 0) + 1);
    }
    const country = sender?.country ?? proposed!.country;
    const townName = sender?.nameEn ?? proposed!.name;
    const domain = sender?.slug ?? slugify(proposed!.name);

    // Dates.
    const minutes = rng.int(6 * 60, 20 * 60);
    let submittedAt: Date;
    let updatedAt: Date;
    let decidedAt: Date | null = null;
    switch (status) {
      case "SUBMITTED":
        submittedAt = addMinutes(daysBefore(rng.int(1, 20)), minutes);
        updatedAt = submittedAt;
        break;
      case "UNDER_REVIEW":
        submittedAt = addMinutes(daysBefore(rng.int(8, 60)), minutes);
        updatedAt = addMinutes(submittedAt, rng.int(1, 7) * 1440 + rng.int(0, 600));
        break;
      case "APPROVED":
      case "DECLINED":
        submittedAt = addMinutes(daysBefore(rng.int(62, 118)), minutes);
        decidedAt = addMinutes(submittedAt, rng.int(5, 28) * 1440 + rng.int(-300, 300));
        updatedAt = decidedAt;
        break;
      case "WITHDRAWN":
        submittedAt = addMinutes(daysBefore(rng.int(20, 115)), minutes);
        updatedAt = addMinutes(submittedAt, rng.int(3, 18) * 1440 + rng.int(0, 600));
        break;
    }

    // Languages and message.
    const languages = [...(sender?.languages ?? proposed!.langs)];
    if (!sender && rng.chance(0.8)) languages.push("en");
    // Requesters from Poland and Moldova often speak Ukrainian themselves.
    if ((country === "PL" || country === "MD") && !languages.includes("uk") && rng.chance(0.5)) languages.push("uk");
    const locale = languages.includes("uk") && ukLocale < 4 && rng.chance(0.7) ? "uk" : "en";
    if (locale === "uk") ukLocale++;
    const areas = chooseAreas(rng, target, sender, rng.weighted([1, 2, 3], [3, 4, 2]));
    const values = {
      ua: target.nameEn,
      uaUk: target.nameUk ?? target.nameEn,
      eu: townName,
      areas: joinList(
        areas.map((a) => AREA_DOMAIN[a].en),
        "and",
      ),
    };
    let templates = sender ? REQUEST_MESSAGES_EN : REQUEST_MESSAGES_NEW_EN;
    if (locale === "uk") templates = REQUEST_MESSAGES_UK;
    else if (country === "DE" && rng.chance(0.35)) templates = REQUEST_MESSAGES_DE;
    else if (country === "SE" && rng.chance(0.35)) templates = REQUEST_MESSAGES_SV;
    else if (country === "PL" && rng.chance(0.35)) templates = REQUEST_MESSAGES_PL;
    const message = fill(rng.pick(templates), values);

    // A registered municipality's request often comes from its contact person.
    const requester = sender && rng.chance(0.5) ? sender.contactName : rng.pick(EU_PEOPLE[country]);
    let decisionNote: string | null = null;
    if (status === "APPROVED") {
      decisionNote = fill(rng.pick(sender ? DECISION_NOTES_APPROVED : DECISION_NOTES_APPROVED_NEW), values);
    } else if (status === "DECLINED") {
      decisionNote = rng.pick(DECISION_NOTES_DECLINED);
    }

    let reference: string;
    do {
      reference = "C4C-" + Array.from({ length: 6 }, () => rng.pick([...REFERENCE_ALPHABET])).join("");
    } while (references.has(reference));
    references.add(reference);

    out.push({
      reference,
      submissionToken: submissionToken(rng),
      ukrainianSlug: target.slug,
      euSlug: sender?.slug ?? null,
      proposedMunicipalityName: proposed?.name ?? null,
      proposedCountry: proposed?.country ?? null,
      proposedRegion: proposed?.region ?? null,
      message,
      requesterName: requester,
      requesterRole: rng.pick(EU_ROLES),
      requesterEmail: personEmail(requester, domain),
      interpretationNeeded: !languages.includes("en") && !languages.includes("uk"),
      languages,
      locale,
      status,
      decisionNote,
      submittedAt,
      updatedAt,
      decidedAt,
      areas,
    });
  });
  return out.sort((a, b) => a.submittedAt.getTime() - b.submittedAt.getTime());
}

/**
 * One hromada's proposal to Sindelfingen (TO_EU), waiting for the coordinators: what the demo
 * staff of Sindelfingen read on their account page. Built after the other requests and the
 * partnerships, on a stream of its own, so it changes none of them. The proposer is a hromada that
 * already has a request (the specs that look for a hromada without one find the same ones) and
 * none with Sindelfingen; no demo account sent it.
 */
function buildProposal(ua: MunicipalitySeed[], eu: MunicipalitySeed[], requests: RequestSeed[], partnerships: PartnershipSeed[]): RequestSeed {
  const rng = new Rng("proposal");
  const sindelfingen = eu.find((m) => m.slug === "sindelfingen")!;
  const withRequests = new Set(requests.map((r) => r.ukrainianSlug));
  const paired = new Set(
    [...requests.filter((r) => r.euSlug === "sindelfingen"), ...partnerships.filter((p) => p.euSlug === "sindelfingen")].map((x) => x.ukrainianSlug),
  );
  const candidates = ua
    .filter((m) => m.status === "PUBLISHED" && m.seeksPartners && m.slug !== "lviv" && withRequests.has(m.slug) && !paired.has(m.slug))
    .sort((a, b) => a.slug.localeCompare(b.slug));
  const hromada = rng.pick(candidates);
  const areas = chooseAreas(rng, hromada, sindelfingen, 2);
  const references = new Set(requests.map((r) => r.reference));
  let reference: string;
  do {
    reference = "C4C-" + Array.from({ length: 6 }, () => rng.pick([...REFERENCE_ALPHABET])).join("");
  } while (references.has(reference));
  const submittedAt = addMinutes(daysBefore(5), 10 * 60 + 20);
  return {
    reference,
    direction: "TO_EU",
    submissionToken: submissionToken(rng),
    ukrainianSlug: hromada.slug,
    euSlug: sindelfingen.slug,
    proposedMunicipalityName: null,
    proposedCountry: null,
    proposedRegion: null,
    message: fill(PROPOSAL_MESSAGE_EN, {
      ua: hromada.nameEn,
      eu: sindelfingen.nameEn,
      areas: joinList(
        areas.map((a) => AREA_DOMAIN[a].en),
        "and",
      ),
    }),
    requesterName: hromada.contactName,
    requesterRole: "International cooperation",
    requesterEmail: personEmail(hromada.contactName, hromada.slug),
    // Ukrainian and German: the two sides' own languages, with an interpreter between them.
    interpretationNeeded: true,
    languages: ["uk", "de"],
    locale: "uk",
    status: "SUBMITTED",
    decisionNote: null,
    submittedAt,
    updatedAt: submittedAt,
    decidedAt: null,
    areas,
  };
}

const PROPOSAL_MESSAGE_EN =
  "Our community of {ua} would like to build a partnership with {eu}, first of all in {areas}. We read on your profile what your municipality offers, and we would gladly start with a video call with your international relations team.";

function stageFor(rng: Rng, since: Date): PartnershipStage {
  const years = daysBetween(since, REFERENCE_DATE) / 365;
  if (years > 3) {
    return rng.weighted(["LETTER_OF_INTENT", "AGREEMENT_SIGNED", "JOINT_PROJECT", "FUNDED"] as const, [1, 3, 4, 3]);
  }
  if (years > 1.5) {
    return rng.weighted(["IN_CONTACT", "LETTER_OF_INTENT", "AGREEMENT_SIGNED", "JOINT_PROJECT", "FUNDED"] as const, [1, 2, 3, 3, 1]);
  }
  return rng.weighted(["INTRODUCED", "IN_CONTACT", "LETTER_OF_INTENT", "AGREEMENT_SIGNED"] as const, [2, 3, 2, 1]);
}

function updatedAfter(rng: Rng, createdAt: Date): Date {
  const room = Math.max(0, daysBetween(createdAt, REFERENCE_DATE) - 1);
  return addMinutes(addDays(createdAt, rng.int(0, Math.min(room, 420))), rng.int(0, 300));
}

function buildPartnerships(ua: MunicipalitySeed[], eu: MunicipalitySeed[], requests: RequestSeed[]): PartnershipSeed[] {
  const rng = new Rng("partnerships");
  const bySlug = new Map([...ua, ...eu].map((m) => [m.slug, m]));
  const uaCount = new Map<string, number>();
  const euCount = new Map<string, number>();
  const used = new Set<string>(requests.filter((r) => r.euSlug).map((r) => pairKey(r.ukrainianSlug, r.euSlug!)));
  const out: PartnershipSeed[] = [];
  const add = (p: PartnershipSeed) => {
    out.push(p);
    uaCount.set(p.ukrainianSlug, (uaCount.get(p.ukrainianSlug) ?? 0) + 1);
    euCount.set(p.euSlug, (euCount.get(p.euSlug) ?? 0) + 1);
    used.add(pairKey(p.ukrainianSlug, p.euSlug));
  };

  // The real one.
  const lvivSince = new Date("2022-06-01T00:00:00.000Z");
  const lvivCreated = addMinutes(lvivSince, 10 * 60);
  add({
    ukrainianSlug: "lviv",
    euSlug: "sindelfingen",
    since: lvivSince,
    stage: "AGREEMENT_SIGNED",
    requestReference: null,
    areas: ["healthcare", "rehabilitation", "education"],
    createdAt: lvivCreated,
    updatedAt: updatedAfter(rng, lvivCreated),
  });

  // Partnerships that grew from approved requests.
  for (const r of requests) {
    if (r.status !== "APPROVED" || !r.euSlug) continue;
    const createdAt = addMinutes(r.decidedAt!, rng.int(5, 240));
    add({
      ukrainianSlug: r.ukrainianSlug,
      euSlug: r.euSlug,
      since: utcDate(r.decidedAt!),
      stage: rng.weighted(["INTRODUCED", "IN_CONTACT", "LETTER_OF_INTENT"] as const, [2, 3, 1]),
      requestReference: r.reference,
      areas: [...r.areas],
      createdAt,
      updatedAt: updatedAfter(rng, createdAt),
    });
  }

  // The others, between random pairs.
  const uaCandidates = ua.filter((m) => m.status === "PUBLISHED");
  const uaWeights = uaCandidates.map(
    (m) => (m.population >= 200_000 ? 4 : m.population >= 50_000 ? 2 : 1) * (m.frontline || WESTERN_REGIONS.has(m.regionSlug ?? "") ? 1.3 : 1),
  );
  const span = daysBetween(PARTNERSHIPS_FROM, PARTNERSHIPS_TO);
  const random: PartnershipSeed[] = [];
  while (out.length < PARTNERSHIP_COUNT) {
    const u = rng.weighted(uaCandidates, uaWeights);
    const e = rng.pick(eu);
    if ((uaCount.get(u.slug) ?? 0) >= MAX_PARTNERSHIPS_PER_SIDE) continue;
    if ((euCount.get(e.slug) ?? 0) >= MAX_PARTNERSHIPS_PER_SIDE) continue;
    if (used.has(pairKey(u.slug, e.slug))) continue;
    const since = addDays(PARTNERSHIPS_FROM, Math.floor(span * Math.pow(rng.float(), 1.3)));
    const createdAt = addMinutes(since, rng.int(8 * 60, 16 * 60));
    const p: PartnershipSeed = {
      ukrainianSlug: u.slug,
      euSlug: e.slug,
      since,
      stage: stageFor(rng, since),
      requestReference: null,
      areas: chooseAreas(rng, u, bySlug.get(e.slug)!, rng.weighted([1, 2, 3], [2, 4, 3])),
      createdAt,
      updatedAt: updatedAfter(rng, createdAt),
    };
    add(p);
    random.push(p);
  }

  // Three ended: among the older ones.
  const old = random.filter((p) => p.since < new Date("2024-06-01T00:00:00.000Z"));
  for (const p of rng.shuffle(old).slice(0, ENDED_PARTNERSHIPS)) {
    p.stage = "ENDED";
    p.updatedAt = addMinutes(addDays(p.createdAt, rng.int(365, 900)), rng.int(0, 300));
  }
  return out;
}

export function buildDemoDataset(names: Record<string, UaName> = loadUaNames(), register: DemoRegister = loadRegister()): DemoDataset {
  const conflict = conflictStatuses(register);
  const { municipalities: ukrainian, dropped } = buildUkrainianMunicipalities(names, register, conflict);
  const eu = buildEuMunicipalities(new Set(register.slugs.values()));
  const euPartnerCount = new Map<string, number>([["sindelfingen", 1]]);
  const requests = buildRequests(ukrainian, eu, euPartnerCount);
  const partnerships = buildPartnerships(ukrainian, eu, requests);
  requests.push(buildProposal(ukrainian, eu, requests, partnerships));
  const dataset = { ukrainian, eu, partnerships, requests, conflict, dropped, register };
  checkDataset(dataset);
  return dataset;
}

/** Invariants the demo (and its tests and walkthroughs) rely on. */
export function checkDataset(d: DemoDataset): void {
  const fail = (msg: string): never => {
    throw new Error(`Demo dataset: ${msg}`);
  };
  const all = [...d.ukrainian, ...d.eu];
  const slugs = new Set(all.map((m) => m.slug));
  if (slugs.size !== all.length) fail("municipality slugs are not unique");
  const katottgs = d.ukrainian.map((m) => m.katottg);
  if (new Set(katottgs).size !== katottgs.length) fail("KATOTTG codes are not unique");
  // No invented code: every profile is a hromada of the register, under its code, slug and names.
  for (const m of d.ukrainian) {
    const entry = m.katottg ? d.register.byKatottg.get(m.katottg) : undefined;
    if (!entry) fail(`${m.slug}: ${m.katottg} is not a hromada of the register`);
    if (d.register.slugs.get(entry!.katottg) !== m.slug || entry!.nameEn !== m.nameEn || entry!.nameUk !== m.nameUk) {
      fail(`${m.slug} does not carry the register's slug and names of ${m.katottg}`);
    }
    if (d.conflict.get(m.katottg!)?.occupiedSince) fail(`${m.slug} is in an occupied hromada`);
    if (m.frontline !== (d.conflict.get(m.katottg!)?.frontlineSince != null)) fail(`front-line status of ${m.slug}`);
  }
  for (const k of d.conflict.keys()) if (!d.register.byKatottg.has(k)) fail(`conflict status for ${k}, not in the register`);
  const registerSlugs = new Set(d.register.slugs.values());
  for (const m of d.eu) if (registerSlugs.has(m.slug) || m.katottg !== null) fail(`${m.slug} takes a hromada's slug or a code`);
  if (d.ukrainian.length < 250) fail(`only ${d.ukrainian.length} Ukrainian profiles matched the register`);
  const regionSlugs = new Set(REGIONS.map((r) => r.slug));
  if (!d.ukrainian.every((m) => m.regionSlug && regionSlugs.has(m.regionSlug))) fail("unknown region");
  if (d.partnerships.length !== PARTNERSHIP_COUNT) fail(`expected ${PARTNERSHIP_COUNT} partnerships`);
  if (d.partnerships.filter((p) => p.stage === "ENDED").length !== ENDED_PARTNERSHIPS) fail("ended partnerships");
  const pairs = new Set(d.partnerships.map((p) => pairKey(p.ukrainianSlug, p.euSlug)));
  if (pairs.size !== d.partnerships.length) fail("partnership pairs are not unique");
  for (const side of ["ukrainianSlug", "euSlug"] as const) {
    const counts = new Map<string, number>();
    for (const p of d.partnerships) counts.set(p[side], (counts.get(p[side]) ?? 0) + 1);
    if ([...counts.values()].some((n) => n > MAX_PARTNERSHIPS_PER_SIDE)) fail(`a municipality has more than 3 partnerships (${side})`);
  }
  for (const p of d.partnerships) {
    if (!slugs.has(p.ukrainianSlug) || !slugs.has(p.euSlug)) fail("partnership with unknown municipality");
    if (p.since < PARTNERSHIPS_FROM || p.since > PARTNERSHIPS_TO) fail(`partnership since ${p.since.toISOString()}`);
    if (p.areas.length < 1 || p.areas.length > 3) fail("partnership areas");
    if (p.updatedAt > REFERENCE_DATE || p.createdAt > p.updatedAt) fail("partnership timestamps");
  }
  if (!pairs.has(pairKey("lviv", "sindelfingen"))) fail("Lviv–Sindelfingen is missing");
  const lviv = d.ukrainian.find((m) => m.slug === "lviv");
  const lvivNeeds = new Set(lviv?.needs.map((n) => n.area));
  if (!lviv || lviv.status !== "PUBLISHED" || !lvivNeeds.has("energy") || !lvivNeeds.has("water")) fail("Lviv");
  const energyAndWater = d.ukrainian.filter((m) => m.needs.some((n) => n.area === "energy") && m.needs.some((n) => n.area === "water"));
  if (energyAndWater.length < 5) fail("too few municipalities need both energy and water");
  for (const [status] of REQUEST_STATUSES) {
    if (d.requests.filter((r) => r.status === status).length < 4) fail(`fewer than 4 ${status} requests`);
  }
  if (new Set(d.requests.map((r) => r.reference)).size !== d.requests.length) fail("request references");
  if (new Set(d.requests.map((r) => r.submissionToken)).size !== d.requests.length) fail("submission tokens");
  for (const r of d.requests) {
    if (!/^C4C-[23456789ABCDEFGHJKLMNPQRSTUVWXYZ]{6}$/.test(r.reference)) fail(`reference ${r.reference}`);
    if (!/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(r.submissionToken)) fail("token");
    if ((r.euSlug === null) === (r.proposedMunicipalityName === null)) fail("request needs exactly one sender");
    if (daysBetween(r.submittedAt, REFERENCE_DATE) > 120 || r.submittedAt > REFERENCE_DATE) fail("request date");
    if ((r.status === "APPROVED" || r.status === "DECLINED") !== (r.decidedAt !== null && r.decisionNote !== null)) fail("decision fields");
  }
  if (d.partnerships.filter((p) => p.requestReference).length < 3) fail("too few partnerships from requests");
  for (const m of all) {
    if (m.createdAt > m.updatedAt || m.updatedAt > REFERENCE_DATE) fail(`timestamps of ${m.slug}`);
    if (m.profileConfirmedAt && (m.profileConfirmedAt > REFERENCE_DATE || m.profileConfirmedAt < m.createdAt)) fail(`profileConfirmedAt of ${m.slug}`);
    if ((m.status === "PUBLISHED") !== (m.profileConfirmedAt !== null)) fail(`status of ${m.slug}`);
  }
  for (const r of d.requests) {
    if (r.updatedAt < r.submittedAt || r.updatedAt > REFERENCE_DATE) fail(`timestamps of ${r.reference}`);
    if (r.decidedAt && (r.decidedAt < r.submittedAt || r.decidedAt > REFERENCE_DATE)) fail(`decidedAt of ${r.reference}`);
  }
  if (!d.ukrainian.every((m) => m.needs.length >= 2 && m.needs.length <= 5 && m.offers.length <= 3)) fail("needs/offers");
}
