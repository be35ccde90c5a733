import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { localised } from "@/components/municipality-name";
import { countryName } from "@/lib/intl-names";
import { SEARCH_MAX_LENGTH } from "@/lib/catalogue-filters";
import { regionName } from "@/lib/region-names";
import { JOIN_CHOICES, type JoinChoice } from "@/server/memberships/request-membership";

/**
 * Asking to act for a municipality: first find it by name (a GET form, so it works without
 * JavaScript and the name stays in the address), then choose among the matches and ask.
 */
export async function JoinMunicipality({
  locale,
  name,
  found,
  joined,
  action,
}: {
  locale: string;
  /** The name searched for: null before any search, empty when nothing printable was sent. */
  name: string | null;
  found: { choices: JoinChoice[]; more: boolean } | null;
  /** The slugs of the municipalities the person has asked for already: not offered again. */
  joined: ReadonlySet<string>;
  action: (form: FormData) => Promise<void>;
}) {
  const t = await getTranslations("accounts.account.join");
  const tAccount = await getTranslations("accounts.account");
  const tJoin = await getTranslations("join.cta");
  const choices = found?.choices.filter((m) => !joined.has(m.slug)) ?? [];
  const place = (m: JoinChoice) =>
    m.country === "UA"
      ? m.regionSlug || m.regionEn
        ? regionName(locale, { slug: m.regionSlug, nameEn: m.regionEn, nameUk: m.regionUk })
        : null
      : countryName(m.country, locale);
  return (
    <section aria-labelledby="join" className="space-y-3">
      <h2 id="join" className="text-xl font-semibold text-brand-900">
        {t("title")}
      </h2>
      <p>{t("intro")}</p>
      <p>{tJoin.rich("notListed", { link: (chunks) => <Link href="/join">{chunks}</Link> })}</p>
      <form method="get" action="#join" role="search" aria-label={t("findTitle")} className="flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="find" className="field-label">
            {t("findLabel")}
          </label>
          <input id="find" name="find" type="search" defaultValue={name ?? ""} required maxLength={SEARCH_MAX_LENGTH} className="input" />
        </div>
        <button type="submit" className="btn-secondary">
          {t("find")}
        </button>
      </form>
      {name === "" && (
        <p role="status" className="rounded border border-slate-300 bg-slate-50 p-4">
          {t("empty")}
        </p>
      )}
      {found && name && choices.length === 0 && (
        <p role="status" className="rounded border border-slate-300 bg-slate-50 p-4">
          {found.choices.length === 0 ? t("none", { name }) : t("allAsked", { name, yours: tAccount("memberships") })}
        </p>
      )}
      {found && name && choices.length > 0 && (
        <form action={action} className="space-y-3">
          <fieldset aria-describedby={found.more ? "join-more" : undefined}>
            <legend className="field-label">{t("choose", { name })}</legend>
            {found.more && (
              <span id="join-more" className="field-hint">
                {t("more", { count: JOIN_CHOICES })}
              </span>
            )}
            <ul className="mt-2 space-y-1">
              {choices.map((m) => (
                <li key={m.slug}>
                  <label className="flex min-h-8 items-center gap-2">
                    {/* One match is the one the person looked for: chosen already, one click fewer. */}
                    <input type="radio" name="municipality" value={m.slug} required defaultChecked={choices.length === 1} className="size-5" />
                    <span>
                      {localised(locale, m.nameLocal ?? m.nameEn, m.nameUk) ?? m.nameEn}
                      {place(m) && <span className="text-slate-700"> ({place(m)})</span>}
                    </span>
                  </label>
                </li>
              ))}
            </ul>
          </fieldset>
          <button type="submit" className="btn">
            {t("submit")}
          </button>
        </form>
      )}
    </section>
  );
}
