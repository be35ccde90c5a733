import type { ReactNode } from "react";
import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { countryName } from "@/lib/intl-names";

export type ProfilePartnership = {
  id: number;
  since: Date;
  stage: string;
  /** The other side: linked to its profile when given `href`, with its country when given one. */
  partner: { name: string; href?: string; country?: string };
  /** Shown under the line (the hromada's profile: the areas and the programmes the pair may apply to). */
  details?: ReactNode;
};

/** A profile's partnerships, hromada's or EU municipality's: the partner, since when, and the stage linking to the partnership. */
export async function ProfilePartnerships({ partnerships, locale }: { partnerships: ProfilePartnership[]; locale: string }) {
  const t = await getTranslations("profile");
  const tStage = await getTranslations("stage");
  const format = await getFormatter();
  return (
    <section aria-labelledby="partnerships">
      <h2 id="partnerships" className="mb-2 text-2xl font-semibold">
        {t("partnerships")}
      </h2>
      {partnerships.length === 0 ? (
        <p>{t("noPartnerships")}</p>
      ) : (
        <ul className="space-y-2">
          {partnerships.map(({ id, since, stage, partner, details }) => (
            <li key={id} className="rounded border border-slate-300 p-3">
              {partner.href ? <Link href={partner.href}>{partner.name}</Link> : <strong>{partner.name}</strong>}
              {partner.country && ` (${countryName(partner.country, locale)})`} · {t("since", { date: format.dateTime(since, { dateStyle: "long" }) })} ·{" "}
              <Link href={`/partnerships/${id}`} className="underline">
                {tStage(stage)}
              </Link>
              {details}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
