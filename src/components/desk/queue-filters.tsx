import { getTranslations } from "next-intl/server";
import { COOPERATION_AREAS } from "@/lib/cooperation-areas";
import { countryName } from "@/lib/intl-names";
import { QUEUE_AGES, QUEUE_INTERPRETATION, QUEUE_STATUSES, type QueueFilter } from "@/server/requests/queue";

type Props = { filter: QueueFilter; choices: { coordinators: { id: string; name: string }[]; countries: string[] }; locale: string };

/** The queue's search and filters: a GET form, so every filtered state is a URL to keep or share. */
export async function QueueFilters({ filter, choices, locale }: Props) {
  const t = await getTranslations("coordinator.queue");
  const tDesk = await getTranslations("desk.filters");
  const tAreas = await getTranslations("areas");
  const field = "min-w-0 w-full";
  const select = (id: string, label: string, value: string, options: { value: string; label: string }[]) => (
    <div className={field}>
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      <select id={id} name={id} defaultValue={value} className="input w-full">
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <form method="get" className="grid grid-cols-1 items-end gap-4 sm:grid-cols-2 lg:grid-cols-4" role="search" aria-label={t("filters")}>
      <div className={`${field} sm:col-span-2`}>
        <label htmlFor="q" className="field-label">
          {tDesk("search")}
        </label>
        <span id="q-hint" className="field-hint">
          {tDesk("searchHint")}
        </span>
        <input id="q" name="q" type="search" defaultValue={filter.q} maxLength={100} aria-describedby="q-hint" className="input w-full" />
      </div>
      {select(
        "status",
        t("statusLabel"),
        filter.status,
        QUEUE_STATUSES.map((s) => ({ value: s, label: s === "undecided" ? tDesk("undecided") : t(`statuses.${s}`) })),
      )}
      {select(
        "age",
        t("ageLabel"),
        filter.age,
        QUEUE_AGES.map((a) => ({ value: a, label: t(`ages.${a}`) })),
      )}
      {select("assignee", tDesk("assignee"), filter.assignee, [
        { value: "any", label: tDesk("anyone") },
        { value: "me", label: tDesk("me") },
        { value: "none", label: tDesk("nobody") },
        ...choices.coordinators.map((c) => ({ value: c.id, label: c.name })),
      ])}
      {select("country", tDesk("country"), filter.country, [
        { value: "", label: tDesk("anyCountry") },
        ...choices.countries
          .filter((c) => c !== "UA")
          .map((c) => ({ value: c, label: countryName(c, locale) }))
          .sort((a, b) => a.label.localeCompare(b.label, locale)),
      ])}
      {select("area", tDesk("area"), filter.area, [{ value: "", label: tDesk("anyArea") }, ...COOPERATION_AREAS.map((a) => ({ value: a, label: tAreas(a) }))])}
      {select(
        "interpretation",
        tDesk("interpretation"),
        filter.interpretation,
        QUEUE_INTERPRETATION.map((i) => ({ value: i, label: tDesk(`interpretations.${i}`) })),
      )}
      <div>
        <button type="submit" className="btn">
          {t("apply")}
        </button>
      </div>
    </form>
  );
}
