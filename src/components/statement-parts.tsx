import { Link } from "@/i18n/navigation";
import type { ReactNode } from "react";
import { getFormatter, getTranslations } from "next-intl/server";
import { STATEMENT_DATES } from "@/lib/statements";
import { env } from "@/server/env";

/** A titled part of the accessibility statement or the privacy notice. */
export function StatementSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="space-y-3">
      <h2 id={id} className="text-2xl font-semibold text-brand-900">
        {title}
      </h2>
      {children}
    </section>
  );
}

/** The address to write to, as a mail link. */
export async function ContactLine() {
  const t = await getTranslations("statements");
  const tContact = await getTranslations("contact");
  const email = env.CONTACT_EMAIL;
  return (
    <>
      <p>{t.rich("contactLine", { email, link: (chunks) => <a href={`mailto:${email}`}>{chunks}</a> })}</p>
      <p>
        <Link href="/contact">{tContact("link")}</Link>
      </p>
    </>
  );
}

/** When the text was prepared and last reviewed, in the page's date format. */
export async function ReviewDates() {
  const t = await getTranslations("statements");
  const format = await getFormatter();
  const date = (iso: string) => format.dateTime(new Date(`${iso}T12:00:00Z`), { dateStyle: "long" });
  return <p className="text-slate-800">{t("reviewed", { prepared: date(STATEMENT_DATES.prepared), reviewed: date(STATEMENT_DATES.reviewed) })}</p>;
}
