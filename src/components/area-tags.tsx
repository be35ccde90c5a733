import { getTranslations } from "next-intl/server";
import type { CooperationAreaSlug } from "@/lib/cooperation-areas";

export async function AreaTags({ label, areas, kind }: { label: string; areas: CooperationAreaSlug[]; kind: "need" | "offer" }) {
  const tAreas = await getTranslations("areas");
  if (areas.length === 0) return null;
  return (
    <div className="mt-2 flex flex-wrap items-center gap-1 text-sm">
      <span className="font-medium">{label}:</span>
      <ul className="contents">
        {areas.map((area) => (
          <li key={area} className={kind === "need" ? "tag-need" : "tag-offer"}>
            {tAreas(area)}
          </li>
        ))}
      </ul>
    </div>
  );
}
