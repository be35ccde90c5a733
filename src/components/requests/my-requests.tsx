import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { localised } from "@/components/municipality-name";
import type { Principal } from "@/server/auth/principal";
import { listOwnRequests } from "@/server/requests/own";
import { ScrollTable } from "@/components/scroll-table";

/**
 * "My requests" on the account page: the person's own partnership requests, newest first, each
 * linking to its page. It loads its own rows (only the principal's own, by requesterUserId) so
 * that the account page gains one element; shown to EU staff and to anyone who has sent requests.
 */
export async function MyRequests({ principal, locale }: { principal: Principal; locale: string }) {
  const requests = await listOwnRequests(principal);
  if (requests.length === 0 && !principal.memberships.some((m) => m.kind === "EU_STAFF")) return null;
  const t = await getTranslations("requests");
  const tA11y = await getTranslations("a11y");
  const format = await getFormatter();
  return (
    <section aria-labelledby="my-requests" className="space-y-3">
      <h2 id="my-requests" className="text-xl font-semibold text-brand-900">
        {t("mine.title")}
      </h2>
      {requests.length === 0 ? (
        <p>{t("mine.empty")}</p>
      ) : (
        <ScrollTable captionId="my-requests-caption" caption={tA11y("myRequestsCaption")}>
          <thead>
            <tr className="border-b-2 border-slate-400">
              <th scope="col" className="p-2">
                {t("mine.reference")}
              </th>
              <th scope="col" className="p-2">
                {t("mine.municipality")}
              </th>
              <th scope="col" className="p-2">
                {t("mine.date")}
              </th>
              <th scope="col" className="p-2">
                {t("mine.status")}
              </th>
            </tr>
          </thead>
          <tbody>
            {requests.map((r) => (
              <tr key={r.reference} className="border-b border-slate-200">
                <th scope="row" className="p-2 font-normal">
                  <Link href={`/account/requests/${r.reference}`} className="font-mono">
                    {r.reference}
                  </Link>
                </th>
                <td className="p-2">{localised(locale, r.to.nameEn, r.to.nameUk) ?? r.to.nameEn}</td>
                <td className="p-2">
                  <time dateTime={r.submittedAt.toISOString()}>{format.dateTime(r.submittedAt, { dateStyle: "medium" })}</time>
                </td>
                <td className="p-2">{t(`status.${r.status}`)}</td>
              </tr>
            ))}
          </tbody>
        </ScrollTable>
      )}
    </section>
  );
}
