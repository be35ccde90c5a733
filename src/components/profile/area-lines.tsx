import { getTranslations } from "next-intl/server";
import type { CooperationAreaSlug } from "@/lib/cooperation-areas";
import { localised } from "@/components/municipality-name";

type Line = { area: CooperationAreaSlug; detailEn: string | null; detailUk: string | null };

export async function AreaLines({
  id,
  title,
  lines,
  locale,
  kind,
  empty,
}: {
  id: string;
  title: string;
  lines: Line[];
  locale: string;
  kind: "need" | "offer";
  empty: string;
}) {
  const tAreas = await getTranslations("areas");
  return (
    <section aria-labelledby={id}>
      <h2 id={id} className="mb-2 text-2xl font-semibold">
        {title}
      </h2>
      {lines.length === 0 ? (
        <p>{empty}</p>
      ) : (
        <ul className="space-y-3">
          {lines.map((line) => (
            <li key={line.area}>
              <span className={kind === "need" ? "tag-need" : "tag-offer"}>{tAreas(line.area)}</span>
              {localised(locale, line.detailEn, line.detailUk) && (
                <p className="mt-1">{localised(locale, line.detailEn, line.detailUk)}</p>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
