import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { MunicipalityName } from "@/components/municipality-name";
import { regionName } from "@/lib/region-names";
import type { listPartnerInterest } from "@/server/register/interest";

type Props = { hromadas: Awaited<ReturnType<typeof listPartnerInterest>>; locale: string };

/** Hromadas not yet on the portal that EU municipalities asked for: whom the coordinators might invite. */
export async function InterestList({ hromadas, locale }: Props) {
  const t = await getTranslations("coordinator.interest");
  const format = await getFormatter();
  return (
    <section aria-labelledby="interest" className="space-y-3">
      <h2 id="interest" className="text-2xl font-semibold text-brand-900">
        {t("title")}
      </h2>
      <p className="max-w-3xl">{t("intro")}</p>
      {hromadas.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <ul className="space-y-2">
          {hromadas.map((h) => (
            <li key={h.slug}>
              <Link href={`/municipalities/${h.slug}`}>
                <MunicipalityName nameEn={h.nameEn} nameUk={h.nameUk} locale={locale} />
              </Link>{" "}
              ({h.region ? regionName(locale, h.region) : h.katottg}) · {t("count", { count: h.count })}
              {h.latest && <> · {t("latest", { date: format.dateTime(h.latest, { dateStyle: "medium" }) })}</>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
