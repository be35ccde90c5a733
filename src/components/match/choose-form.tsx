import { getTranslations } from "next-intl/server";
import { countryName } from "@/lib/intl-names";
import { euMunicipalityName } from "./names";

type Option = { slug: string; nameEn: string; nameUk?: string | null; nameLocal: string | null; country: string };

/** Chooses the EU municipality to suggest partners for: a GET form, so the choice lands in the URL. */
export async function ChooseMunicipalityForm({
  municipalities,
  locale,
  preselected,
}: {
  municipalities: Option[];
  locale: string;
  preselected: string | null;
}) {
  const t = await getTranslations("match.choose");
  const tMore = await getTranslations("finding.match.choose");
  if (municipalities.length === 0) return <p>{t("empty")}</p>;
  const byCountry = new Map<string, Option[]>();
  for (const m of municipalities) byCountry.set(m.country, [...(byCountry.get(m.country) ?? []), m]);
  const groups = [...byCountry.entries()]
    .map(([code, items]) => ({ code, name: countryName(code, locale), items }))
    .sort((a, b) => a.name.localeCompare(b.name, locale));
  return (
    <form method="get" className="max-w-xl space-y-3 rounded border border-slate-300 bg-slate-50 p-4">
      <div>
        <label htmlFor="for" className="field-label">
          {t("label")}
        </label>
        <span id="for-hint" className="field-hint">
          {t("hint")}
          {preselected && ` ${tMore("yours")}`}
        </span>
        {/* The signed-in person's own municipality is chosen already: they usually ask for it. */}
        <select id="for" name="for" required defaultValue={preselected ?? ""} aria-describedby="for-hint" className="input">
          <option value="" disabled>
            {t("placeholder")}
          </option>
          {groups.map((g) => (
            <optgroup key={g.code} label={g.name}>
              {g.items.map((m) => (
                <option key={m.slug} value={m.slug}>
                  {euMunicipalityName({ nameEn: m.nameEn, nameUk: m.nameUk ?? null, nameLocal: m.nameLocal }, locale)}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </div>
      <button type="submit" className="btn">
        {t("submit")}
      </button>
    </form>
  );
}
