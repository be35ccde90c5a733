import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { ContactPerson } from "@/server/municipalities/contact";

type Props = {
  /** What the viewer may see: the contact (or null when none is recorded), or nothing at all. */
  access: { visible: false } | { visible: true; contact: ContactPerson | null };
  signedIn: boolean;
  /** The link to the coordinators' erasure page, for those who may erase (contact.erase). */
  eraseHref: string | null;
};

/** The profile's contact person for those who may see it; for anyone else, who can and how. */
export async function ContactPersonSection({ access, signedIn, eraseHref }: Props) {
  const t = await getTranslations("privacy.contact");
  return (
    <section aria-labelledby="contact" className="max-w-3xl space-y-2 rounded border border-slate-300 bg-slate-50 p-4">
      <h2 id="contact" className="text-xl font-semibold text-brand-900">
        {t("title")}
      </h2>
      {!access.visible ? (
        <>
          <p>{t("hidden")}</p>
          {!signedIn && <p>{t.rich("signInHint", { signIn: (chunks) => <Link href="/sign-in">{chunks}</Link> })}</p>}
          <p>{t("introduction")}</p>
        </>
      ) : access.contact === null ? (
        <p>{t("none")}</p>
      ) : (
        <dl className="grid grid-cols-1 max-sm:[&>dd]:mb-2 sm:grid-cols-[max-content_minmax(0,1fr)] gap-x-6 gap-y-1">
          {access.contact.name && (
            <>
              <dt className="font-semibold">{t("name")}</dt>
              <dd>{access.contact.name}</dd>
            </>
          )}
          {access.contact.role && (
            <>
              <dt className="font-semibold">{t("role")}</dt>
              <dd>{access.contact.role}</dd>
            </>
          )}
          {access.contact.email && (
            <>
              <dt className="font-semibold">{t("email")}</dt>
              <dd>
                <a href={`mailto:${access.contact.email}`}>{access.contact.email}</a>
              </dd>
            </>
          )}
          {access.contact.phone && (
            <>
              <dt className="font-semibold">{t("phone")}</dt>
              <dd>
                <a href={`tel:${access.contact.phone.replace(/[^+\d]/g, "")}`}>{access.contact.phone}</a>
              </dd>
            </>
          )}
        </dl>
      )}
      {eraseHref && access.visible && access.contact && (
        <p>
          <Link href={eraseHref}>{t("erase")}</Link>
        </p>
      )}
    </section>
  );
}
