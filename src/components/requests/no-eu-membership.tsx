import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";

/** In place of the request form for a signed-in person who is not (yet) staff of an EU municipality. */
export function NoEuMembership() {
  const t = useTranslations("requests.noMembership");
  const tJoin = useTranslations("join.cta");
  return (
    <section aria-labelledby="no-eu-membership" className="space-y-3 rounded border-2 border-brand-900 p-5">
      <h2 id="no-eu-membership" className="text-xl font-semibold text-brand-900">
        {t("title")}
      </h2>
      <p>{t("text")}</p>
      <p>{tJoin.rich("notListed", { link: (chunks) => <Link href="/join">{chunks}</Link> })}</p>
      <p>
        <Link href="/account">{t("action")}</Link>
      </p>
    </section>
  );
}
