import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { getEuProfile } from "@/server/municipalities/eu-profile";
import { guardPage } from "@/server/auth/guard";
import { accountName, listOwnHromadas } from "@/server/requests/senders";
import { localised } from "@/components/municipality-name";
import { RequestForm } from "@/components/request-form/request-form";
import { ClientMessages } from "@/components/client-messages";
import { countryName } from "@/lib/intl-names";
import { proposePartnershipAction } from "./actions";

type Props = PageProps<"/[locale]/municipalities/[slug]/propose">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  const profile = await getEuProfile(slug);
  if (!profile) return {};
  const t = await getTranslations({ locale, namespace: "voice.propose" });
  return { title: t("title", { name: profile.nameLocal ?? profile.nameEn }), robots: { index: false } };
}

/**
 * A hromada's editor proposes a partnership to a published EU municipality: the request form,
 * sent the other way (src/server/requests/propose.ts checks again, on the hromada). Signed-in
 * people who edit no hromada are told who may; visitors sign in first and come back.
 */
export default async function ProposePage({ params }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const profile = await getEuProfile(slug);
  if (!profile) notFound();
  const { principal, own } = await guardPage(async (p) => ({ principal: p, own: await listOwnHromadas(p) }), "signedIn");
  const t = await getTranslations("voice.propose");
  const name = profile.nameLocal ?? profile.nameEn;
  const senders = own.map((m) => ({ slug: m.slug, label: localised(locale, m.nameEn, m.nameUk) ?? m.nameEn }));
  return (
    <div className="max-w-3xl space-y-6">
      <nav aria-label={t("breadcrumb")}>
        <Link href="/eu-municipalities">{t("back")}</Link>
      </nav>
      <h1 className="text-3xl font-bold text-brand-900">{t("title", { name: `${name}, ${countryName(profile.country, locale)}` })}</h1>
      {senders.length === 0 ? (
        <p role="status">{t.rich("notEditor", { link: (chunks) => <Link href="/account">{chunks}</Link> })}</p>
      ) : (
        <>
          <p>{t("intro", { name })}</p>
          <ClientMessages namespaces={["areas", "error", "requestForm", "requests.form", "followUp.openRequest", "acting.check", "finding.requestForm"]}>
            <RequestForm
              action={proposePartnershipAction.bind(null, profile.slug)}
              submissionToken={crypto.randomUUID()}
              senders={senders}
              requester={{ name: await accountName(principal), email: principal.email }}
              neededAreas={profile.wantsToLearn.map((a) => a.area)}
              offeredAreas={profile.offers.map((a) => a.area)}
              profileHref={`/municipalities/${profile.slug}`}
              browseHref="/eu-municipalities"
            />
          </ClientMessages>
        </>
      )}
    </div>
  );
}
