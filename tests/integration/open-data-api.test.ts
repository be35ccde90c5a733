import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it, vi } from "vitest";

// Route handlers read the caller's address from next/headers; each test says who calls.
const caller = vi.hoisted(() => {
  process.env.AUTH_URL = "https://portal.example";
  return { address: "203.0.113.10" };
});
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-c4c-peer-address": caller.address, host: "portal.example" }) }));

import { Validator } from "@seriousme/openapi-schema-validator";
import { Ajv2020 } from "ajv/dist/2020.js";
import { API_RATE_LIMIT } from "@/server/open-data/http";
import { networkStatistics } from "@/server/open-data/figures";
import { requestQueueCsv, auditLogCsv } from "@/server/open-data/coordinator-exports";
import { loadPrincipal } from "@/server/auth/principal";
import * as municipalities from "@/app/api/v1/municipalities/route";
import * as municipality from "@/app/api/v1/municipalities/[slug]/route";
import * as partnerships from "@/app/api/v1/partnerships/route";
import * as areas from "@/app/api/v1/areas/route";
import * as funding from "@/app/api/v1/funding-programmes/route";
import * as figures from "@/app/api/v1/figures/route";
import * as figure from "@/app/api/v1/figures/[name]/route";
import * as openapi from "@/app/api/v1/openapi.json/route";
import * as feed from "@/app/api/v1/feed.atom/route";
import { db, resetDatabase } from "../support/database";
import { createEuMunicipality, createHromada } from "../support/fixtures";
import { createUser } from "../support/accounts";

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;
const ROUTES: { pattern: RegExp; path: string; module: { GET: unknown; OPTIONS: unknown } }[] = [
  { pattern: /^\/api\/v1\/municipalities$/, path: "/api/v1/municipalities", module: municipalities },
  { pattern: /^\/api\/v1\/municipalities\/(?<slug>[^/]+)$/, path: "/api/v1/municipalities/{slug}", module: municipality },
  { pattern: /^\/api\/v1\/partnerships$/, path: "/api/v1/partnerships", module: partnerships },
  { pattern: /^\/api\/v1\/areas$/, path: "/api/v1/areas", module: areas },
  { pattern: /^\/api\/v1\/funding-programmes$/, path: "/api/v1/funding-programmes", module: funding },
  { pattern: /^\/api\/v1\/figures$/, path: "/api/v1/figures", module: figures },
  { pattern: /^\/api\/v1\/figures\/(?<name>[^/]+)$/, path: "/api/v1/figures/{name}", module: figure },
  { pattern: /^\/api\/v1\/openapi\.json$/, path: "/api/v1/openapi.json", module: openapi },
  { pattern: /^\/api\/v1\/feed\.atom$/, path: "/api/v1/feed.atom", module: feed },
];

/** Calls the route handler that serves `url`, as Next would; records which documented answer it gave. */
const answered = new Set<string>();
async function call(url: string, init: RequestInit = {}): Promise<Response> {
  const request = new Request(new URL(url, "https://portal.example"), init);
  const { pathname } = new URL(request.url);
  for (const route of ROUTES) {
    const match = route.pattern.exec(pathname);
    if (!match) continue;
    const method = (init.method ?? "GET") as "GET" | "OPTIONS";
    const handler = (method === "OPTIONS" ? route.module.OPTIONS : route.module.GET) as Handler;
    const response = await handler(request, { params: Promise.resolve({ ...match.groups }) });
    if (method === "GET") answered.add(`${route.path} ${response.status}`);
    return response;
  }
  throw new Error(`no route for ${url}`);
}

let lvivId = 0;
const NOW = new Date();
const monthsAgo = (n: number, day = 10) => new Date(Date.UTC(NOW.getUTCFullYear(), NOW.getUTCMonth() - n, day, 9));

async function request(ukrainianId: number, euId: number, submittedAt: Date, decision?: { status: "APPROVED" | "DECLINED" | "WITHDRAWN"; after: number }) {
  await db().partnershipRequest.create({
    data: {
      reference: `C4C-${randomUUID().slice(0, 6).toUpperCase()}`,
      submissionToken: randomUUID(),
      ukrainianMunicipalityId: ukrainianId,
      euMunicipalityId: euId,
      message: "=cmd|' /C calc'!A0 — we would like to help.",
      requesterName: "@Anna Berg",
      requesterRole: "International relations",
      requesterEmail: "anna@example.org",
      languages: ["en"],
      locale: "en",
      submittedAt,
      status: decision?.status ?? "SUBMITTED",
      decidedAt: decision ? new Date(submittedAt.getTime() + decision.after * 86_400_000) : null,
    },
  });
}

beforeAll(async () => {
  await resetDatabase();
  lvivId = await createHromada({
    slug: "lviv",
    nameEn: "Lviv",
    nameUk: "Львів",
    region: "lviv",
    population: 717803,
    needs: ["water", "energy"],
    offers: ["culture"],
  });
  const stryi = await createHromada({ slug: "stryi", nameEn: "Stryi", nameUk: "Стрий", region: "lviv", population: 59000, needs: ["energy"] });
  await createHromada({
    slug: "formula",
    nameEn: '=HYPERLINK("http://evil.example","Click")',
    nameUk: "+Формула",
    region: "volyn",
    population: 1000,
    needs: ["water"],
  });
  await createHromada({ slug: "draft", nameEn: "Drafttown", nameUk: "Чернетка", region: "volyn", population: 5000, status: "DRAFT", needs: ["water"] });
  await createHromada({ slug: "quiet", nameEn: "Quiet", nameUk: "Тиха", region: "odesa", population: 5000, seeking: false, offers: ["energy"] });
  // 30 more published profiles: two pages of the catalogue's 24.
  for (let i = 0; i < 30; i++)
    await createHromada({
      slug: `town-${i}`,
      nameEn: `Town ${String(i).padStart(2, "0")}`,
      nameUk: `Місто ${i}`,
      region: "kharkiv",
      population: 2000 + i,
      seeking: false,
    });
  await db().municipality.update({
    where: { id: lvivId },
    data: { contactName: "Olena Private", contactEmail: "olena.private@lviv.example", contactPhone: "+380 32 000 0000" },
  });
  const sindelfingen = await createEuMunicipality("sindelfingen", "Sindelfingen", "DE");
  const linz = await createEuMunicipality("linz", "Linz", "AT");
  const gothenburg = await createEuMunicipality("goteborg", "Gothenburg", "SE");
  await db().partnership.createMany({
    data: [
      { ukrainianMunicipalityId: lvivId, euMunicipalityId: sindelfingen, since: new Date("2022-05-01"), stage: "FUNDED" },
      { ukrainianMunicipalityId: stryi, euMunicipalityId: linz, since: new Date("2024-03-01"), stage: "INTRODUCED" },
      { ukrainianMunicipalityId: lvivId, euMunicipalityId: gothenburg, since: new Date("2024-09-01"), stage: "ENDED" },
    ],
  });
  await request(lvivId, linz, monthsAgo(2), { status: "APPROVED", after: 4 });
  await request(lvivId, gothenburg, monthsAgo(2, 12), { status: "DECLINED", after: 10 });
  await request(stryi, gothenburg, monthsAgo(1), { status: "WITHDRAWN", after: 1 });
  await request(stryi, sindelfingen, monthsAgo(0, 1));
  await request(stryi, linz, monthsAgo(14));
});

const body = async (response: Response) =>
  (await response.json()) as {
    data: never;
    meta: { licence: { id: string }; sources: { name: string }[] };
    paging?: { page: number; pageCount: number; total: number; links: { next: string | null; prev: string | null } };
  };

describe("CSV downloads", () => {
  it("guard every cell that would start a formula, and open as UTF-8 with CRLF", async () => {
    const response = await call("/api/v1/municipalities?download=csv");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/csv; charset=utf-8/);
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="cities4cities-municipalities.csv"');
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes).slice(1);
    const lines = text.split("\r\n");
    expect(lines[0]).toBe("slug,katottg,name_en,name_uk,oblast,hromada_type,population,on_portal,seeks_partners,profile_confirmed_at,needs,offers,page");
    const formula = lines.find((l) => l.startsWith("formula,"))!;
    expect(formula).toContain(`"'=HYPERLINK(""http://evil.example"",""Click"")"`);
    expect(formula).toContain(",'+Формула,");
    expect(lines.find((l) => l.startsWith("lviv,"))).toContain(",Львів,lviv,urban,717803,true,true,");
    // 34 published profiles (the draft is not public), a header and the last CRLF.
    expect(lines).toHaveLength(34 + 2);
    expect(text).not.toContain("Drafttown");
  });

  it("apply the catalogue's filters to the whole selection", async () => {
    const response = await call("/api/v1/municipalities?download=json&oblast=lviv&area=energy&direction=need");
    const { data, total } = (await response.json()) as { data: { slug: string }[]; total: number };
    expect(data.map((m) => m.slug)).toEqual(["lviv", "stryi"]);
    expect(total).toBe(2);
  });

  it("give the coordinators' request queue with every text cell guarded, and only to them", async () => {
    await expect(requestQueueCsv(null, {})).rejects.toThrow(/forbidden/);
    const editor = await loadPrincipal(await createUser(`editor.${randomUUID()}@example.org`));
    await expect(auditLogCsv(editor, {})).rejects.toThrow(/forbidden/);
    const coordinator = await loadPrincipal(await createUser(`coordinator.${randomUUID()}@example.org`, "COORDINATOR"));
    const queue = await requestQueueCsv(coordinator, { status: "all" });
    expect(queue.rows).toHaveLength(5);
    const { toCsv } = await import("@/lib/open-data/csv");
    const file = toCsv(queue.header, queue.rows);
    expect(file).toContain(",'=cmd|' /C calc'!A0 — we would like to help.,");
    expect(file).toContain(",'@Anna Berg,");
    const audit = await auditLogCsv(coordinator, { outcome: "REFUSED" });
    expect(audit.rows.map((r) => r[2])).toEqual(expect.arrayContaining(["request.readAll", "audit.read"]));
    // Each download is audited: who took which rows.
    const downloads = await db().auditEvent.findMany({ where: { actorUserId: coordinator!.userId, outcome: "ALLOWED" }, orderBy: { id: "asc" } });
    expect(downloads.map((d) => [d.action, d.detail])).toEqual([
      ["request.readAll", { export: "csv", filter: { status: "all", age: "any" }, rows: 5 }],
      ["audit.read", { export: "csv", filter: { outcome: "REFUSED" }, rows: audit.rows.length }],
    ]);
  });
});

describe("the API's list of municipalities", () => {
  it("pages the catalogue with links to the next and previous pages", async () => {
    const first = await body(await call("/api/v1/municipalities"));
    expect(first.paging).toMatchObject({ page: 1, perPage: 24, total: 34, pageCount: 2, links: { prev: null, next: "/api/v1/municipalities?page=2" } });
    expect((first.data as unknown[]).length).toBe(24);
    const second = await body(await call("/api/v1/municipalities?page=2"));
    expect((second.data as unknown[]).length).toBe(10);
    expect(second.paging!.links).toMatchObject({ prev: "/api/v1/municipalities", next: null });
    const slugs = [...(first.data as { slug: string }[]), ...(second.data as { slug: string }[])].map((m) => m.slug);
    expect(new Set(slugs).size).toBe(34);
  });

  it("keeps the filters in its paging links and refuses what it cannot use", async () => {
    const seeking = await body(await call("/api/v1/municipalities?seeking=1"));
    expect(seeking.paging).toMatchObject({ total: 3, pageCount: 1 });
    expect((await call("/api/v1/municipalities?page=3")).status).toBe(404);
    const wrong = await call("/api/v1/municipalities?area=flying&page=x");
    expect(wrong.status).toBe(400);
    expect(await wrong.json()).toMatchObject({
      error: {
        code: "invalidParameter",
        details: [
          { param: "area", value: "flying" },
          { param: "page", value: "x" },
        ],
      },
    });
  });

  it("answers 304 to a current ETag and a new ETag once the data changes", async () => {
    const first = await call("/api/v1/municipalities?oblast=lviv");
    const etag = first.headers.get("etag")!;
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect(first.headers.get("cache-control")).toBe("public, max-age=60, must-revalidate");
    const again = await call("/api/v1/municipalities?oblast=lviv", { headers: { "if-none-match": etag } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
    expect(again.headers.get("etag")).toBe(etag);
    await createHromada({ slug: "zhovkva", nameEn: "Zhovkva", nameUk: "Жовква", region: "lviv", population: 13000 });
    const changed = await call("/api/v1/municipalities?oblast=lviv", { headers: { "if-none-match": etag } });
    expect(changed.status).toBe(200);
    expect(changed.headers.get("etag")).not.toBe(etag);
    await db().municipality.delete({ where: { slug: "zhovkva" } });
  });

  it("is readable from any origin, preflight included", async () => {
    const preflight = await call("/api/v1/municipalities", {
      method: "OPTIONS",
      headers: { origin: "https://data.example", "access-control-request-method": "GET" },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-origin")).toBe("*");
    expect(preflight.headers.get("access-control-allow-methods")).toContain("GET");
    const response = await call("/api/v1/areas", { headers: { origin: "https://data.example" } });
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(response.headers.get("access-control-allow-credentials")).toBeNull();
  });

  it("names the licence and GeoNames in every answer", async () => {
    const { meta } = await body(await call("/api/v1/partnerships"));
    expect(meta.licence.id).toBe("CC-BY-4.0");
    expect(meta.sources.map((s) => s.name)).toContain("GeoNames");
    expect((await call("/api/v1/figures/partnerships-by-year?download=csv")).headers.get("link")).toContain("geonames.org");
  });

  it("never gives a contact person, which the public profile does not show", async () => {
    const response = await call("/api/v1/municipalities/lviv");
    const text = await response.text();
    expect(response.status).toBe(200);
    expect(text).toContain('"nameUk":"Львів"');
    expect(text).not.toMatch(/olena|Private|380 32/i);
    expect(await (await call("/api/v1/municipalities?download=json")).text()).not.toMatch(/olena/i);
  });

  it("refuses a caller past the rate limit, with Retry-After", async () => {
    caller.address = "203.0.113.99";
    const window = new Date(Math.floor(Date.now() / API_RATE_LIMIT.windowMs) * API_RATE_LIMIT.windowMs);
    await db().rateLimitHit.create({ data: { key: `${API_RATE_LIMIT.name}:203.0.113.99`, windowStart: window, count: API_RATE_LIMIT.limit } });
    const refused = await call("/api/v1/areas");
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    caller.address = "203.0.113.10";
    expect((await call("/api/v1/areas")).status).toBe(200);
  });
});

describe("the figures", () => {
  it("count what the statistics page charts", async () => {
    const f = await networkStatistics(NOW);
    // Active partnerships only, by the partner's country.
    expect(f.partnershipsByCountry).toEqual([
      { country: "AT", partnerships: 1 },
      { country: "DE", partnerships: 1 },
    ]);
    // Every partnership by the year it began, with the years between.
    expect(f.partnershipsByYear).toEqual([
      { year: 2022, partnerships: 1 },
      { year: 2023, partnerships: 0 },
      { year: 2024, partnerships: 2 },
    ]);
    // Published profiles only: the draft's water need is not counted.
    expect(f.areas.find((a) => a.area === "water")).toEqual({ area: "water", needed: 2, offered: 0 });
    expect(f.areas.find((a) => a.area === "energy")).toEqual({ area: "energy", needed: 2, offered: 1 });
    expect(f.areas).toHaveLength(16);
    expect(f.seekingByOblast.find((r) => r.oblast === "lviv")!.seeking).toBe(2);
    expect(f.seekingByOblast.find((r) => r.oblast === "kharkiv")!.seeking).toBe(0);
    expect(f.seekingByOblast).toHaveLength(27);
  });

  it("count requests per month over twelve months, and the median days to a decision", async () => {
    const months = (await networkStatistics(NOW)).requestsByMonth;
    expect(months).toHaveLength(12);
    const at = (n: number) => months[months.length - 1 - n];
    expect(at(0).submitted).toBe(1);
    expect(at(1).submitted).toBe(1);
    expect(at(2)).toMatchObject({ submitted: 2 });
    // Decided in their month (4 and 10 days after the 10th and 12th): a median of 7; a withdrawal is no decision.
    const decided = months.filter((m) => m.decided > 0);
    expect(decided).toEqual([expect.objectContaining({ month: at(2).month, decided: 2, medianDaysToDecision: 7 })]);
    expect(at(1).medianDaysToDecision).toBeNull();
    // The request of fourteen months ago is outside the window.
    expect(months.reduce((n, m) => n + m.submitted, 0)).toBe(4);
  });
});

describe("the OpenAPI document", () => {
  it("is valid OpenAPI 3.1, and every documented path answers as documented", async () => {
    const response = await call("/api/v1/openapi.json");
    const document = (await response.json()) as {
      openapi: string;
      paths: Record<string, { get: { responses: Record<string, { content?: Record<string, { schema: object }> }> } }>;
    };
    const validator = new Validator();
    const result = await validator.validate(structuredClone(document));
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toBe("3.1");

    const ajv = new Ajv2020({ strict: false, validateFormats: false, allErrors: true });
    ajv.addSchema(document, "api");
    const pointer = (path: string, status: string, type: string) =>
      `api#/paths/${path.replace(/~/g, "~0").replace(/\//g, "~1")}/get/responses/${status}/content/${type.replace(/\//g, "~1")}/schema`;

    const calls: [string, string, RequestInit?][] = [
      ["/api/v1/municipalities", "/api/v1/municipalities?oblast=lviv&area=energy"],
      ["/api/v1/municipalities", "/api/v1/municipalities?register=all&page=2"],
      ["/api/v1/municipalities", "/api/v1/municipalities?download=json&seeking=1"],
      ["/api/v1/municipalities", "/api/v1/municipalities?download=csv"],
      ["/api/v1/municipalities", "/api/v1/municipalities?type=castle"],
      ["/api/v1/municipalities", "/api/v1/municipalities?page=40"],
      ["/api/v1/municipalities/{slug}", "/api/v1/municipalities/lviv"],
      ["/api/v1/municipalities/{slug}", "/api/v1/municipalities/draft"],
      ["/api/v1/municipalities/{slug}", "/api/v1/municipalities/atlantis"],
      ["/api/v1/partnerships", "/api/v1/partnerships"],
      ["/api/v1/partnerships", "/api/v1/partnerships?download=csv"],
      ["/api/v1/partnerships", "/api/v1/partnerships?page=0"],
      ["/api/v1/partnerships", "/api/v1/partnerships?page=7"],
      ["/api/v1/areas", "/api/v1/areas"],
      ["/api/v1/funding-programmes", "/api/v1/funding-programmes"],
      ["/api/v1/figures", "/api/v1/figures"],
      ...["partnerships-by-country", "partnerships-by-year", "areas", "requests-by-month", "seeking-by-oblast"].map(
        (n) => ["/api/v1/figures/{name}", `/api/v1/figures/${n}`] as [string, string],
      ),
      ["/api/v1/figures/{name}", "/api/v1/figures/areas?download=csv"],
      ["/api/v1/figures/{name}", "/api/v1/figures/areas?download=xlsx"],
      ["/api/v1/figures/{name}", "/api/v1/figures/weather"],
      ["/api/v1/feed.atom", "/api/v1/feed.atom?locale=uk"],
      ["/api/v1/feed.atom", "/api/v1/feed.atom?locale=xx"],
      ["/api/v1/openapi.json", "/api/v1/openapi.json"],
    ];
    for (const [path, url, init] of calls) {
      const res = await call(url, init);
      const documented = document.paths[path].get.responses[String(res.status)];
      expect(documented, `${url} answered ${res.status}, which ${path} does not document`).toBeDefined();
      const type = (res.headers.get("content-type") ?? "").split(";")[0];
      if (!documented.content) continue;
      expect(Object.keys(documented.content), `${url}: content type`).toContain(type);
      if (type === "application/json") {
        const validate = ajv.getSchema(pointer(path, String(res.status), type))!;
        const json = await res.json();
        expect(validate(json), `${url}: ${JSON.stringify(validate.errors)}`).toBe(true);
      } else if (type === "application/atom+xml") {
        const text = await res.text();
        expect(text).toContain('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="uk">');
        expect(text).toContain("шукає партнерів");
        expect(text).toContain("https://portal.example/uk/municipalities/lviv");
      } else {
        expect([...new Uint8Array(await res.arrayBuffer()).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      }
    }
    // 304 and 429 of every path: one of each, through a path that documents them.
    for (const [path] of calls.filter(([p]) => p !== "/api/v1/openapi.json")) {
      const first = await call(path.replace("{slug}", "lviv").replace("{name}", "areas"));
      const res = await call(path.replace("{slug}", "lviv").replace("{name}", "areas"), { headers: { "if-none-match": first.headers.get("etag")! } });
      expect(res.status, path).toBe(304);
    }
    caller.address = "198.51.100.7";
    const window = new Date(Math.floor(Date.now() / API_RATE_LIMIT.windowMs) * API_RATE_LIMIT.windowMs);
    await db().rateLimitHit.create({ data: { key: `${API_RATE_LIMIT.name}:198.51.100.7`, windowStart: window, count: API_RATE_LIMIT.limit } });
    for (const path of Object.keys(document.paths)) {
      const res = await call(path.replace("{slug}", "lviv").replace("{name}", "areas"));
      expect(res.status, path).toBe(429);
      if (document.paths[path].get.responses["429"]) {
        const validate = ajv.getSchema(pointer(path, "429", "application/json"))!;
        expect(validate(await res.json())).toBe(true);
      }
    }
    caller.address = "203.0.113.10";
    // While the database is away every path says so at once (the pool's state, as a failed connection sets it).
    const availability = (globalThis as unknown as { __c4cDatabaseAvailability: { outage: { id: string; since: number } | null } }).__c4cDatabaseAvailability;
    availability.outage = { id: "test-outage", since: Date.now() };
    try {
      for (const path of Object.keys(document.paths)) {
        const res = await call(path.replace("{slug}", "lviv").replace("{name}", "areas"));
        expect(res.status, path).toBe(503);
        expect(res.headers.get("retry-after")).toBe("5");
        expect(ajv.getSchema(pointer(path, "503", "application/json"))!(await res.json())).toBe(true);
      }
    } finally {
      availability.outage = null;
    }

    const documented = Object.entries(document.paths).flatMap(([path, item]) => Object.keys(item.get.responses).map((status) => `${path} ${status}`));
    const missing = documented.filter((d) => !answered.has(d));
    expect(missing, "documented answers no call produced").toEqual([]);
  });
});
