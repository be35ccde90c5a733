/**
 * KATOTTG, the Codifier of administrative-territorial units and territories of territorial
 * communities of Ukraine: "UA" and 17 digits, the first two naming the region.
 */
export const KATOTTG_REGION_PREFIXES = [
  "01",
  "05",
  "07",
  "12",
  "14",
  "18",
  "21",
  "23",
  "26",
  "32",
  "35",
  "44",
  "46",
  "48",
  "51",
  "53",
  "56",
  "59",
  "61",
  "63",
  "65",
  "68",
  "71",
  "73",
  "74",
  "80",
  "85",
] as const;

const FORMAT = /^UA(\d{2})\d{15}$/;

export type KatottgProblem = "format" | "region";

/** Why a code is not a valid KATOTTG code, or null when it is one. */
export function katottgProblem(code: string): KatottgProblem | null {
  const match = FORMAT.exec(code);
  if (!match) return "format";
  if (!(KATOTTG_REGION_PREFIXES as readonly string[]).includes(match[1])) return "region";
  return null;
}

export function isKatottg(code: string): boolean {
  return katottgProblem(code) === null;
}
