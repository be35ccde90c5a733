import "server-only";
import { COOPERATION_AREAS } from "@/lib/cooperation-areas";
import { AREA_DIRECTIONS, CATALOGUE_SORTS, HROMADA_TYPES, PAGE_SIZE, SIZE_BANDS } from "@/lib/catalogue-filters";
import { WORKING_LANGUAGES } from "@/lib/languages";
import { DATA_LICENCE } from "@/lib/open-data/licence";
import { API_RATE_LIMIT } from "./http";
import { FIGURES } from "./figures";

/**
 * The API's OpenAPI 3.1 document (served at /api/v1/openapi.json). tests/integration/open-data-api
 * validates it as OpenAPI 3.1 and calls every path it documents, checking each answer's status and
 * its body against the schema given here: the document cannot drift from what the API does.
 */
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const nullable = (type: string) => ({ type: [type, "null"] });
const jsonBody = (data: object, more: Record<string, object> = {}, required: string[] = []) => ({
  "application/json": {
    schema: { type: "object", required: ["data", "meta", ...required], properties: { data, ...more, meta: ref("Meta") } },
  },
});
const csvBody = {
  "text/csv": {
    schema: {
      type: "string",
      description: "UTF-8 with a byte order mark, CRLF line ends, a header row; cells that would start a formula begin with an apostrophe.",
    },
  },
};

const cached = {
  ETag: { description: "Strong validator of the body: send it back in If-None-Match.", schema: { type: "string" } },
  "Cache-Control": { schema: { type: "string", examples: ["public, max-age=60, must-revalidate"] } },
  "Access-Control-Allow-Origin": { schema: { type: "string", const: "*" } },
};
const ifNoneMatch = {
  name: "If-None-Match",
  in: "header",
  required: false,
  description: "An ETag from an earlier answer: 304 when it is still current.",
  schema: { type: "string" },
};
const notModified = { description: "Not modified since the ETag sent in If-None-Match.", headers: { ETag: cached.ETag } };
const errorResponse = (description: string) => ({ description, content: { "application/json": { schema: ref("Error") } } });
const common = {
  "304": notModified,
  "429": { ...errorResponse("Too many requests from this address."), headers: { "Retry-After": { schema: { type: "string" } } } },
  "503": { ...errorResponse("The database is not reachable just now."), headers: { "Retry-After": { schema: { type: "string" } } } },
};
const download = {
  name: "download",
  in: "query",
  required: false,
  description: "Every item (no paging) as a file to save: csv or json.",
  schema: { type: "string", enum: ["csv", "json"] },
};
const page = (size: number) => ({
  name: "page",
  in: "query",
  required: false,
  description: `Page number, from 1 (${size} items a page).`,
  schema: { type: "integer", minimum: 1 },
});

export function openApiDocument() {
  const catalogueParams = [
    {
      name: "area",
      in: "query",
      description: "Cooperation areas (repeat for several): all must be needed or offered.",
      schema: { type: "array", items: { type: "string", enum: COOPERATION_AREAS } },
      style: "form",
      explode: true,
    },
    { name: "direction", in: "query", description: "Whether the areas are needed or offered.", schema: { type: "string", enum: AREA_DIRECTIONS } },
    { name: "oblast", in: "query", description: "An oblast's slug (see a municipality's oblast.slug).", schema: { type: "string" } },
    { name: "type", in: "query", schema: { type: "string", enum: HROMADA_TYPES } },
    { name: "size", in: "query", description: "Population band.", schema: { type: "string", enum: Object.keys(SIZE_BANDS) } },
    { name: "seeking", in: "query", description: "1: only hromadas seeking partners.", schema: { type: "string", enum: ["1", "true", "on"] } },
    {
      name: "register",
      in: "query",
      description: "all: also the hromadas of the register without a published profile.",
      schema: { type: "string", enum: ["all"] },
    },
    {
      name: "lang",
      in: "query",
      description: "Languages the staff speak (any one of them).",
      schema: { type: "array", items: { type: "string", enum: WORKING_LANGUAGES } },
      style: "form",
      explode: true,
    },
    { name: "q", in: "query", description: "A name in any spelling, a KATOTTG code or keywords.", schema: { type: "string", maxLength: 100 } },
    { name: "sort", in: "query", schema: { type: "string", enum: CATALOGUE_SORTS } },
  ];
  return {
    openapi: "3.1.0",
    info: {
      title: "Cities4Cities | United4Ukraine open data",
      version: "1.0.0",
      summary: "The partner portal's public data: Ukrainian municipalities, partnerships, cooperation areas, funding programmes and figures.",
      description:
        "Read-only, public and anonymous. Every answer carries an ETag (send If-None-Match for a 304), Cache-Control and CORS headers (GET from any origin, no credentials), " +
        `and the data's licence and attributions in its meta block. Each address may make ${API_RATE_LIMIT.limit} calls a minute; past that, 429 with Retry-After.`,
      license: { name: DATA_LICENCE.name, identifier: DATA_LICENCE.id },
    },
    servers: [{ url: "/" }],
    paths: {
      "/api/v1/municipalities": {
        get: {
          operationId: "listMunicipalities",
          summary: "The catalogue of Ukrainian municipalities, with its filters",
          parameters: [...catalogueParams, page(PAGE_SIZE), download, ifNoneMatch],
          responses: {
            "200": {
              description: "A page of municipalities (or, with download, all of them).",
              headers: cached,
              content: { ...jsonBody({ type: "array", items: ref("Municipality") }, { paging: ref("Paging"), total: { type: "integer" } }), ...csvBody },
            },
            "400": errorResponse("A parameter the catalogue does not know; details lists them."),
            "404": errorResponse("A page past the last."),
            ...common,
          },
        },
      },
      "/api/v1/municipalities/{slug}": {
        get: {
          operationId: "getMunicipality",
          summary: "One hromada: its public profile, or its register entry before it has one",
          parameters: [{ name: "slug", in: "path", required: true, schema: { type: "string" } }, ifNoneMatch],
          responses: {
            "200": { description: "The hromada.", headers: cached, content: jsonBody(ref("MunicipalityDetail")) },
            "404": errorResponse("No hromada has this slug."),
            ...common,
          },
        },
      },
      "/api/v1/partnerships": {
        get: {
          operationId: "listPartnerships",
          summary: "The registry of active partnerships, newest first",
          parameters: [page(50), download, ifNoneMatch],
          responses: {
            "200": {
              description: "A page of partnerships (or, with download, all of them).",
              headers: cached,
              content: { ...jsonBody({ type: "array", items: ref("Partnership") }, { paging: ref("Paging"), total: { type: "integer" } }), ...csvBody },
            },
            "400": errorResponse("page or download is not valid."),
            "404": errorResponse("A page past the last."),
            ...common,
          },
        },
      },
      "/api/v1/areas": {
        get: {
          operationId: "listAreas",
          summary: "The cooperation areas, named in the nine languages of the portal",
          parameters: [ifNoneMatch],
          responses: { "200": { description: "Every area.", headers: cached, content: jsonBody({ type: "array", items: ref("Area") }) }, ...common },
        },
      },
      "/api/v1/funding-programmes": {
        get: {
          operationId: "listFundingProgrammes",
          summary: "Funding programmes a partnership may apply to (amounts and deadlines are indicative: check the source)",
          parameters: [ifNoneMatch],
          responses: {
            "200": { description: "The programmes in use.", headers: cached, content: jsonBody({ type: "array", items: ref("FundingProgramme") }) },
            ...common,
          },
        },
      },
      "/api/v1/figures": {
        get: {
          operationId: "getFigures",
          summary: "Every figure of the statistics page",
          parameters: [ifNoneMatch],
          responses: { "200": { description: "The figures.", headers: cached, content: jsonBody(ref("Figures")) }, ...common },
        },
      },
      "/api/v1/figures/{name}": {
        get: {
          operationId: "getFigure",
          summary: "One chart's figures",
          parameters: [{ name: "name", in: "path", required: true, schema: { type: "string", enum: FIGURES } }, download, ifNoneMatch],
          responses: {
            "200": { description: "The chart's rows.", headers: cached, content: { ...jsonBody({ type: "array", items: { type: "object" } }), ...csvBody } },
            "400": errorResponse("download is not valid."),
            "404": errorResponse("No such figure."),
            ...common,
          },
        },
      },
      "/api/v1/feed.atom": {
        get: {
          operationId: "getFeed",
          summary: "Atom feed of hromada profiles published or updated as seeking partners, newest first",
          parameters: [
            {
              name: "locale",
              in: "query",
              required: false,
              description: "The language of the feed's texts.",
              schema: { type: "string", enum: ["en", "uk", "de", "sv", "pl", "fr", "it", "nl", "ro"] },
            },
            ifNoneMatch,
          ],
          responses: {
            "200": { description: "The feed.", headers: cached, content: { "application/atom+xml": { schema: { type: "string" } } } },
            "400": errorResponse("locale is not one of the portal's languages."),
            ...common,
          },
        },
      },
      "/api/v1/openapi.json": {
        get: {
          operationId: "getOpenApi",
          summary: "This document",
          responses: {
            "200": {
              description: "The OpenAPI 3.1 document.",
              content: { "application/json": { schema: { type: "object", required: ["openapi", "paths"] } } },
            },
            "429": common["429"],
            "503": common["503"],
          },
        },
      },
    },
    components: {
      schemas: {
        Meta: {
          type: "object",
          required: ["licence", "sources", "demoData"],
          properties: {
            licence: {
              type: "object",
              required: ["name", "id", "url", "attribution"],
              properties: { name: { type: "string" }, id: { type: "string" }, url: { type: "string" }, attribution: { type: "string" } },
            },
            sources: {
              type: "array",
              items: {
                type: "object",
                required: ["name", "url", "licence", "attribution"],
                properties: {
                  name: { type: "string" },
                  url: { type: "string" },
                  licence: { type: "string" },
                  licenceUrl: { type: "string" },
                  attribution: { type: "string" },
                },
              },
            },
            demoData: { type: "boolean", description: "True while the portal holds the invented demo dataset." },
          },
        },
        Error: {
          type: "object",
          required: ["error", "meta"],
          properties: {
            error: { type: "object", required: ["code", "message"], properties: { code: { type: "string" }, message: { type: "string" }, details: {} } },
            meta: { type: "object" },
          },
        },
        Paging: {
          type: "object",
          required: ["page", "perPage", "total", "pageCount", "links"],
          properties: {
            page: { type: "integer", minimum: 1 },
            perPage: { type: "integer" },
            total: { type: "integer", minimum: 0 },
            pageCount: { type: "integer", minimum: 1 },
            links: {
              type: "object",
              required: ["self", "first", "last", "prev", "next"],
              properties: { self: { type: "string" }, first: { type: "string" }, last: { type: "string" }, prev: nullable("string"), next: nullable("string") },
            },
          },
        },
        Names: { type: "object", required: ["en", "uk"], properties: { en: { type: "string" }, uk: nullable("string") } },
        Municipality: {
          type: "object",
          required: [
            "slug",
            "katottg",
            "name",
            "oblast",
            "hromadaType",
            "population",
            "onPortal",
            "seeksPartners",
            "profileConfirmedAt",
            "needs",
            "offers",
            "page",
          ],
          properties: {
            slug: { type: "string" },
            katottg: nullable("string"),
            name: ref("Names"),
            oblast: {
              oneOf: [
                { type: "null" },
                { type: "object", required: ["slug"], properties: { slug: { type: "string" }, en: nullable("string"), uk: nullable("string") } },
              ],
            },
            hromadaType: { enum: [...HROMADA_TYPES, null] },
            population: nullable("integer"),
            onPortal: { type: "boolean" },
            seeksPartners: { type: "boolean" },
            profileConfirmedAt: { type: ["string", "null"], format: "date-time" },
            needs: { type: "array", items: { type: "string", enum: COOPERATION_AREAS } },
            offers: { type: "array", items: { type: "string", enum: COOPERATION_AREAS } },
            page: { type: "string", description: "The profile's page, in English (replace /en with any locale)." },
          },
        },
        MunicipalityDetail: {
          type: "object",
          required: ["slug", "katottg", "nameEn", "onPortal", "oblast", "partnerships", "page"],
          properties: {
            slug: { type: "string" },
            katottg: nullable("string"),
            nameEn: { type: "string" },
            nameUk: nullable("string"),
            onPortal: { type: "boolean" },
            oblast: { type: ["object", "null"] },
            description: { type: "object", description: "The description in each language it is written in." },
            needs: {
              type: "array",
              items: { type: "object", required: ["area", "detail"], properties: { area: { type: "string" }, detail: { type: "object" } } },
            },
            offers: {
              type: "array",
              items: { type: "object", required: ["area", "detail"], properties: { area: { type: "string" }, detail: { type: "object" } } },
            },
            partnerships: { type: "array", items: { type: "object", required: ["id", "since", "stage", "partner"] } },
            page: { type: "string" },
          },
          not: { anyOf: [{ required: ["contactEmail"] }, { required: ["contactName"] }, { required: ["contactPhone"] }] },
        },
        Partnership: {
          type: "object",
          required: ["id", "since", "stage", "hromada", "partner", "areas", "page"],
          properties: {
            id: { type: "integer" },
            since: { type: "string", format: "date" },
            stage: { type: "string", enum: ["introduced", "in_contact", "letter_of_intent", "agreement_signed", "joint_project", "funded"] },
            hromada: {
              type: "object",
              required: ["slug", "name", "oblast"],
              properties: { slug: { type: "string" }, name: ref("Names"), oblast: nullable("string") },
            },
            partner: {
              type: "object",
              required: ["name", "nameEn", "country"],
              properties: { name: { type: "string" }, nameEn: { type: "string" }, country: { type: "string", pattern: "^[A-Z]{2}$" } },
            },
            areas: { type: "array", items: { type: "string" } },
            page: { type: "string" },
          },
        },
        Area: {
          type: "object",
          required: ["slug", "name"],
          properties: {
            slug: { type: "string", enum: COOPERATION_AREAS },
            name: { type: "object", required: ["en", "uk", "de", "sv", "pl", "fr", "it", "nl", "ro"], additionalProperties: { type: "string" } },
          },
        },
        FundingProgramme: { type: "object", required: ["slug"], properties: { slug: { type: "string" } } },
        Figures: {
          type: "object",
          required: ["partnershipsByCountry", "partnershipsByYear", "areas", "requestsByMonth", "seekingByOblast"],
          properties: {
            partnershipsByCountry: {
              type: "array",
              items: { type: "object", required: ["country", "partnerships"], properties: { country: { type: "string" }, partnerships: { type: "integer" } } },
            },
            partnershipsByYear: {
              type: "array",
              items: { type: "object", required: ["year", "partnerships"], properties: { year: { type: "integer" }, partnerships: { type: "integer" } } },
            },
            areas: {
              type: "array",
              items: {
                type: "object",
                required: ["area", "needed", "offered"],
                properties: { area: { type: "string" }, needed: { type: "integer" }, offered: { type: "integer" } },
              },
            },
            requestsByMonth: {
              type: "array",
              items: {
                type: "object",
                required: ["month", "submitted", "decided", "medianDaysToDecision"],
                properties: {
                  month: { type: "string", pattern: "^\\d{4}-\\d{2}$" },
                  submitted: { type: "integer" },
                  decided: { type: "integer" },
                  medianDaysToDecision: nullable("number"),
                },
              },
            },
            seekingByOblast: {
              type: "array",
              items: {
                type: "object",
                required: ["oblast", "nameEn", "nameUk", "seeking"],
                properties: { oblast: { type: "string" }, nameEn: { type: "string" }, nameUk: { type: "string" }, seeking: { type: "integer" } },
              },
            },
          },
        },
      },
    },
  };
}
