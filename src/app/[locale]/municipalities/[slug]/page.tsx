import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { getPublicProfile, getRegisterEntry } from "@/server/municipalities/profile";
import { RegisterEntryView } from "@/components/profile/register-entry";
import { interestCount } from "@/server/register/interest";
import { expressInterestAction } from "./actions";
import { ConfirmedOn, ResponseTime, StaleMark } from "@/components/catalogue/freshness";
import { getResponsiveness } from "@/server/municipalities/responsiveness";
import { MunicipalityName } from "@/components/municipality-name";
import { AreaLines } from "@/components/profile/area-lines";
import { ProfileFacts } from "@/components/profile/facts";
import { FallbackNotice, ProfileText } from "@/components/profile/profile-text";
import { chooseText } from "@/lib/profile-languages";
import { evaluatePair } from "@/lib/funding/eligibility";
import { activeProgrammes } from "@/server/funding/programmes";
import { PairProgrammes } from "@/components/funding/pair-programmes";
import { currentPrincipal } from "@/server/auth/session";
import { can } from "@/server/auth/principal";
import { openRequestsFor } from "@/server/requests/open-requests";
import { OpenRequestNotice } from "@/components/requests/open-request-notice";
import { getContactFor } from "@/server/municipalities/contact";
import { ContactPersonSection } from "@/components/profile/contact-person";
import { ProfilePartnerships } from "@/components/profile/partnerships";
import { regionName } from "@/lib/region-names";
import { NetworkMemberSince } from "@/components/network/member-since";
import { networkMemberSince } from "@/server/network/members";
import { getEuProfile } from "@/server/municipalities/eu-profile";
import { EuProfilePage } from "./eu-profile";
import { catalogueLeft } from "@/server/catalogue/back-link";
import { isShortlisted } from "@/server/shortlist/shortlist";
import { ShortlistToggle } from "@/components/shortlist/toggle";
import { shortlistAction } from "../../account/shortlist/actions";

type Props = PageProps<"/[locale]/municipalities/[slug]">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  const profile = (await getPublicProfile(slug)) ?? (await getRegisterEntry(slug));
  if (!profile) {
    const eu = await getEuProfile(slug);
    return eu ? { title: eu.nameLocal ?? eu.nameEn } : {};
  }
  return { title: locale === "uk" ? (profile.nameUk ?? profile.nameEn) : profile.nameEn };
}

const INTEREST_NOTICES = ["sent", "notAllowed", "notFound", "onPortal"] as const;

export default async function ProfilePage({ params, searchParams }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const profile = await getPublicProfile(slug);
  const memberSince = await networkMemberSince(slug);
  if (!profile) {
    // A hromada of the register that has no profile yet still has its page.
    const entry = await getRegisterEntry(slug);
    if (!entry) {
      // An EU (or other non-Ukrainian) municipality has a profile of its own kind.
      const eu = await getEuProfile(slug);
      if (!eu) notFound();
      return <EuProfilePage profile={eu} locale={locale} />;
    }
    const { interest } = await searchParams;
    const notice = INTEREST_NOTICES.find((n) => n === interest) ?? null;
    const mayEditEntry = can(await currentPrincipal(), "profile.edit", { type: "municipality", id: entry.id });
    return (
      <RegisterEntryView
        entry={entry}
        locale={locale}
        interestNotice={notice}
        interestCount={await interestCount(entry.id)}
        action={expressInterestAction}
        mayEdit={mayEditEntry}
        membership={<NetworkMemberSince since={memberSince} />}
      />
    );
  }
  // Read only when there are partnerships to show the programmes of (one query, or none when cached).
  const programmes = profile.partnerships.length > 0 ? await activeProgrammes() : [];
  const t = await getTranslations("profile");
  const tAreas = await getTranslations("areas");
  const tType = await getTranslations("hromadaType");
  // The visitor's language where the profile has it, otherwise English, otherwise Ukrainian.
  const description = chooseText(profile.description, locale, profile.machineTranslated);
  // One "Shown in English" notice for the whole profile, above the first part that holds a text
  // in another language: never above a part that is all in the visitor's language.
  const details = (lines: typeof profile.needs) => lines.map((l) => chooseText(l.detail, locale, profile.machineTranslated));
  const parts = { about: [description], needs: details(profile.needs), offers: details(profile.offers) };
  const allTexts = [...parts.about, ...parts.needs, ...parts.offers];
  const noticePlace = (Object.keys(parts) as (keyof typeof parts)[]).find((part) => parts[part].some((s) => s !== null && s.language !== locale));
  const noticeAt = (part: keyof typeof parts) => (noticePlace === part ? allTexts : null);
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
  const query = await searchParams;
  const backLink = await catalogueLeft(query.back);
  // EU staff keep a shortlist (shortlist.keepOwn): only a button here, the action checks again.
  const mayShortlist = principal !== null && can(principal, "shortlist.keepOwn", { type: "user", id: principal.userId });
  const shortlisted = mayShortlist && (await isShortlisted(principal, profile.id));

  return (
    <article className="space-y-8 print:space-y-4" aria-labelledby="profile-name">
      <nav aria-label={t("breadcrumb")}>
        <Link href={backLink}>{t("backToCatalogue")}</Link>
      </nav>
      <header className="space-y-2">
        <h1 id="profile-name" className="text-3xl font-bold text-brand-900">
          <MunicipalityName nameEn={profile.nameEn} nameUk={profile.nameUk} locale={locale} />
        </h1>
        <p className="text-lg text-slate-800">
          {[profile.hromadaType && tType(profile.hromadaType), profile.region && regionName(locale, profile.region)].filter(Boolean).join(" · ")}
        </p>
        {profile.seeksPartners ? <p className="font-semibold text-emerald-900">{t("seeksPartners")}</p> : <p className="text-slate-800">{t("notSeeking")}</p>}
        <NetworkMemberSince since={memberSince} />
        <p className="flex flex-wrap items-baseline gap-x-2 text-slate-800">
          <ConfirmedOn confirmedAt={profile.profileConfirmedAt} />
          <StaleMark confirmedAt={profile.profileConfirmedAt} now={new Date()} explained />
        </p>
        <p className="text-slate-800">
          <ResponseTime responsiveness={await getResponsiveness(profile.id)} />
        </p>
        {mayEdit && (
          <p>
            <Link href={`/municipalities/${profile.slug}/edit`}>{tEditor("edit")}</Link>
          </p>
        )}
      </header>

      <OpenRequestNotice open={open} variant="profile" />
      {mayShortlist && (
        <ShortlistToggle
          slug={profile.slug}
          name={locale === "uk" ? (profile.nameUk ?? profile.nameEn) : profile.nameEn}
          shortlisted={shortlisted}
          back={backLink.split("?")[1] ?? ""}
          notice={query.shortlist}
          action={shortlistAction}
        />
      )}
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
          {noticeAt("about") && <FallbackNotice shown={noticeAt("about")!} locale={locale} />}
          <ProfileText shown={description} className="max-w-3xl whitespace-pre-line" />
        </section>
      )}

      <div className="grid gap-8 md:grid-cols-2 print:grid-cols-2 print:gap-4">
        <AreaLines
          id="needs"
          title={t("needs")}
          lines={profile.needs}
          locale={locale}
          machineTranslated={profile.machineTranslated}
          kind="need"
          empty={t("noNeeds")}
          fallbackNotice={noticeAt("needs")}
        />
        <AreaLines
          id="offers"
          title={t("offers")}
          lines={profile.offers}
          locale={locale}
          machineTranslated={profile.machineTranslated}
          kind="offer"
          empty={t("noOffers")}
          fallbackNotice={noticeAt("offers")}
        />
      </div>

      <ProfileFacts profile={profile} locale={locale} />
      <ContactPersonSection
        access={contact}
        signedIn={principal !== null}
        eraseHref={mayErase ? `/coordinator/municipalities/${profile.slug}/contact` : null}
      />

      <ProfilePartnerships
        locale={locale}
        partnerships={profile.partnerships.map((p) => ({
          ...p,
          partner: { name: p.partner.nameLocal ?? p.partner.nameEn, country: p.partner.country },
          details: (
            <>
              {p.areas.length > 0 && <span className="block text-sm text-slate-800">{p.areas.map((a) => tAreas(a)).join(", ")}</span>}
              <PairProgrammes
                results={evaluatePair(
                  {
                    ukrainian: { regionSlug: profile.region?.slug ?? null, occupied: profile.region?.occupied ?? false, population: profile.population },
                    partner: p.partner,
                    areas: p.areas,
                  },
                  programmes,
                )}
                locale={locale}
                ukrainianRegionName={profile.region && regionName(locale, profile.region)}
              />
            </>
          ),
        }))}
      />
    </article>
  );
}
