import { getTranslations } from "next-intl/server";
import { ACTIVE_STAGES, type Stage } from "@/lib/partnership-stages";

/** The stages as an ordered list, the current one marked for every user (aria-current="step"). */
export async function StageSteps({ stage }: { stage: Stage }) {
  const t = await getTranslations("partnerships.steps");
  const tStage = await getTranslations("stage");
  const current = ACTIVE_STAGES.indexOf(stage as (typeof ACTIVE_STAGES)[number]);
  const steps: Stage[] = stage === "ENDED" ? [...ACTIVE_STAGES, "ENDED"] : [...ACTIVE_STAGES];
  return (
    <ol className="flex flex-wrap gap-2" aria-label={t("label")}>
      {steps.map((s, i) => {
        const isCurrent = s === stage;
        const done = current >= 0 && i < current;
        return (
          <li
            key={s}
            aria-current={isCurrent ? "step" : undefined}
            className={
              isCurrent
                ? "rounded border-2 border-brand-900 bg-brand-900 px-3 py-1 font-semibold text-white"
                : done
                  ? "rounded border border-slate-500 bg-slate-100 px-3 py-1 text-slate-900"
                  : "rounded border border-dashed border-slate-500 px-3 py-1 text-slate-800"
            }
          >
            {tStage(s)}
            {isCurrent && <span className="sr-only"> ({t("current")})</span>}
            {done && <span className="sr-only"> ({t("done")})</span>}
          </li>
        );
      })}
    </ol>
  );
}
