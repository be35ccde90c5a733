// `npm run search:sql -- "<query>" [name=value ...] [--facets]`: prints the SQL the catalogue would
// run for a search, its parameters written in, ready for `EXPLAIN (ANALYZE, BUFFERS)` in psql.
// The filters are the catalogue's URL parameters (oblast=lviv area=energy sort=population page=2
// size=10k-50k ...; repeat one to give several values; locale=uk for the Ukrainian name order).
// Without --facets: the page's query; with it: the query of the counts beside the filters.
// Needs no database: it composes the SQL with the same functions the catalogue calls.
import { katottgInSearch, parseCatalogueParams } from "../src/lib/catalogue-filters";
import { REGION_NAMES } from "../src/lib/region-names";
import { searchTerms } from "../src/lib/search/query";
import { facetQuery } from "../src/server/catalogue/facets";
import { filterConditions } from "../src/server/catalogue/filters";
import { cataloguePageQuery } from "../src/server/catalogue/page";
import type { Prisma } from "../src/server/db";

const args = process.argv.slice(2);
if (args.length === 0 || args.includes("--help")) {
  console.error('usage: npm run search:sql -- "<query>" [oblast=lviv area=energy sort=name page=2 locale=uk ...] [--facets]');
  process.exit(args.length === 0 ? 1 : 0);
}
const params: Record<string, string[]> = {};
let locale = "en";
for (const arg of args.filter((a) => a !== "--facets")) {
  const eq = arg.indexOf("=");
  const [name, value] = eq > 0 ? [arg.slice(0, eq), arg.slice(eq + 1)] : ["q", arg];
  if (name === "locale") locale = value;
  else (params[name] ??= []).push(value);
}

const { filters, ignored } = parseCatalogueParams(params, Object.keys(REGION_NAMES));
for (const { param, value } of ignored) console.error(`-- ignored: ${param}=${value}`);
const code = katottgInSearch(filters.q);
const terms = filters.q && !code ? searchTerms(filters.q) : null;
if (filters.q && !code && !terms) {
  console.error("-- this search has no letter or digit: the catalogue runs no query for it");
  process.exit(0);
}
const conditions = filterConditions(filters, terms, code);
const query = args.includes("--facets") ? facetQuery(filters, conditions) : cataloguePageQuery(filters, terms, conditions, locale, filters.page);
console.log(`-- ${JSON.stringify(filters)}\n${inline(query)};`);

/** The statement with each $n replaced by its value as an SQL literal. */
function inline(sql: Prisma.Sql): string {
  return sql.text.replace(/\$(\d+)/g, (_, n: string) => literal(sql.values[Number(n) - 1]));
}

function literal(value: unknown): string {
  if (value === null || value === undefined) return "NULL";
  if (typeof value === "number" || typeof value === "bigint") return String(value);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (value instanceof Date) return quote(value.toISOString());
  if (Array.isArray(value)) return quote(`{${value.map((v) => `"${String(v).replace(/["\\]/g, "\\$&")}"`).join(",")}}`);
  return quote(String(value));
}

function quote(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}
