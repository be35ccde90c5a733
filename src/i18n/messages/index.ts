import type { Locale } from "../routing";
import en from "./en.json";
import uk from "./uk.json";
import searchEn from "./features/search.en.json";
import searchUk from "./features/search.uk.json";

/**
 * Each locale's catalogue: the core file, then one file per feature (features/<name>.<locale>.json,
 * each holding its own top-level namespace), so that features do not edit one shared file.
 * Every locale must list the same features.
 */
const catalogues: Record<Locale, Record<string, unknown>[]> = {
  en: [en, searchEn],
  uk: [uk, searchUk],
};

export function messagesFor(locale: Locale): Record<string, unknown> {
  return Object.assign({}, ...catalogues[locale]);
}
