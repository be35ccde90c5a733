import { getTranslations } from "next-intl/server";

export async function SiteFooter({ demo }: { demo: boolean }) {
  const t = await getTranslations("site.footer");
  return (
    <footer className="mt-12 border-t border-slate-300 bg-slate-50 text-sm text-slate-800">
      <div className="mx-auto max-w-6xl space-y-2 px-4 py-6">
        <p>{t("organisers")}</p>
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
