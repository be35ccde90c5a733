import { getTranslations } from "next-intl/server";
import { pairLabel } from "@/lib/interpretation/language-pairs";

type Interpreter = { id: number; name: string; languagePairs: string[] };
type Choice = Interpreter & { match: number; paid: boolean };

type Props = {
  target: "request" | "partnership";
  id: number;
  /** The page's path without locale, where the forms come back to. */
  back: string;
  interpretationNeeded?: boolean;
  interpreters: Interpreter[];
  /** For coordinators: the interpreters they can assign, best match first; null for everyone else. */
  choices: Choice[] | null;
  outcome?: string;
  assign?: (form: FormData) => Promise<void>;
  unassign?: (form: FormData) => Promise<void>;
};

const OUTCOMES = ["assigned", "unassigned", "forbidden", "notFound", "interpreterNotFound", "alreadyAssigned", "invalid"];

/** Who interprets a request or partnership, seen by both sides; coordinators assign and unassign here. */
export async function InterpretationPanel({ target, id, back, interpretationNeeded, interpreters, choices, outcome, assign, unassign }: Props) {
  const t = await getTranslations("interpretation.panel");
  const shown = OUTCOMES.includes(outcome ?? "") ? outcome! : null;
  const ok = shown === "assigned" || shown === "unassigned";
  const hidden = (interpreterId?: number) => (
    <>
      <input type="hidden" name="target" value={target} />
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="back" value={back} />
      {interpreterId !== undefined && <input type="hidden" name="interpreter" value={interpreterId} />}
    </>
  );
  return (
    <section id="interpretation" aria-labelledby="interpretation-title" className="space-y-3">
      <h2 id="interpretation-title" className="text-2xl font-semibold text-brand-900">
        {t("title")}
      </h2>
      {shown && (
        <p
          role={ok ? "status" : "alert"}
          className={`rounded border-2 p-4 ${ok ? "border-emerald-700 bg-emerald-50" : "border-red-700 bg-red-50 font-semibold text-red-900"}`}
        >
          {t(`outcomes.${shown}`)}
        </p>
      )}
      {interpretationNeeded !== undefined && <p>{t(interpretationNeeded ? "needed" : "notNeeded")}</p>}
      {interpreters.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <ul className="list-disc space-y-1 pl-6" aria-label={t("who")}>
          {interpreters.map((i) => (
            <li key={i.id}>
              {t("interpreter", { name: i.name, pairs: i.languagePairs.map(pairLabel).join(", ") })}
              {choices && unassign && (
                <form action={unassign} className="ml-2 inline">
                  {hidden(i.id)}
                  <button type="submit" className="btn-secondary" aria-label={t("unassignNamed", { name: i.name })}>
                    {t("unassign")}
                  </button>
                </form>
              )}
            </li>
          ))}
        </ul>
      )}
      {choices &&
        assign &&
        (choices.length === 0 ? (
          <p>{t("noChoices")}</p>
        ) : (
          <form action={assign} className="flex flex-wrap items-end gap-3">
            {hidden()}
            <div>
              <label htmlFor={`interpreter-${target}`} className="field-label">
                {t("choose")}
              </label>
              <select id={`interpreter-${target}`} name="interpreter" className="input">
                {choices.map((c) => (
                  <option key={c.id} value={c.id}>
                    {t("choice", { name: c.name, pairs: c.languagePairs.map(pairLabel).join(", "), match: c.match })}
                  </option>
                ))}
              </select>
            </div>
            <button type="submit" className="btn">
              {t("assign")}
            </button>
          </form>
        ))}
    </section>
  );
}
