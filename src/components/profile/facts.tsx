import { getFormatter, getTranslations } from "next-intl/server";
import type { PublicProfile } from "@/server/municipalities/profile";
import { localised } from "@/components/municipality-name";
import { languageName } from "@/lib/intl-names";
import { FactList } from "@/components/fact-list";

export async function ProfileFacts({ profile, locale }: { profile: PublicProfile; locale: string }) {
  const t = await getTranslations("profile.facts");
  const format = await getFormatter();
  const facts: [string, React.ReactNode][] = [];
  const centre = localised(locale, profile.adminCentreEn, profile.adminCentreUk);
  if (centre) facts.push([t("adminCentre"), centre]);
  const raion = localised(locale, profile.raionEn, profile.raionUk);
  if (raion) facts.push([t("raion"), raion]);
  if (profile.population !== null) facts.push([t("population"), format.number(profile.population)]);
  if (profile.areaKm2 !== null) facts.push([t("area"), t("areaValue", { value: format.number(profile.areaKm2, { maximumFractionDigits: 1 }) })]);
  if (profile.languages.length > 0) facts.push([t("languages"), profile.languages.map((code) => languageName(code, locale)).join(", ")]);
  facts.push([t("interpretation"), profile.needsInterpretation ? t("interpretationYes") : t("interpretationNo")]);
  if (profile.katottg) facts.push([t("katottg"), <code key="k">{profile.katottg}</code>]);
  if (profile.latitude !== null && profile.longitude !== null) {
    facts.push([
      t("coordinates"),
      `${format.number(profile.latitude, { maximumFractionDigits: 4 })}, ${format.number(profile.longitude, { maximumFractionDigits: 4 })}`,
    ]);
  }
  if (profile.website)
    facts.push([
      t("website"),
      <a key="w" href={profile.website}>
        {profile.website}
      </a>,
    ]);
  facts.push([t("confirmed"), profile.profileConfirmedAt ? format.dateTime(profile.profileConfirmedAt, { dateStyle: "long" }) : t("neverConfirmed")]);
  // No "reply to requests" figure: the time to a decision on a request is the coordinators', not
  // something the hromada controls, and a hromada cannot answer a request in the portal yet.

  return (
    <section aria-labelledby="facts">
      <h2 id="facts" className="mb-2 text-2xl font-semibold">
        {t("title")}
      </h2>
      <FactList facts={facts} />
    </section>
  );
}
