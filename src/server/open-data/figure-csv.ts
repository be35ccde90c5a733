import type { CsvCell } from "@/lib/open-data/csv";
import type { FigureName, Figures } from "./figures";

/** One chart's figures as CSV columns (the JSON's field names in snake case). */
export function figureCsv(name: FigureName, data: Figures[keyof Figures]): { header: string[]; rows: CsvCell[][] } {
  switch (name) {
    case "partnerships-by-country":
      return { header: ["country", "partnerships"], rows: (data as Figures["partnershipsByCountry"]).map((r) => [r.country, r.partnerships]) };
    case "partnerships-by-year":
      return { header: ["year", "partnerships"], rows: (data as Figures["partnershipsByYear"]).map((r) => [r.year, r.partnerships]) };
    case "areas":
      return { header: ["area", "needed", "offered"], rows: (data as Figures["areas"]).map((r) => [r.area, r.needed, r.offered]) };
    case "requests-by-month":
      return {
        header: ["month", "submitted", "decided", "median_days_to_decision"],
        rows: (data as Figures["requestsByMonth"]).map((r) => [r.month, r.submitted, r.decided, r.medianDaysToDecision]),
      };
    case "seeking-by-oblast":
      return {
        header: ["oblast", "name_en", "name_uk", "seeking"],
        rows: (data as Figures["seekingByOblast"]).map((r) => [r.oblast, r.nameEn, r.nameUk, r.seeking]),
      };
  }
}
