import { getTranslations } from "next-intl/server";
import type { CooperationAreaSlug } from "@/lib/cooperation-areas";
import { chooseText, type ShownText, type TextsByLanguage } from "@/lib/profile-languages";
import { FallbackNotice, MachineTranslatedLabel } from "./profile-text";

type Line = { area: CooperationAreaSlug; detail: TextsByLanguage };

export async function AreaLines({
  id,
  title,
  lines,
  locale,
  machineTranslated,
  kind,
  empty,
  fallbackNotice,
}: {
  id: string;
  title: string;
  lines: Line[];
  locale: string;
  /** The profile's languages whose texts are machine translations. */
  machineTranslated: readonly string[];
  kind: "need" | "offer";
  empty: string;
  /** The profile's texts, when the one "shown in English" notice of the page goes above this list (the profile page decides where). */
  fallbackNotice: (ShownText | null)[] | null;
}) {
  const tAreas = await getTranslations("areas");
  const t = await getTranslations("profileLanguages");
  const shown = lines.map((line) => ({ area: line.area, detail: chooseText(line.detail, locale, machineTranslated) }));
  return (
    <section aria-labelledby={id}>
      <h2 id={id} className="mb-2 text-2xl font-semibold">
        {title}
      </h2>
      {fallbackNotice && <FallbackNotice shown={fallbackNotice} locale={locale} />}
      {lines.length === 0 ? (
        <p>{empty}</p>
      ) : (
        <ul className="space-y-3">
          {shown.map(({ area, detail }) => (
            <li key={area}>
              <span className={kind === "need" ? "tag-need" : "tag-offer"}>{tAreas(area)}</span>
              {detail && (
                <p className="mt-1">
                  <span lang={detail.language}>{detail.text}</span>
                  {detail.machineTranslated && (
                    <>
                      {" "}
                      <MachineTranslatedLabel label={t("machineTranslated")} />
                    </>
                  )}
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
