import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { localised } from "@/components/municipality-name";
import { countryName } from "@/lib/intl-names";
import type { MyPartnership } from "@/server/partnerships/mine";

/**
 * "My partnerships" for the account page: the partnerships of the municipalities the person acts
 * for, each linking to its page (where its stage is moved). Give it listMyPartnerships(principal)
 * from src/server/partnerships/mine.ts; it shows nothing for a person without a municipality.
 */
export async function MyPartnerships({ partnerships, locale }: { partnerships: MyPartnership[]; locale: string }) {
  if (partnerships.length === 0) return null;
  const t = await getTranslations("partnerships.mine");
  const tStage = await getTranslations("stage");
  const format = await getFormatter();
  return (
    <section aria-labelledby="my-partnerships" className="space-y-3">
      <h2 id="my-partnerships" className="text-2xl font-semibold text-brand-900">
        {t("title")}
      </h2>
      <ul className="space-y-2">
        {partnerships.map((p) => (
          <li key={p.id}>
            <Link href={`/partnerships/${p.id}`}>
              {t("pair", { ukrainian: localised(locale, p.ukrainian.nameEn, p.ukrainian.nameUk) ?? "", eu: p.eu.name })}
            </Link>{" "}
            <span className="text-slate-700">
              ({countryName(p.eu.country, locale)}) · {t("stage", { stage: tStage(p.stage) })} ·{" "}
              {t("since", { date: format.dateTime(p.since, { dateStyle: "long" }) })}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
