import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { ShortlistNotice } from "./notice";

/**
 * On a hromada's profile, for EU staff: add it to their shortlist or take it off, with a link to
 * the shortlist. A plain form posting to the shortlist's server action: works without JavaScript.
 */
export async function ShortlistToggle({
  slug,
  name,
  shortlisted,
  back,
  notice,
  action,
}: {
  slug: string;
  name: string;
  shortlisted: boolean;
  /** The catalogue's query the profile's way back keeps, carried through the action's redirect. */
  back: string;
  notice: string | string[] | undefined;
  action: (form: FormData) => Promise<void>;
}) {
  const t = await getTranslations("shortlist");
  return (
    <section aria-labelledby="shortlist-heading" className="space-y-2">
      <h2 id="shortlist-heading" className="sr-only">
        {t("title")}
      </h2>
      <ShortlistNotice notice={notice} />
      <form action={action} className="flex flex-wrap items-center gap-3">
        <input type="hidden" name="municipality" value={slug} />
        <input type="hidden" name="op" value={shortlisted ? "remove" : "add"} />
        <input type="hidden" name="from" value="profile" />
        <input type="hidden" name="back" value={back} />
        {shortlisted && <span className="font-semibold">{t("onShortlist")}</span>}
        <button type="submit" className="btn-secondary">
          {shortlisted ? t("remove", { name }) : t("add", { name })}
        </button>
        <Link href="/account/shortlist">{t("open")}</Link>
      </form>
    </section>
  );
}
