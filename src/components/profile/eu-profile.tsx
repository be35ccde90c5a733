import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { EuProfile } from "@/server/municipalities/eu-profile";
import type { ContactPerson } from "@/server/municipalities/contact";
import { localised } from "@/components/municipality-name";
import { AreaLines } from "@/components/profile/area-lines";
import { FallbackNotice, ProfileText } from "@/components/profile/profile-text";
import { ContactPersonSection } from "@/components/profile/contact-person";
import { ProfilePartnerships } from "@/components/profile/partnerships";
import { chooseText } from "@/lib/profile-languages";
import { countryName, languageName } from "@/lib/intl-names";

type Props = {
  profile: EuProfile;
  locale: string;
  contact: { visible: false } | { visible: true; contact: ContactPerson | null };
  signedIn: boolean;
  editHref: string | null;
  eraseHref: string | null;
};

/** An EU (or other non-Ukrainian) municipality's public profile. */
export async function EuProfileView({ profile, locale, contact, signedIn, editHref, eraseHref }: Props) {
  const t = await getTranslations("join.profile");
  const format = await getFormatter();
  const name = profile.nameLocal ?? profile.nameEn;
  const description = chooseText(profile.description, locale, profile.machineTranslated);
  return (
    <article className="space-y-8" aria-labelledby="profile-name">
      <nav aria-label={t("breadcrumb")}>
        <Link href="/municipalities">{t("backToCatalogue")}</Link>
      </nav>
      <header className="space-y-2">
        <h1 id="profile-name" className="text-3xl font-bold text-brand-900">
          {name}
        </h1>
        <p className="text-lg text-slate-800">{[countryName(profile.country, locale), profile.regionName].filter(Boolean).join(" · ")}</p>
        {editHref && (
          <p>
            <Link href={editHref}>{t("edit")}</Link>
          </p>
        )}
      </header>

      {description && (
        <section aria-labelledby="about">
          <h2 id="about" className="mb-2 text-2xl font-semibold">
            {t("about")}
          </h2>
          <FallbackNotice shown={[description]} locale={locale} />
          <ProfileText shown={description} className="max-w-3xl whitespace-pre-line" />
        </section>
      )}

      <section aria-labelledby="facts" className="space-y-2">
        <h2 id="facts" className="text-2xl font-semibold">
          {t("facts")}
        </h2>
        <dl className="grid grid-cols-1 max-sm:[&>dd]:mb-2 sm:grid-cols-[max-content_minmax(0,1fr)] gap-x-6 gap-y-1">
          <dt className="font-semibold">{t("country")}</dt>
          <dd>{countryName(profile.country, locale)}</dd>
          <dt className="font-semibold">{t("region")}</dt>
          <dd>{profile.regionName ?? t("notSaid")}</dd>
          <dt className="font-semibold">{t("population")}</dt>
          <dd>{profile.population === null ? t("notSaid") : format.number(profile.population)}</dd>
          <dt className="font-semibold">{t("languages")}</dt>
          <dd>{profile.languages.length === 0 ? t("notSaid") : profile.languages.map((l) => languageName(l, locale)).join(", ")}</dd>
          {profile.website && (
            <>
              <dt className="font-semibold">{t("website")}</dt>
              <dd>
                <a href={profile.website} rel="noopener noreferrer">
                  {profile.website}
                </a>
              </dd>
            </>
          )}
        </dl>
      </section>

      <div className="grid gap-8 md:grid-cols-2">
        <AreaLines
          id="offers"
          title={t("offers")}
          lines={profile.offers}
          locale={locale}
          machineTranslated={profile.machineTranslated}
          kind="offer"
          empty={t("noOffers")}
          fallbackNotice={null}
        />
        <AreaLines
          id="learn"
          title={t("wantsToLearn")}
          lines={profile.wantsToLearn}
          locale={locale}
          machineTranslated={profile.machineTranslated}
          kind="need"
          empty={t("noWantsToLearn")}
          fallbackNotice={null}
        />
      </div>

      <section aria-labelledby="community" className="space-y-2">
        <h2 id="community" className="text-2xl font-semibold">
          {t("community")}
        </h2>
        {profile.ukrainianCommunity === null && profile.ukrainianCommunityRegions.length === 0 ? (
          <p>{t("communityNotSaid")}</p>
        ) : (
          <>
            {profile.ukrainianCommunity !== null && <p>{t("communityCount", { count: profile.ukrainianCommunity })}</p>}
            {profile.ukrainianCommunityRegions.length > 0 && (
              <p>
                {t("communityFrom", { regions: profile.ukrainianCommunityRegions.map((r) => localised(locale, r.nameEn, r.nameUk) ?? r.nameEn).join(", ") })}
              </p>
            )}
          </>
        )}
      </section>

      <ContactPersonSection access={contact} signedIn={signedIn} eraseHref={eraseHref} />

      <ProfilePartnerships
        locale={locale}
        partnerships={profile.partnerships.map((p) => ({
          ...p,
          partner: { name: localised(locale, p.partner.nameEn, p.partner.nameUk) ?? p.partner.nameEn, href: `/municipalities/${p.partner.slug}` },
        }))}
      />
    </article>
  );
}
