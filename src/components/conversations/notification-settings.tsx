import { getTranslations } from "next-intl/server";
import type { Principal } from "@/server/auth/principal";
import { DELIVERIES, messageDelivery } from "@/server/conversations/preferences";

type Props = { principal: Principal; outcome: string | string[] | undefined; action: (form: FormData) => Promise<void> };
const OUTCOMES = ["saved", "badDelivery", "unexpected"] as const;

/** On the account page: how the person hears of new messages (at once, a daily digest, not at all). Works without JavaScript. */
export async function NotificationSettings({ principal, outcome: raw, action }: Props) {
  const current = await messageDelivery(principal);
  const t = await getTranslations("conversations.settings");
  const outcome = OUTCOMES.find((o) => o === raw);
  return (
    <section id="notifications" aria-labelledby="notifications-title" className="space-y-3">
      <h2 id="notifications-title" className="text-xl font-semibold text-brand-900">
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
          {DELIVERIES.map((d) => (
            <div key={d} className="flex items-start gap-2">
              <input type="radio" id={`delivery-${d}`} name="delivery" value={d} defaultChecked={d === current} className="mt-1 size-5" />
              <label htmlFor={`delivery-${d}`}>{t(d)}</label>
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
