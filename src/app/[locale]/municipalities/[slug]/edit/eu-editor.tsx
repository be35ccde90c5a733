import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { guardPage } from "@/server/auth/guard";
import { getEditableEuProfile } from "@/server/municipalities/eu-editor";
import { localised } from "@/components/municipality-name";
import { EuProfileForm } from "@/components/eu-profile/eu-profile-form";
import { ClientMessages } from "@/components/client-messages";
import { countryName } from "@/lib/intl-names";
import { saveEuProfileAction } from "./eu-actions";

/** The editor of an EU municipality's profile, for its staff and the coordinators (a 404 for others, audited). */
export async function EuProfileEditor({ locale, slug }: { locale: string; slug: string }) {
  // The check that counts is in getEditableEuProfile: role AND municipality, refusals audited.
  const profile = await guardPage((p) => getEditableEuProfile(p, slug), "signedIn");
  const t = await getTranslations("join.editor");
  return (
    <div className="max-w-3xl space-y-8">
      <nav aria-label={t("navigation")} className="flex flex-wrap gap-4">
        <Link href="/account">{t("backToAccount")}</Link>
        {profile.published && <Link href={`/municipalities/${profile.slug}`}>{t("viewPublic")}</Link>}
      </nav>
      <h1 className="text-3xl font-bold text-brand-900">{t("heading", { name: profile.name })}</h1>
      <p>{t("intro", { country: countryName(profile.country, locale) })}</p>
      <ClientMessages namespaces={["areas", "error", "join.editor"]}>
        <EuProfileForm
          action={saveEuProfileAction.bind(null, profile.slug)}
          initial={profile.values}
          regions={profile.regions.map((r) => ({ slug: r.slug, name: localised(locale, r.nameEn, r.nameUk) ?? r.nameEn }))}
        />
      </ClientMessages>
    </div>
  );
}
