import { getTranslations } from "next-intl/server";
import type { MatchReason } from "@/lib/search/explain";
import type { SearchTerms } from "@/lib/search/query";
import { Highlighted } from "./highlighted";

/** Why a search result matched, when its name does not show it: "Matched in needs — Water supply: …". */
export async function MatchReasonLine({ reason, terms }: { reason: MatchReason; terms: SearchTerms | null }) {
  const t = await getTranslations("search.match");
  const tAreas = await getTranslations("areas");
  const label = reason.kind === "need" || reason.kind === "offer" ? t(reason.kind, { area: tAreas(reason.area) }) : t(reason.kind);
  return (
    <p className="mt-1 text-sm text-slate-800">
      <span className="font-medium">{label}</span>
      {reason.text && (
        <>
          {": "}
          <Highlighted text={reason.text} terms={terms} />
        </>
      )}
    </p>
  );
}
