import { getFormatter, getTranslations } from "next-intl/server";
import { localised } from "@/components/municipality-name";
import { ScrollTable } from "@/components/scroll-table";
import { personLine } from "@/lib/person";

type Membership = {
  id: number;
  requestedAt: Date;
  kind: "MUNICIPALITY_EDITOR" | "EU_STAFF";
  user: { name: string | null; jobTitle?: string | null; email: string };
  municipality: { nameEn: string; nameUk: string | null; nameLocal: string | null };
};

/** People asking to act for a municipality, each with a confirm and a reject button. */
export async function MembershipQueue({
  memberships,
  locale,
  outcome,
  action,
}: {
  memberships: Membership[];
  locale: string;
  outcome?: string;
  /** Takes the form's `membership` (its id) and `decision` (APPROVED or REJECTED). */
  action: (form: FormData) => Promise<void>;
}) {
  const t = await getTranslations("coordinator.memberships");
  const format = await getFormatter();
  const ok = outcome === "confirmed" || outcome === "rejected";
  return (
    <section aria-labelledby="memberships" className="space-y-4">
      <h2 id="memberships" className="text-2xl font-semibold text-brand-900">
        {t("title")}
      </h2>
      {outcome && (
        <p
          role={ok ? "status" : "alert"}
          className={ok ? "rounded border-2 border-emerald-700 bg-emerald-50 p-3" : "rounded border-2 border-red-700 bg-red-50 p-3"}
        >
          {t(outcome as "confirmed")}
        </p>
      )}
      {memberships.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <ScrollTable captionId="membership-caption" caption={t("caption", { count: memberships.length })}>
          <thead>
            <tr className="border-b-2 border-slate-400">
              <th scope="col" className="p-2">
                {t("columns.person")}
              </th>
              <th scope="col" className="p-2">
                {t("columns.municipality")}
              </th>
              <th scope="col" className="p-2">
                {t("columns.kind")}
              </th>
              <th scope="col" className="p-2">
                {t("columns.requested")}
              </th>
              <th scope="col" className="p-2">
                {t("columns.decision")}
              </th>
            </tr>
          </thead>
          <tbody>
            {memberships.map((m) => {
              const person = personLine(m.user);
              const municipality = localised(locale, m.municipality.nameLocal ?? m.municipality.nameEn, m.municipality.nameUk) ?? m.municipality.nameEn;
              return (
                <tr key={m.id} className="border-b border-slate-200">
                  <th scope="row" className="p-2 font-normal">
                    {person}
                  </th>
                  <td className="p-2">{municipality}</td>
                  <td className="p-2">{t(`kinds.${m.kind}`)}</td>
                  <td className="p-2">
                    <time dateTime={m.requestedAt.toISOString()}>{format.dateTime(m.requestedAt, { dateStyle: "medium" })}</time>
                  </td>
                  <td className="p-2">
                    <form action={action} className="flex flex-wrap gap-2">
                      <input type="hidden" name="membership" value={m.id} />
                      <button type="submit" name="decision" value="APPROVED" className="btn" aria-label={t("confirmFor", { person, municipality })}>
                        {t("confirm")}
                      </button>
                      <button type="submit" name="decision" value="REJECTED" className="btn-secondary" aria-label={t("rejectFor", { person, municipality })}>
                        {t("reject")}
                      </button>
                    </form>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </ScrollTable>
      )}
    </section>
  );
}
