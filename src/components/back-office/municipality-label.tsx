import { MunicipalityName } from "@/components/municipality-name";

type Named = { country: string; nameEn: string; nameUk: string | null; nameLocal: string | null };

/** A hromada by its names in the page's language (and Ukrainian); any other municipality by its own name. */
export function MunicipalityLabel({ m, locale }: { m: Named; locale: string }) {
  if (m.country === "UA") return <MunicipalityName nameEn={m.nameEn} nameUk={m.nameUk} locale={locale} />;
  return <span>{m.nameLocal ?? m.nameEn}</span>;
}
