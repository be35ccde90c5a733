import { getLocale, getTranslations } from "next-intl/server";
import { InLanguage } from "@/components/in-language";
import type { MatchReason } from "@/lib/search/explain";
import type { SearchTerms } from "@/lib/search/query";
import { Highlighted } from "./highlighted";

/** Why a search result matched, when its name does not show it: "Matched in needs — Water supply: …". */
export async function MatchReasonLine({ reason, terms }: { reason: MatchReason; terms: SearchTerms | null }) {
  const t = await getTranslations("search.match");
  const tAreas = await getTranslations("areas");
  const locale = await getLocale();
  const label = reason.kind === "need" || reason.kind === "offer" ? t(reason.kind, { area: tAreas(reason.area) }) : t(reason.kind);
  return (
    <p className="mt-1 text-sm text-slate-800">
      <span className="font-medium">{label}</span>
      {reason.text && (
        <>
          {": "}
          <InLanguage lang={textLanguage(reason.text)} page={locale}>
            <Highlighted text={reason.text} terms={terms} />
          </InLanguage>
        </>
      )}
    </p>
  );
}

/** The portal keeps names, places and profile texts in English (Latin letters) and Ukrainian (Cyrillic). */
function textLanguage(text: string): "en" | "uk" {
  return /\p{Script=Cyrillic}/u.test(text) ? "uk" : "en";
}
