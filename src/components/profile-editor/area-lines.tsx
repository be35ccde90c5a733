"use client";

import { useTranslations } from "next-intl";
import { COOPERATION_AREAS } from "@/lib/cooperation-areas";
import { areaLineField, PROFILE_LIMITS, type AreaDirectionField, type ProfileFieldErrors } from "@/lib/profile-schema";
import { describedBy, FieldError } from "./fields";
import { sectionId } from "./sections";
import { OtherLanguageChanged } from "./text-pairs";

type Line = { area: string; detailEn: string; detailUk: string };

/** Needs or offers: one checkbox per cooperation area, each with its detail line in both languages. */
export function AreaLines({
  direction,
  lines,
  errors,
  changed,
}: {
  direction: AreaDirectionField;
  lines: Line[];
  errors: ProfileFieldErrors;
  /** The English and Ukrainian texts changed in this form so far (text-pairs.tsx). */
  changed: ReadonlySet<string>;
}) {
  const t = useTranslations("profileEditor");
  const tAreas = useTranslations("areas");
  const tReveal = useTranslations("finding.editor");
  const byArea = new Map(lines.map((l) => [l.area, l]));
  return (
    <fieldset id={sectionId(direction)} aria-describedby={describedBy(direction, `${direction}-hint`, errors[direction])} className="space-y-3">
      <legend>
        <h2 className="text-xl font-semibold">{t(`sections.${direction}`)}</h2>
      </legend>
      <span id={`${direction}-hint`} className="field-hint">
        {t("hints.areas", { max: PROFILE_LIMITS.areas.max })} {tReveal("areasReveal")}
      </span>
      <FieldError field={direction} errors={errors[direction]} />
      <ul className="space-y-3">
        {COOPERATION_AREAS.map((area) => {
          const line = byArea.get(area);
          const en = areaLineField(direction, area, "en");
          const uk = areaLineField(direction, area, "uk");
          return (
            // Its detail inputs show only while the area is ticked (globals.css: .area-line), without
            // JavaScript; unticked, they are hidden but keep what was typed, and are ignored on save.
            <li key={area} className="area-line rounded border border-slate-300 p-3">
              <label className="flex min-h-8 items-center gap-2 font-medium">
                <input
                  id={`${direction}-${area}`}
                  type="checkbox"
                  name={direction}
                  value={area}
                  defaultChecked={Boolean(line)}
                  className="area-toggle size-5"
                />
                <span>{tAreas(area)}</span>
              </label>
              {/* A wrapper of its own: the grid utility's display would override the hiding rule (its layer comes later). */}
              <div className="area-details">
                <div className="mt-2 grid gap-3 sm:grid-cols-2">
                  {(
                    [
                      [en, "detailEn", "en"],
                      [uk, "detailUk", "uk"],
                    ] as const
                  ).map(([field, key, lang]) => (
                    <div key={field}>
                      <label htmlFor={field} className="text-sm">
                        {t("fields.areaLine", { area: tAreas(area), field: t(`fields.${key}`) })}
                      </label>
                      <FieldError field={field} errors={errors[field]} />
                      <input
                        id={field}
                        name={field}
                        lang={lang}
                        defaultValue={line?.[key] ?? ""}
                        maxLength={PROFILE_LIMITS.detail.max}
                        aria-invalid={errors[field]?.length ? true : undefined}
                        aria-describedby={describedBy(field, null, errors[field])}
                        className="input"
                      />
                      <OtherLanguageChanged field={field} changed={changed} />
                    </div>
                  ))}
                </div>
              </div>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
