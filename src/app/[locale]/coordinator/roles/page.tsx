import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { guardPage } from "@/server/auth/guard";
import { listNetworkRoles } from "@/server/accounts/network-roles";
import { ClientMessages } from "@/components/client-messages";
import { ScrollTable } from "@/components/scroll-table";
import { BackOfficeForm } from "@/components/back-office/back-office-form";
import { NETWORK_ROLES } from "@/lib/back-office/forms";
import { grantRoleAction, revokeRoleAction } from "./actions";
import { personLine } from "@/lib/person";

type Props = PageProps<"/[locale]/coordinator/roles">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "backOffice.roles" });
  return { title: t("title"), robots: { index: false } };
}

const DONE = ["granted", "revoked"] as const;

/** Administrators only: who holds a network role; grant one; take one back after confirming (?revoke=<user id>). */
export default async function RolesPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const query = await searchParams;
  const holders = await guardPage((principal) => listNetworkRoles(principal));
  const t = await getTranslations("backOffice");
  const format = await getFormatter();
  const done = DONE.find((d) => d === query.done);
  const revoking = holders.find((h) => h.id === query.revoke);
  return (
    <div className="max-w-4xl space-y-10">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold text-brand-900">{t("roles.title")}</h1>
        <p>{t("roles.intro")}</p>
        {done && (
          <p role="status" className="rounded border-2 border-emerald-700 bg-emerald-50 p-4">
            {t(`roles.done.${done}`)}
          </p>
        )}
        <p>
          <Link href="/coordinator">{t("back")}</Link>
        </p>
      </header>

      {revoking && (
        <section aria-labelledby="confirm" className="space-y-4 rounded border-2 border-red-800 p-4">
          <h2 id="confirm" className="text-2xl font-semibold text-brand-900">
            {t("roles.confirmTitle")}
          </h2>
          <p>{t("roles.confirm", { email: revoking.email, role: t(`roles.names.${revoking.role}`) })}</p>
          <ClientMessages namespaces={["backOffice", "error"]}>
            <BackOfficeForm action={revokeRoleAction} form="revoke" hidden={{ user: revoking.id }} fields={[]} danger />
          </ClientMessages>
          <p>
            <Link href="/coordinator/roles">{t("roles.keep")}</Link>
          </p>
        </section>
      )}

      <ScrollTable captionId="holders-caption" caption={t("roles.caption", { count: holders.length })}>
        <thead>
          <tr className="border-b border-slate-400">
            <th scope="col" className="py-2 pr-4">
              {t("roles.columns.person")}
            </th>
            <th scope="col" className="py-2 pr-4">
              {t("roles.columns.role")}
            </th>
            <th scope="col" className="py-2 pr-4">
              {t("roles.columns.since")}
            </th>
            <th scope="col" className="py-2">
              <span className="sr-only">{t("roles.columns.actions")}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {holders.map((h) => (
            <tr key={h.id} className="border-b border-slate-200">
              <th scope="row" className="py-2 pr-4 font-normal">
                {personLine(h)}
              </th>
              <td className="py-2 pr-4">{t(`roles.names.${h.role}`)}</td>
              <td className="py-2 pr-4">{h.since ? format.dateTime(h.since, { dateStyle: "medium", timeZone: "Europe/Kyiv" }) : "—"}</td>
              <td className="py-2">
                <Link href={`/coordinator/roles?revoke=${h.id}`} aria-label={t("roles.revokeFor", { email: h.email })}>
                  {t("roles.revoke")}
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </ScrollTable>

      <section aria-labelledby="grant" className="max-w-3xl space-y-4">
        <h2 id="grant" className="text-2xl font-semibold text-brand-900">
          {t("roles.grantTitle")}
        </h2>
        <p>{t("roles.grantIntro")}</p>
        <ClientMessages namespaces={["backOffice", "error"]}>
          <BackOfficeForm
            action={grantRoleAction}
            form="grant"
            fields={[
              { name: "email", kind: "email", required: true, maxLength: 254 },
              { name: "role", kind: "select", options: NETWORK_ROLES, defaultValue: "COORDINATOR" },
            ]}
          />
        </ClientMessages>
      </section>
    </div>
  );
}
