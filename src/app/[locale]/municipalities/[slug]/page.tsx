import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { getPublicProfile, getRegisterEntry } from "@/server/municipalities/profile";
import { RegisterEntryView } from "@/components/profile/register-entry";
import { ConfirmedOn, StaleMark } from "@/components/catalogue/freshness";
import { MunicipalityName, localised } from "@/components/municipality-name";
import { AreaLines } from "@/components/profile/area-lines";
import { ProfileFacts } from "@/components/profile/facts";
import { FallbackNotice, ProfileText } from "@/components/profile/profile-text";
import { chooseText } from "@/lib/profile-languages";
import { countryName } from "@/lib/intl-names";
import { evaluatePair } from "@/lib/funding/eligibility";
import { PairProgrammes } from "@/components/funding/pair-programmes";
import { currentPrincipal } from "@/server/auth/session";
import { can } from "@/server/auth/principal";
import { openRequestsFor } from "@/server/requests/open-requests";
import { OpenRequestNotice } from "@/components/requests/open-request-notice";
import { getContactFor } from "@/server/municipalities/contact";
import { ContactPersonSection } from "@/components/profile/contact-person";

type Props = PageProps<"/[locale]/municipalities/[slug]">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  const profile = (await getPublicProfile(slug)) ?? (await getRegisterEntry(slug));
  if (!profile) return {};
  return { title: locale === "uk" ? (profile.nameUk ?? profile.nameEn) : profile.nameEn };
}

export default async function ProfilePage({ params }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const profile = await getPublicProfile(slug);
  if (!profile) {
    // A hromada of the register that has no profile yet still has its page.
    const entry = await getRegisterEntry(slug);
    if (!entry) notFound();
    return <RegisterEntryView entry={entry} locale={locale} />;
  }
  const t = await getTranslations("profile");
  const tAreas = await getTranslations("areas");
  const tType = await getTranslations("hromadaType");
  const tStage = await getTranslations("stage");
  const format = await getFormatter();
  // The visitor's language where the profile has it, otherwise English, otherwise Ukrainian.
  const description = chooseText(profile.description, locale, profile.machineTranslated);
  // Only a link: the editor page checks again, and audits a refusal.
  const principal = await currentPrincipal();
  const mayEdit = can(principal, "profile.edit", { type: "municipality", id: profile.id });
  // The contact fields are read only for those who may see them (contact.read): never selected,
  // so never in the page or its payload, for anyone else.
  const contact = await getContactFor(principal, profile.id);
  // Only a link: the erasure page and its action check again, and audit a refusal.
  const mayErase = can(principal, "contact.erase", { type: "municipality", id: profile.id });
  const tEditor = await getTranslations("profileEditor.account");
  // The hromada's own people do not propose a partnership to themselves.
  const ownHromada = principal?.memberships.some((m) => m.kind === "MUNICIPALITY_EDITOR" && m.municipalityId === profile.id) ?? false;
  // An EU municipality's open request to this hromada is followed, not sent again.
  const open = await openRequestsFor(principal, profile.id);
  const euMemberships = principal?.memberships.filter((m) => m.kind === "EU_STAFF").length ?? 0;
  const everySenderHasOpen = euMemberships > 0 && open.length >= euMemberships;

  return (
    <article className="space-y-8" aria-labelledby="profile-name">
      <nav aria-label={t("breadcrumb")}>
        <Link href="/municipalities">{t("backToCatalogue")}</Link>
      </nav>
      <header className="space-y-2">
        <h1 id="profile-name" className="text-3xl font-bold text-brand-900">
          <MunicipalityName nameEn={profile.nameEn} nameUk={profile.nameUk} locale={locale} />
        </h1>
        <p className="text-lg text-slate-800">
          {[profile.hromadaType && tType(profile.hromadaType), profile.region && localised(locale, profile.region.nameEn, profile.region.nameUk)]
            .filter(Boolean)
            .join(" · ")}
        </p>
        {profile.seeksPartners ? (
          <p className="font-semibold text-emerald-900">{t("seeksPartners")}</p>
        ) : (
          <p className="text-slate-800">{t("notSeeking")}</p>
        )}
        <p className="flex flex-wrap items-baseline gap-x-2 text-slate-800">
          <ConfirmedOn confirmedAt={profile.profileConfirmedAt} />
          <StaleMark confirmedAt={profile.profileConfirmedAt} now={new Date()} explained />
        </p>
        {mayEdit && (
          <p>
            <Link href={`/municipalities/${profile.slug}/edit`}>{tEditor("edit")}</Link>
          </p>
        )}
      </header>

      <OpenRequestNotice open={open} variant="profile" />
      {profile.seeksPartners && !ownHromada && !everySenderHasOpen && (
        <p>
          <Link href={`/municipalities/${profile.slug}/request`} className="btn">
            {t("requestCta")}
          </Link>
        </p>
      )}

      {description && (
        <section aria-labelledby="about">
          <h2 id="about" className="mb-2 text-2xl font-semibold">
            {t("about")}
          </h2>
          <FallbackNotice shown={[description]} locale={locale} />
          <ProfileText shown={description} className="max-w-3xl whitespace-pre-line" />
        </section>
      )}

      <div className="grid gap-8 md:grid-cols-2">
        <AreaLines id="needs" title={t("needs")} lines={profile.needs} locale={locale} machineTranslated={profile.machineTranslated} kind="need" empty={t("noNeeds")} />
        <AreaLines id="offers" title={t("offers")} lines={profile.offers} locale={locale} machineTranslated={profile.machineTranslated} kind="offer" empty={t("noOffers")} />
      </div>

      <ProfileFacts profile={profile} locale={locale} />
      <ContactPersonSection
        access={contact}
        signedIn={principal !== null}
        eraseHref={mayErase ? `/coordinator/municipalities/${profile.slug}/contact` : null}
      />

      <section aria-labelledby="partnerships">
        <h2 id="partnerships" className="mb-2 text-2xl font-semibold">
          {t("partnerships")}
        </h2>
        {profile.partnerships.length === 0 ? (
          <p>{t("noPartnerships")}</p>
        ) : (
          <ul className="space-y-2">
            {profile.partnerships.map((p) => (
              <li key={p.id} className="rounded border border-slate-300 p-3">
                <strong>{p.partner.nameLocal ?? p.partner.nameEn}</strong> ({countryName(p.partner.country, locale)}) ·{" "}
                {t("since", { date: format.dateTime(p.since, { dateStyle: "long" }) })} ·{" "}
                <Link href={`/partnerships/${p.id}`} className="underline">
                  {tStage(p.stage)}
                </Link>
                {p.areas.length > 0 && <span className="block text-sm text-slate-800">{p.areas.map((a) => tAreas(a)).join(", ")}</span>}
                <PairProgrammes
                  results={evaluatePair({
                    ukrainian: { regionSlug: profile.region?.slug ?? null, occupied: profile.region?.occupied ?? false, population: profile.population },
                    partner: p.partner,
                    areas: p.areas,
                  })}
                  locale={locale}
                  ukrainianRegionName={profile.region && localised(locale, profile.region.nameEn, profile.region.nameUk)}
                />
              </li>
            ))}
          </ul>
        )}
      </section>
    </article>
  );
}
