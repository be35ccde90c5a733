import { getTranslations } from "next-intl/server";
import type { Principal } from "@/server/auth/principal";
import { REMINDER_KINDS, reminderChoices } from "@/server/notifications/mail-choices";

type Props = { principal: Principal; outcome: string | string[] | undefined; action: (form: FormData) => Promise<void> };
const OUTCOMES = ["saved", "badKind", "forbidden", "unexpected"] as const;

/** On the account page: which reminders the person gets; where a kind stopped by an unsubscribe link is switched back on. Works without JavaScript. */
export async function ReminderSettings({ principal, outcome: raw, action }: Props) {
  const choices = await reminderChoices(principal);
  const t = await getTranslations("reminders.settings");
  const outcome = OUTCOMES.find((o) => o === raw);
  return (
    <section id="reminders" aria-labelledby="reminders-title" className="space-y-3">
      <h2 id="reminders-title" className="text-xl font-semibold text-brand-900">
        {t("title")}
      </h2>
      {outcome && (
        <p
          role={outcome === "saved" ? "status" : "alert"}
          className={
            outcome === "saved"
              ? "rounded border-2 border-emerald-700 bg-emerald-50 p-3"
              : "rounded border-2 border-red-700 bg-red-50 p-3 font-semibold text-red-900"
          }
        >
          {outcome === "saved" ? t("saved") : t(`errors.${outcome}`)}
        </p>
      )}
      <form action={action} className="space-y-3">
        <fieldset className="space-y-2">
          <legend className="field-label">{t("legend")}</legend>
          {REMINDER_KINDS.map((kind) => (
            <div key={kind} className="flex items-start gap-2">
              <input type="checkbox" id={`reminder-${kind}`} name="kinds" value={kind} defaultChecked={choices[kind]} className="mt-1 size-5 shrink-0" />
              <label htmlFor={`reminder-${kind}`}>{t(`labels.${kind}`)}</label>
            </div>
          ))}
        </fieldset>
        <button type="submit" className="btn-secondary">
          {t("submit")}
        </button>
      </form>
    </section>
  );
}
