import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { currentPrincipal } from "@/server/auth/session";
import { getOwnAccount } from "@/server/accounts/own-account";
import { searchGazetteer, GAZETTEER_CHOICES } from "@/server/join/gazetteer";
import { listOwnProposals } from "@/server/join/queue";
import { JOIN_COUNTRIES, isJoinCountry } from "@/lib/countries";
import { SEARCH_MAX_LENGTH, cut, normaliseSearch } from "@/lib/catalogue-filters";
import { countriesByName, countryName } from "@/lib/intl-names";
import { FilterSelect } from "@/components/form/filter-select";
import { JoinForm } from "@/components/join/join-form";
import { ClientMessages } from "@/components/client-messages";
import { proposeMunicipalityAction } from "./actions";

type Props = PageProps<"/[locale]/join">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "join.page" });
  return { title: t("title") };
}

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/**
 * Proposing a municipality that is not in the portal: find it in the gazetteer (a GET form, so it
 * works without JavaScript and the search stays in the address), or type it, and say who you are.
 * Only for the signed-in: the sign-in address is the official e-mail the coordinators check.
 */
export default async function JoinPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("join.page");
  const format = await getFormatter();
  const principal = await currentPrincipal();
  const intro = (
    <>
      <h1 className="text-3xl font-bold text-brand-900">{t("title")}</h1>
      <p>{t("intro")}</p>
    </>
  );
  if (!principal) {
    return (
      <div className="max-w-3xl space-y-6">
        {intro}
        <p>{t("signInWhy")}</p>
        <p>
          <Link href={`/sign-in?callbackUrl=${encodeURIComponent(`/${locale}/join`)}`} className="btn">
            {t("signIn")}
          </Link>
        </p>
      </div>
    );
  }
  const query = await searchParams;
  const rawQ = first(query.q);
  // Null before any search; empty when only spaces or control characters were sent.
  const q = rawQ === undefined ? null : cut(normaliseSearch(rawQ), SEARCH_MAX_LENGTH);
  const rawCountry = (first(query.country) ?? "").toUpperCase();
  const country = isJoinCountry(rawCountry) ? rawCountry : "";
  const found = q ? searchGazetteer(q, country || undefined) : null;
  const [account, own] = await Promise.all([getOwnAccount(principal), listOwnProposals(principal)]);
  const countries = countriesByName(JOIN_COUNTRIES, locale);
  const places = (found?.places ?? []).map((p) => ({
    value: String(p.geonamesId),
    label: t("placeLabel", { name: p.name, country: countryName(p.country, locale), population: format.number(p.population) }),
  }));
  return (
    <div className="max-w-3xl space-y-8">
      {intro}
      {own.length > 0 && (
        <section aria-labelledby="yours" className="space-y-2">
          <h2 id="yours" className="text-xl font-semibold text-brand-900">
            {t("yours")}
          </h2>
          <ul className="list-disc space-y-1 pl-6">
            {own.map((p) => (
              <li key={p.id}>
                {t("yourProposal", { name: p.name, country: countryName(p.country, locale), status: t(`statuses.${p.status}`) })}
                {p.status === "REJECTED" && p.reason && <span className="block text-slate-800">{t("reason", { reason: p.reason })}</span>}
                {p.municipality && (
                  <>
                    {" "}
                    <Link href={`/municipalities/${p.municipality.slug}/edit`}>{t("complete")}</Link>
                  </>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="find" className="space-y-3">
        <h2 id="find" className="text-xl font-semibold text-brand-900">
          {t("findTitle")}
        </h2>
        <form method="get" action="#find" role="search" aria-label={t("findTitle")} className="flex flex-wrap items-end gap-3">
          <div>
            <label htmlFor="q" className="field-label">
              {t("findLabel")}
            </label>
            <input id="q" name="q" type="search" defaultValue={q ?? ""} required maxLength={SEARCH_MAX_LENGTH} className="input" />
          </div>
          <FilterSelect id="find-country" name="country" label={t("countryLabel")} anyLabel={t("anyCountry")} value={country} options={countries} />
          <button type="submit" className="btn-secondary">
            {t("find")}
          </button>
        </form>
        {q === "" && (
          <p role="status" className="rounded border border-slate-300 bg-slate-50 p-4">
            {t("empty")}
          </p>
        )}
        {q && found && (
          <p role="status" className="rounded border border-slate-300 bg-slate-50 p-4">
            {found.places.length === 0
              ? t("none", { name: q })
              : found.more
                ? t("more", { name: q, count: GAZETTEER_CHOICES })
                : t("found", { name: q, count: found.places.length })}
          </p>
        )}
      </section>
      <section aria-labelledby="propose" className="space-y-3">
        <h2 id="propose" className="text-xl font-semibold text-brand-900">
          {t("proposeTitle")}
        </h2>
        <ClientMessages namespaces={["join.form", "error"]}>
          <JoinForm
            action={proposeMunicipalityAction}
            places={places}
            countries={countries}
            email={principal.email}
            initial={{ requesterName: account?.name ?? "" }}
          />
        </ClientMessages>
        <p className="text-sm text-slate-800">{t("attribution")}</p>
      </section>
    </div>
  );
}
