import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";

export async function SiteFooter({ demo }: { demo: boolean }) {
  const t = await getTranslations("site.footer");
  const tStatements = await getTranslations("statements.footer");
  const tNetwork = await getTranslations("network");
  const tContact = await getTranslations("contact");
  const tOpenData = await getTranslations("openData");
  return (
    <footer className="mt-12 border-t border-slate-300 bg-slate-50 text-sm text-slate-800">
      <div className="mx-auto max-w-6xl space-y-2 px-4 py-6">
        <p>{t("organisers")}</p>
        <ul className="flex flex-wrap gap-x-6 gap-y-2">
          <li>
            <Link href="/network">{tNetwork("footerLink")}</Link>
          </li>
          <li>
            <Link href="/statistics">{tOpenData("footerLink")}</Link>
          </li>
          <li>
            <Link href="/accessibility">{tStatements("accessibility")}</Link>
          </li>
          <li>
            <Link href="/privacy">{tStatements("privacy")}</Link>
          </li>
          <li>
            <Link href="/contact">{tContact("link")}</Link>
          </li>
        </ul>
        {demo && (
          <p>
            {t.rich("geonames", {
              link: (chunks) => <a href="https://www.geonames.org/">{chunks}</a>,
              licence: (chunks) => <a href="https://creativecommons.org/licenses/by/4.0/">{chunks}</a>,
            })}
          </p>
        )}
      </div>
    </footer>
  );
}
