import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { MunicipalityName, localised } from "@/components/municipality-name";
import { ProfilePartnerships } from "@/components/profile/partnerships";
import { regionName } from "@/lib/region-names";
import type { RegisterEntryPage } from "@/server/municipalities/profile";

/** The page of a hromada of the register before anyone from it has published a profile. */
type Props = {
  entry: RegisterEntryPage;
  locale: string;
  /** What the interest form did, from the address it came back to. */
  interestNotice: "sent" | "notAllowed" | "notFound" | "onPortal" | null;
  interestCount: number;
  action: (form: FormData) => Promise<void>;
  /** Whether the visitor may edit the profile (only a link: the editor checks again). */
  mayEdit: boolean;
  /** The network membership line, when a member. */
  membership?: React.ReactNode;
};

export async function RegisterEntryView({ entry, locale, interestNotice, interestCount, action, mayEdit, membership }: Props) {
  const t = await getTranslations("profile");
  const tr = await getTranslations("profile.register");
  const tType = await getTranslations("hromadaType");
  const format = await getFormatter();
  const date = (d: Date) => format.dateTime(d, { dateStyle: "long", timeZone: "UTC" });
  const occupied = entry.occupiedSince !== null || (entry.region?.occupied ?? false);
  const facts: [string, React.ReactNode][] = [
    [
      tr("officialName"),
      <span key="o" lang="uk">
        {entry.officialNameUk ?? entry.nameUk}
      </span>,
    ],
    [tr("oblast"), entry.region ? regionName(locale, entry.region) : "—"],
    [tr("raion"), entry.raionEn ? localised(locale, entry.raionEn, entry.raionUk) : "—"],
    [tr("code"), <code key="k">{entry.katottg}</code>],
    [tr("type"), entry.hromadaType ? tType(entry.hromadaType) : tr("typeUnknown")],
  ];
  return (
    <article className="space-y-8" aria-labelledby="profile-name">
      <nav aria-label={t("breadcrumb")}>
        <Link href="/municipalities">{t("backToCatalogue")}</Link>
      </nav>
      <header className="space-y-2">
        <h1 id="profile-name" className="text-3xl font-bold text-brand-900">
          <MunicipalityName nameEn={entry.nameEn} nameUk={entry.nameUk} locale={locale} />
        </h1>
        <p className="text-lg font-semibold text-slate-800">{tr("notYetOnPortal")}</p>
        <p className="max-w-3xl">{tr("intro")}</p>
        {membership}
        {entry.leftRegisterAt && <p className="rounded border border-amber-600 bg-amber-50 p-3">{tr("leftRegister", { date: date(entry.leftRegisterAt) })}</p>}
        {occupied && (
          <p className="rounded border border-slate-400 bg-slate-50 p-3">
            {entry.occupiedSince ? tr("occupiedSince", { date: date(entry.occupiedSince) }) : tr("occupied")}
          </p>
        )}
        {!occupied && entry.frontlineSince && (
          <p className="rounded border border-slate-400 bg-slate-50 p-3">{tr("frontlineSince", { date: date(entry.frontlineSince) })}</p>
        )}
        {mayEdit && (
          <p>
            <Link href={`/municipalities/${entry.slug}/edit`} className="btn">
              {tr("writeProfile")}
            </Link>
          </p>
        )}
      </header>

      <section aria-labelledby="facts">
        <h2 id="facts" className="mb-2 text-2xl font-semibold">
          {tr("facts")}
        </h2>
        <dl className="grid max-w-3xl gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
          {facts.map(([label, value]) => (
            <div key={label} className="contents">
              <dt className="font-semibold">{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      </section>

      <section aria-labelledby="yours" className="max-w-3xl space-y-2 rounded border border-brand-700 p-4">
        <h2 id="yours" className="text-xl font-semibold">
          {tr("yoursTitle")}
        </h2>
        <p>{tr("yoursBody")}</p>
        <p>
          <Link href={`/account?find=${encodeURIComponent(entry.nameEn)}`} className="btn">
            {tr("yoursAction")}
          </Link>
        </p>
      </section>

      <section id="interest" aria-labelledby="interest-title" className="max-w-3xl space-y-2 rounded border border-slate-400 p-4">
        <h2 id="interest-title" className="text-xl font-semibold">
          {tr("interestTitle")}
        </h2>
        {interestNotice && (
          <p
            role={interestNotice === "sent" ? "status" : "alert"}
            className={interestNotice === "sent" ? "font-semibold text-emerald-900" : "font-semibold text-red-800"}
          >
            {tr(`interestNotice.${interestNotice}`)}
            {interestNotice === "notAllowed" && (
              <>
                {" "}
                <Link href="/account">{tr("interestAccount")}</Link>
              </>
            )}
          </p>
        )}
        <p>{tr("interestBody")}</p>
        <p>{tr("interestCount", { count: interestCount })}</p>
        <form action={action}>
          <input type="hidden" name="municipality" value={entry.slug} />
          <button type="submit" className="btn-secondary">
            {tr("interestAction")}
          </button>
        </form>
      </section>

      <ProfilePartnerships
        locale={locale}
        partnerships={entry.ukrainianPartnerships.map((p) => ({
          ...p,
          partner: { name: p.euMunicipality.nameLocal ?? p.euMunicipality.nameEn, country: p.euMunicipality.country },
        }))}
      />
    </article>
  );
}
