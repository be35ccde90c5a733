// `npm run bench:catalogue` (DATABASE_URL: a database with the register and demo data): times the
// catalogue's queries in this process (searchCatalogue: the counts, then the page) for twelve searches,
// each 40 times after a warm-up, and prints p50 and p95 in ms. A quick figure at demo scale;
// `npm run bench` measures the whole server under load at 50,000 profiles.
import { parseCatalogueParams } from "../src/lib/catalogue-filters";
import { searchCatalogue } from "../src/server/catalogue/catalogue";
import { listRegions } from "../src/server/regions";
import { db } from "../src/server/db/client";

const CASES: [string, Record<string, string | string[]>, string?][] = [
  ["browse", {}],
  ["two areas", { area: ["energy", "water"] }],
  ["Lviv", { q: "Lviv" }],
  ["Львів", { q: "Львів" }],
  ["small hromada (Bibrska)", { q: "Bibrska" }],
  ["keyword (school)", { q: "school" }],
  ["whole register", { register: "all" }],
  ["KATOTTG code", { q: "UA46060010000049728" }],
  // Keyword queries in the partner languages: an area's word (every profile with the area), a text
  // written in that language, an area and a place.
  ["sv area (vattenförsörjning)", { q: "vattenförsörjning" }, "sv"],
  ["de area+place (Wasserv. Charkiw)", { q: "Wasserversorgung Charkiw" }, "de"],
  ["pl area (szpitale)", { q: "szpitale" }, "pl"],
  ["fr text (pompiers)", { q: "pompiers" }, "fr"],
];

const regions = (await listRegions()).map((r) => r.slug);
const rows: string[] = [];
for (const [label, params, locale = "en"] of CASES) {
  const { filters } = parseCatalogueParams(params, regions);
  await searchCatalogue(filters, locale);
  const times: number[] = [];
  let total = 0;
  for (let i = 0; i < 40; i++) {
    const t0 = performance.now();
    const r = await searchCatalogue(filters, locale);
    times.push(performance.now() - t0);
    total = r.total;
  }
  times.sort((a, b) => a - b);
  rows.push(`${label.padEnd(34)} ${String(total).padStart(6)} results  p50 ${times[19].toFixed(1).padStart(6)} ms  p95 ${times[37].toFixed(1).padStart(6)} ms`);
}
console.log(rows.join("\n"));
await db().$disconnect();
