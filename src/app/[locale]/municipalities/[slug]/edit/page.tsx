import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { guardPage } from "@/server/auth/guard";
import { can } from "@/server/auth/principal";
import { getEditableProfile } from "@/server/municipalities/editor/editable";
import { MunicipalityName } from "@/components/municipality-name";
import { ProfileForm } from "@/components/profile-editor/profile-form";
import { ConfirmForm, PublicationForm } from "@/components/profile-editor/profile-steps";
import { confirmProfileAction, saveProfileAction, setPublishedAction } from "./actions";
import { ClientMessages } from "@/components/client-messages";
import { regionName } from "@/lib/region-names";
import { isEuMunicipality } from "@/server/municipalities/eu-editor";
import { EuProfileEditor } from "./eu-editor";
import { EDITOR_FORM_SECTIONS, sectionId } from "@/components/profile-editor/sections";

type Props = PageProps<"/[locale]/municipalities/[slug]/edit">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "profileEditor" });
  return { title: t("pageTitle"), robots: { index: false } };
}

export default async function EditProfilePage({ params, searchParams }: Props) {
  const { locale, slug } = await params;
  const confirmingUnpublish = (await searchParams).unpublish === "confirm";
  setRequestLocale(locale);
  // An EU municipality's profile has an editor of its own kind.
  if (await isEuMunicipality(slug)) return <EuProfileEditor locale={locale} slug={slug} />;
  // The check that counts is in getEditableProfile: role AND municipality, refusals audited.
  // Refused or unknown alike, as in the coordinator's workspace: a 404 tells no one which drafts exist.
  const { principal, profile } = await guardPage(async (p) => ({ principal: p, profile: await getEditableProfile(p, slug) }), "signedIn");
  const t = await getTranslations("profileEditor");
  const tMore = await getTranslations("finding.editor");
  const tLanguages = await getTranslations("profileLanguages");
  const format = await getFormatter();
  const v = profile.values as { nameEn: string; nameUk: string };
  const subject = { type: "municipality" as const, id: profile.id };
  const confirmer = can(principal, "profile.confirm", subject);
  // The contents list: the page's steps, then the form's sections (ids from sections.ts).
  const contents: [string, string][] = [
    ["publication", t("publication.title")],
    ["confirmation", t("confirmation.title")],
    ["fixed", t("fixed.title")],
    ...EDITOR_FORM_SECTIONS.map((section): [string, string] => [
      sectionId(section),
      section === "languages" ? t("fields.languages") : section === "other-languages" ? tLanguages("editor.title") : t(`sections.${section}`),
    ]),
  ];
  return (
    <div className="max-w-3xl space-y-8">
      <nav aria-label={t("backToAccount")} className="flex flex-wrap gap-4">
        <Link href="/account">{t("backToAccount")}</Link>
        {profile.status === "PUBLISHED" && <Link href={`/municipalities/${profile.slug}`}>{t("viewPublic")}</Link>}
      </nav>
      <h1 className="text-3xl font-bold text-brand-900">
        {t.rich("heading", { name: () => <MunicipalityName nameEn={v.nameEn} nameUk={v.nameUk || null} locale={locale} /> })}
      </h1>
      <p>{t("intro")}</p>
      <nav aria-labelledby="contents-title" className="rounded border border-slate-300 bg-slate-50 p-4">
        <h2 id="contents-title" className="text-lg font-semibold">
          {tMore("contents")}
        </h2>
        <ol className="mt-2 list-decimal space-y-1 pl-6 sm:columns-2">
          {contents.map(([id, title]) => (
            <li key={id}>
              <a href={`#${id}`}>{title}</a>
            </li>
          ))}
        </ol>
      </nav>

      <section aria-labelledby="publication" className="space-y-2 rounded border border-slate-300 p-4">
        <h2 id="publication" className="text-xl font-semibold text-brand-900">
          {t("publication.title")}
        </h2>
        <ClientMessages namespaces={["profileEditor", "acting.unpublish", "error"]}>
          <PublicationForm
            key={profile.status}
            action={setPublishedAction.bind(null, profile.slug)}
            published={profile.status === "PUBLISHED"}
            confirming={confirmingUnpublish}
            confirmHref={`/municipalities/${profile.slug}/edit?unpublish=confirm#publication`}
            cancelHref={`/municipalities/${profile.slug}/edit#publication`}
          />
        </ClientMessages>
      </section>

      <section aria-labelledby="confirmation" className="space-y-2 rounded border border-slate-300 p-4">
        <h2 id="confirmation" className="text-xl font-semibold text-brand-900">
          {t("confirmation.title")}
        </h2>
        <p>
          {profile.profileConfirmedAt
            ? t("confirmation.last", { date: format.dateTime(profile.profileConfirmedAt, { dateStyle: "long" }) })
            : t("confirmation.never")}{" "}
          {t("confirmation.stale")}
        </p>
        <p>{confirmer ? tMore("saveConfirms") : tMore("saveDoesNotConfirm")}</p>
        {confirmer ? (
          <ClientMessages namespaces={["profileEditor", "error"]}>
            <ConfirmForm action={confirmProfileAction.bind(null, profile.slug)} />
          </ClientMessages>
        ) : (
          <p>{t("confirmation.coordinatorNote")}</p>
        )}
      </section>

      <section aria-labelledby="fixed" className="space-y-2">
        <h2 id="fixed" className="text-xl font-semibold text-brand-900">
          {t("fixed.title")}
        </h2>
        <dl className="grid grid-cols-1 max-sm:[&>dd]:mb-2 sm:grid-cols-[max-content_minmax(0,1fr)] gap-x-6 gap-y-1">
          <dt className="font-semibold">{t("fixed.region")}</dt>
          <dd>{profile.region ? regionName(locale, profile.region) : "—"}</dd>
          <dt className="font-semibold">{t("fixed.katottg")}</dt>
          <dd className="font-mono">{profile.katottg}</dd>
        </dl>
        <p className="field-hint">{t("fixed.note")}</p>
      </section>

      <ClientMessages namespaces={["areas", "error", "hromadaType", "profileEditor", "profileLanguages", "finding.editor"]}>
        <ProfileForm action={saveProfileAction.bind(null, profile.slug)} initial={profile.values} />
      </ClientMessages>
    </div>
  );
}
