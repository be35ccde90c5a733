import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { can } from "@/server/auth/principal";
import { currentPrincipal } from "@/server/auth/session";
import { listPendingMemberships } from "@/server/memberships/decide-membership";
import { localised } from "@/components/municipality-name";
import { decideMembershipAction } from "./actions";

type Props = PageProps<"/[locale]/coordinator">;

const NOTICES = ["APPROVED", "REJECTED", "alreadyDecided", "notFound"] as const;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "accounts.coordinator" });
  return { title: t("title"), robots: { index: false } };
}

export default async function CoordinatorPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const principal = await currentPrincipal();
  if (!principal) redirect(`/${locale}/sign-in`);
  const t = await getTranslations("accounts.coordinator");
  if (!can(principal, "membership.decide")) {
    // listPendingMemberships would refuse (and audit it); say so plainly instead of failing.
    return (
      <div className="max-w-3xl space-y-4">
        <h1 className="text-3xl font-bold text-brand-900">{t("title")}</h1>
        <p>{t("notAllowed")}</p>
      </div>
    );
  }
  const pending = await listPendingMemberships(principal);
  const format = await getFormatter();
  const rawNotice = (await searchParams).notice;
  const notice = NOTICES.find((n) => n === rawNotice);
  return (
    <div className="space-y-8">
      <h1 className="text-3xl font-bold text-brand-900">{t("title")}</h1>
      {notice && (
        <p role="status" className="rounded border-2 border-brand-800 bg-brand-50 p-4">
          {t(`notices.${notice}`)}
        </p>
      )}
      <section aria-labelledby="memberships" className="space-y-3">
        <h2 id="memberships" className="text-xl font-semibold text-brand-900">
          {t("memberships.title")}
        </h2>
        {pending.length === 0 ? (
          <p>{t("memberships.empty")}</p>
        ) : (
          <div className="overflow-x-auto" role="region" aria-labelledby="memberships-caption" tabIndex={0}>
            <table className="w-full border-collapse text-left">
              <caption id="memberships-caption" className="sr-only">
                {t("memberships.caption")}
              </caption>
              <thead>
                <tr className="border-b border-slate-400">
                  <th scope="col" className="py-2 pr-4">{t("memberships.person")}</th>
                  <th scope="col" className="py-2 pr-4">{t("memberships.municipality")}</th>
                  <th scope="col" className="py-2 pr-4">{t("memberships.requested")}</th>
                  <th scope="col" className="py-2">{t("memberships.decision")}</th>
                </tr>
              </thead>
              <tbody>
                {pending.map((m) => {
                  const person = m.user.name ? `${m.user.name} <${m.user.email}>` : m.user.email;
                  const municipality = localised(locale, m.municipality.nameLocal ?? m.municipality.nameEn, m.municipality.nameUk) ?? m.municipality.nameEn;
                  return (
                    <tr key={m.id} className="border-b border-slate-200 align-top">
                      <td className="py-2 pr-4">{person}</td>
                      <td className="py-2 pr-4">
                        {municipality} ({m.municipality.country})
                      </td>
                      <td className="py-2 pr-4">{format.dateTime(m.requestedAt, { dateStyle: "medium" })}</td>
                      <td className="py-2">
                        <form action={decideMembershipAction} className="flex flex-wrap gap-2">
                          <input type="hidden" name="membership" value={m.id} />
                          <button type="submit" name="decision" value="APPROVED" className="btn" aria-label={t("memberships.approveLabel", { person, municipality })}>
                            {t("memberships.approve")}
                          </button>
                          <button type="submit" name="decision" value="REJECTED" className="btn-secondary" aria-label={t("memberships.declineLabel", { person, municipality })}>
                            {t("memberships.decline")}
                          </button>
                        </form>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </div>
  );
}
