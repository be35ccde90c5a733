import { getTranslations } from "next-intl/server";
import type { ContactPerson } from "@/server/municipalities/contact";

type Side = { name: string; access: { visible: false } | { visible: true; contact: ContactPerson | null } };

/**
 * Both partners' contact persons on the partnership's page: each side sees the other's once the
 * partnership exists (contact.read), coordinators both; anyone else is told who can.
 */
export async function PartnerContacts({ sides }: { sides: Side[] }) {
  const t = await getTranslations("followUp.partnerContacts");
  const tContact = await getTranslations("privacy.contact");
  const visible = sides.filter((s) => s.access.visible);
  return (
    <section aria-labelledby="partner-contacts" className="max-w-3xl space-y-3 rounded border border-slate-300 bg-slate-50 p-4">
      <h2 id="partner-contacts" className="text-xl font-semibold text-brand-900">
        {t("title")}
      </h2>
      {visible.length === 0 ? (
        <p>{t("hidden")}</p>
      ) : (
        <>
          <p>{t("intro")}</p>
          {sides.map((side, i) =>
            side.access.visible ? (
              <div key={i} className="space-y-1">
                <h3 className="font-semibold">{side.name}</h3>
                {side.access.contact === null ? (
                  <p>{t("none")}</p>
                ) : (
                  <dl className="grid grid-cols-1 gap-x-6 gap-y-1 sm:grid-cols-[max-content_minmax(0,1fr)] max-sm:[&>dd]:mb-2">
                    {side.access.contact.name && (
                      <>
                        <dt className="font-medium">{tContact("name")}</dt>
                        <dd>{side.access.contact.name}</dd>
                      </>
                    )}
                    {side.access.contact.role && (
                      <>
                        <dt className="font-medium">{tContact("role")}</dt>
                        <dd>{side.access.contact.role}</dd>
                      </>
                    )}
                    {side.access.contact.email && (
                      <>
                        <dt className="font-medium">{tContact("email")}</dt>
                        <dd>
                          <a href={`mailto:${side.access.contact.email}`}>{side.access.contact.email}</a>
                        </dd>
                      </>
                    )}
                    {side.access.contact.phone && (
                      <>
                        <dt className="font-medium">{tContact("phone")}</dt>
                        <dd>
                          <a href={`tel:${side.access.contact.phone.replace(/[^+\d]/g, "")}`}>{side.access.contact.phone}</a>
                        </dd>
                      </>
                    )}
                  </dl>
                )}
              </div>
            ) : null,
          )}
        </>
      )}
    </section>
  );
}
