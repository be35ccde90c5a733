// The register of Ukrainian hromadas as the KATOTTG codifier lists them (prisma/register/README.md):
// reading a codifier file and deriving what the portal shows from each line. Pure, so the import
// script, the migration runner and the tests share it.
import { isKatottg } from "@/lib/katottg";
import { transliterateKmu } from "@/lib/search/transliteration";

export const REGISTER_COLUMNS = ["katottg", "oblast_katottg", "oblast_uk", "raion_uk", "hromada_uk"] as const;

/** Kyiv, a city with special status, is not in the codifier's list of oblast hromadas. */
export const KYIV_CITY = {
  katottg: "UA80000000000093317",
  officialNameUk: "м. Київ",
  raionUk: null,
} as const;

export type RegisterEntry = {
  katottg: string;
  /** The two digits after "UA": the region (src/lib/katottg.ts). */
  regionPrefix: string;
  raionUk: string | null;
  raionEn: string | null;
  /** The codifier's name, spaces tidied: "м. Львів та Львівська територіальна громада". */
  officialNameUk: string;
  /** What people call it: the city for a city's hromada ("Львів"), else "Бібрська громада". */
  nameUk: string;
  nameEn: string;
  /** URBAN where the name says it (a city's hromada); null (unknown) otherwise. */
  hromadaType: "URBAN" | null;
  /** The slug this entry would take if nothing else held it. */
  slugBase: string;
};

export type RegisterProblem = { line: number; message: string };

const CITY_HROMADA = /^м\. (.+?) та (.+?) територіальна громада$/;
const HROMADA = /^(.+?) територіальна громада$/;

export function tidyName(name: string): string {
  return name
    .normalize("NFC")
    .replace(/\s+/g, " ")
    .replace(/^м\.\s*/, "м. ")
    .replace(/ʼ|'/g, "’")
    .trim();
}

export function slugOf(latin: string): string {
  return latin
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/['’ʼ`]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** One hromada from its codifier line. */
export function registerEntry(katottg: string, raionUk: string | null, hromadaUk: string): RegisterEntry {
  const officialNameUk = tidyName(hromadaUk);
  const city = CITY_HROMADA.exec(officialNameUk);
  const plain = city ? null : HROMADA.exec(officialNameUk);
  const kyiv = katottg === KYIV_CITY.katottg;
  const nameUk = kyiv ? "Київ" : city ? city[1] : plain ? `${plain[1]} громада` : officialNameUk;
  const nameEn = transliterateKmu(nameUk).replace(/ hromada$/, " hromada");
  const raion = raionUk ? tidyName(raionUk) : null;
  return {
    katottg,
    regionPrefix: katottg.slice(2, 4),
    raionUk: raion,
    raionEn: raion ? transliterateKmu(raion) : null,
    officialNameUk,
    nameUk,
    nameEn,
    hromadaType: city || kyiv ? "URBAN" : null,
    slugBase: slugOf(city || kyiv ? nameEn : nameEn.replace(/ hromada$/, "")),
  };
}

/** Splits one CSV line (RFC 4180 quoting). */
function csvFields(line: string): string[] {
  const out: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      out.push(field);
      field = "";
    } else field += c;
  }
  out.push(field);
  return out;
}

/**
 * Reads a codifier file with the columns of REGISTER_COLUMNS. Returns the entries (Kyiv city
 * added when the file does not list it) or every problem found, each with its line number: a file
 * with any problem is not imported at all.
 */
export function parseRegister(text: string): { ok: true; entries: RegisterEntry[] } | { ok: false; problems: RegisterProblem[] } {
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  const header = csvFields(lines[0] ?? "").map((h) => h.trim());
  const index = REGISTER_COLUMNS.map((c) => header.indexOf(c));
  if (index.some((i) => i < 0)) {
    return { ok: false, problems: [{ line: 1, message: `the header must name the columns ${REGISTER_COLUMNS.join(", ")}` }] };
  }
  const problems: RegisterProblem[] = [];
  const entries: RegisterEntry[] = [];
  const seen = new Map<string, number>();
  lines.slice(1).forEach((line, i) => {
    const lineNo = i + 2;
    if (line.trim() === "") return;
    const fields = csvFields(line);
    const [code, oblastCode, , raion, name] = index.map((j) => (fields[j] ?? "").trim());
    if (!isKatottg(code)) return problems.push({ line: lineNo, message: `"${code}" is not a KATOTTG code` });
    if (oblastCode && oblastCode.slice(0, 4) !== code.slice(0, 4)) {
      return problems.push({ line: lineNo, message: `${code} is not in the oblast ${oblastCode}` });
    }
    if (!name) return problems.push({ line: lineNo, message: `${code} has no name` });
    if (seen.has(code)) return problems.push({ line: lineNo, message: `${code} is listed again (first on line ${seen.get(code)})` });
    seen.set(code, lineNo);
    entries.push(registerEntry(code, raion || null, name));
  });
  if (problems.length) return { ok: false, problems };
  if (!seen.has(KYIV_CITY.katottg)) entries.push(registerEntry(KYIV_CITY.katottg, null, KYIV_CITY.officialNameUk));
  return { ok: true, entries };
}
