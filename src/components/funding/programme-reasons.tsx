import { dataLanguage, InLanguage } from "@/components/in-language";
import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { Eligibility } from "@/lib/funding/eligibility";
import { reasonTexts } from "./describe";

/** Qualifying programmes, each a link to its entry in the catalogue with the reasons it fits. */
export async function ProgrammeReasons({
  fitting,
  locale,
  ukrainianRegionName,
  className = "space-y-2",
}: {
  fitting: Eligibility[];
  locale: string;
  ukrainianRegionName: string | null;
  className?: string;
}) {
  const t = await getTranslations("funding");
  const tAreas = await getTranslations("areas");
  return (
    <ul className={className}>
      {fitting.map(({ programme, reasons }) => (
        <li key={programme.slug}>
          <Link href={`/funding#${programme.slug}`} className="font-medium">
            <InLanguage lang={dataLanguage(locale)} page={locale}>
              {programme.name[dataLanguage(locale)]}
            </InLanguage>
          </Link>
          <span className="block text-sm text-slate-800">{reasonTexts(reasons, programme, { locale, ukrainianRegionName, t, tAreas }).join("; ")}</span>
        </li>
      ))}
    </ul>
  );
}
