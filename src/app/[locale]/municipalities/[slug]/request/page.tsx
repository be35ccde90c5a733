import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { getPublicProfile } from "@/server/municipalities/profile";
import { guardPage } from "@/server/auth/guard";
import { accountName, listOwnEuMunicipalities } from "@/server/requests/senders";
import { MunicipalityName, localised } from "@/components/municipality-name";
import { OpenProgrammes } from "@/components/funding/open-programmes";
import { evaluateForPartners, evaluateUkrainian } from "@/lib/funding/eligibility";
import { activeProgrammes } from "@/server/funding/programmes";
import { requesterPartnerSides } from "@/server/funding/requester";
import { RequestForm } from "@/components/request-form/request-form";
import { countryName } from "@/lib/intl-names";
import { PARTNER_COUNTRIES } from "@/lib/countries";
import { NoEuMembership } from "@/components/requests/no-eu-membership";
import { submitRequestAction } from "./actions";
import { ClientMessages } from "@/components/client-messages";
import { regionName } from "@/lib/region-names";
import { openRequestsFor } from "@/server/requests/open-requests";
import { OpenRequestNotice } from "@/components/requests/open-request-notice";

type Props = PageProps<"/[locale]/municipalities/[slug]/request">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  const t = await getTranslations({ locale, namespace: "requestForm" });
  const profile = await getPublicProfile(slug);
  if (!profile) return {};
  return { title: t("title", { name: locale === "uk" ? (profile.nameUk ?? profile.nameEn) : profile.nameEn }) };
}

export default async function RequestPage({ params }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const profile = await getPublicProfile(slug);
  if (!profile) notFound();
  const t = await getTranslations("requestForm");
  const tFinding = await getTranslations("finding.fundingBox");
  const heading = (
    <h1 className="text-3xl font-bold text-brand-900">
      {t.rich("heading", { name: () => <MunicipalityName nameEn={profile.nameEn} nameUk={profile.nameUk} locale={locale} /> })}
    </h1>
  );

  if (!profile.seeksPartners) {
    return (
      <div className="space-y-4">
        {heading}
        <p role="status">{t("notSeeking")}</p>
        <Link href={`/municipalities/${profile.slug}`}>{t("backToProfile")}</Link>
      </div>
    );
  }

  // The check that counts for the page (the domain function checks again on submission):
  // requests are sent by signed-in EU staff, so a visitor signs in first and comes back here.
  const { principal, own, open, partners } = await guardPage(
    async (p) => ({
      principal: p,
      own: await listOwnEuMunicipalities(p),
      open: await openRequestsFor(p, profile.id),
      partners: await requesterPartnerSides(p),
    }),
    "signedIn",
  );
  const senders = own.map((m) => ({
    slug: m.slug,
    label: `${m.nameLocal && m.nameLocal !== m.nameEn ? `${m.nameLocal} (${m.nameEn})` : m.nameEn}, ${countryName(m.country, locale)}`,
  }));

  const ukrainianSide = { regionSlug: profile.region?.slug ?? null, occupied: profile.region?.occupied ?? false, population: profile.population };
  const areas = [...profile.needs, ...profile.offers].map((line) => line.area);
  const programmes = await activeProgrammes();
  const list = (items: string[]) => new Intl.ListFormat(locale, { type: "disjunction" }).format([...new Set(items)]);

  return (
    <div className="max-w-3xl space-y-6">
      <nav aria-label={t("breadcrumb")}>
        <Link href={`/municipalities/${profile.slug}`}>{t("backToProfile")}</Link>
      </nav>
      {heading}
      <p>{t("intro")}</p>
      <OpenRequestNotice open={open} variant="form" />
      {senders.length === 0 ? (
        <NoEuMembership />
      ) : (
        <ClientMessages namespaces={["areas", "error", "requestForm", "requests.form", "followUp.openRequest", "acting.check", "finding.requestForm"]}>
          <RequestForm
            action={submitRequestAction.bind(null, profile.slug)}
            submissionToken={crypto.randomUUID()}
            senders={senders}
            requester={{ name: await accountName(principal), email: principal.email }}
            neededAreas={profile.needs.map((n) => n.area)}
            offeredAreas={profile.offers.map((o) => o.area)}
            profileHref={`/municipalities/${profile.slug}`}
          />
        </ClientMessages>
      )}
      <OpenProgrammes
        results={
          // The requester's own municipalities are the partner side: only programmes their country
          // (and region, population) can use are listed. Without one, any country of the network.
          partners.length > 0
            ? evaluateForPartners(ukrainianSide, partners, areas, programmes)
            : evaluateUkrainian(ukrainianSide, PARTNER_COUNTRIES, areas, programmes)
        }
        intro={partners.length > 0 ? tFinding("intro", { countries: list(partners.map((p) => countryName(p.country, locale))) }) : undefined}
        name={localised(locale, profile.nameEn, profile.nameUk) ?? profile.nameEn}
        locale={locale}
        ukrainianRegionName={profile.region && regionName(locale, profile.region)}
      />
    </div>
  );
}
