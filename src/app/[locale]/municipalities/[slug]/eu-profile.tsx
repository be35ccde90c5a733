import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { currentPrincipal } from "@/server/auth/session";
import { can } from "@/server/auth/principal";
import { getContactFor } from "@/server/municipalities/contact";
import type { EuProfile } from "@/server/municipalities/eu-profile";
import { EuProfileView } from "@/components/profile/eu-profile";

/**
 * An EU profile as the current visitor may see it: the contact person only for contact.read (not
 * even read otherwise), links to edit and to erase only for those who may (their pages check again).
 */
export async function EuProfilePage({ profile, locale }: { profile: EuProfile; locale: string }) {
  const principal = await currentPrincipal();
  const subject = { type: "municipality" as const, id: profile.id };
  // A hromada's editor may propose a partnership (the proposal page and its action check again).
  const mayPropose = principal?.memberships.some((m) => m.kind === "MUNICIPALITY_EDITOR") ?? false;
  const t = await getTranslations("voice.browse");
  return (
    <>
      <EuProfileView
        profile={profile}
        locale={locale}
        contact={await getContactFor(principal, profile.id)}
        signedIn={principal !== null}
        editHref={can(principal, "profile.edit", subject) ? `/municipalities/${profile.slug}/edit` : null}
        eraseHref={can(principal, "contact.erase", subject) ? `/coordinator/municipalities/${profile.slug}/contact` : null}
      />
      {mayPropose && (
        <p className="mt-8">
          <Link href={`/municipalities/${profile.slug}/propose`} className="btn inline-block">
            {t("propose", { name: profile.nameLocal ?? profile.nameEn })}
          </Link>
        </p>
      )}
    </>
  );
}
