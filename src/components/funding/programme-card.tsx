import { dataLanguage, InLanguage } from "@/components/in-language";
import { getFormatter, getTranslations } from "next-intl/server";
import type { FundingProgramme } from "@/lib/funding/types";
import type { CallStatus } from "@/lib/funding/call-status";
import { countryName } from "@/lib/intl-names";
import { describeCountries } from "./describe";
import { FactList } from "@/components/fact-list";

/**
 * One programme's facts, with its source. `regionNames` names Ukraine's regions by slug in the
 * page's language; `status` says whether a call is open today (callStatus, on the server's clock).
 */
export async function ProgrammeCard({
  programme: p,
  locale,
  regionNames,
  status,
}: {
  programme: FundingProgramme;
  locale: string;
  regionNames: Map<string, string>;
  status: CallStatus;
}) {
  const t = await getTranslations("funding");
  const tAreas = await getTranslations("areas");
  const format = await getFormatter();
  const lang = dataLanguage(locale);
  const data = (text: string) => (
    <InLanguage lang={lang} page={locale}>
      {text}
    </InLanguage>
  );
  const euro = (n: number) => format.number(n, { style: "currency", currency: "EUR", maximumFractionDigits: 0 });
  const list = (items: string[]) => new Intl.ListFormat(locale, { type: "conjunction" }).format(items);
  const date = (iso: string) => format.dateTime(new Date(`${iso}T12:00:00Z`), { dateStyle: "long" });

  const { min, max } = p.amount;
  const amount =
    min !== null && max !== null
      ? t("amount.range", { min: euro(min), max: euro(max) })
      : min !== null
        ? t("amount.from", { min: euro(min) })
        : max !== null
          ? t("amount.upTo", { max: euro(max) })
          : p.amount.note
            ? null
            : t("amount.none");

  const deadline =
    p.deadline.kind === "rolling" ? (
      t("deadline.rolling")
    ) : p.deadline.kind === "closed" ? (
      <>
        {t("deadline.closed")}. {data(p.deadline.note[lang])}
      </>
    ) : (
      <>
        {data(p.deadline.note[lang])}
        {p.deadline.lastKnown && (
          <>
            {" "}
            {status === "passed" ? t("deadline.passed", { date: date(p.deadline.lastKnown) }) : t("deadline.lastKnown", { date: date(p.deadline.lastKnown) })}
          </>
        )}
      </>
    );

  const oblasts = p.rules.ukrainianRegions === "all" ? t("oblastsAll") : list(p.rules.ukrainianRegions.map((slug) => regionNames.get(slug) ?? slug));

  const range = (l: { min?: number; max?: number }) =>
    l.min !== undefined && l.max !== undefined
      ? t("amount.range", { min: format.number(l.min), max: format.number(l.max) })
      : l.min !== undefined
        ? t("amount.from", { min: format.number(l.min) })
        : t("amount.upTo", { max: format.number(l.max ?? 0) });
  const limits = [
    p.rules.partnerPopulation && t("limits.partner", { range: range(p.rules.partnerPopulation) }),
    p.rules.ukrainianPopulation && t("limits.ukrainian", { range: range(p.rules.ukrainianPopulation) }),
  ].filter(Boolean) as string[];

  const facts: [string, React.ReactNode][] = [
    [t("facts.funder"), data(p.funder[lang])],
    [t("facts.areas"), list(p.areas.map((a) => tAreas(a)))],
    [
      t("facts.amount"),
      <>
        {amount}
        {amount && p.amount.note && " · "}
        {p.amount.note && data(p.amount.note[lang])} <em className="text-slate-700">{t("indicative")}</em>
      </>,
    ],
    [t("facts.deadline"), deadline],
    [t("facts.partnerCountries"), describeCountries(p.rules.partnerCountries, locale, t)],
    [t("facts.oblasts"), oblasts],
    [
      t("facts.partners"),
      <>
        {t("partners", { minPartners: p.rules.minPartners, minCountries: p.rules.minCountries, minEu: p.rules.minEuMemberStates })}
        {p.rules.notCounted && <> {t("notCounted", { countries: list(p.rules.notCounted.map((c) => countryName(c, locale))) })}</>}
      </>,
    ],
    [t("facts.applicant"), t(`applicant.${p.rules.applicant}`)],
  ];
  if (limits.length > 0) facts.push([t("facts.limits"), limits.join("; ")]);
  if (p.rulesNote) facts.push([t("facts.notes"), data(p.rulesNote[lang])]);
  facts.push([
    t("facts.source"),
    <a key="s" href={p.sourceUrl} rel="noopener noreferrer" className="break-all">
      {p.sourceUrl}
      <span className="sr-only"> ({t("sourceLink", { name: p.name[lang] })})</span>
    </a>,
  ]);
  facts.push([t("facts.lastChecked"), date(p.lastChecked)]);

  return (
    <article id={p.slug} aria-labelledby={`${p.slug}-name`} className="scroll-mt-4 rounded border border-slate-300 p-4">
      <h3 id={`${p.slug}-name`} className="text-xl font-semibold">
        {data(p.name[lang])}
        <span className={`${status === "open" || status === "recurring" ? "tag-offer" : "tag"} ml-2 align-middle`}>{t(`callStatus.${status}`)}</span>
      </h3>
      <p className="mt-2 max-w-3xl" lang={lang === locale ? undefined : lang}>
        {p.description[lang]}
      </p>
      <FactList facts={facts} className="mt-3" />
    </article>
  );
}
