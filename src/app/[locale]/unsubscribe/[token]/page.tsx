import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { unsubscribeLink } from "@/server/notifications/mail-choices";
import { unsubscribeAction } from "./actions";

type Props = PageProps<"/[locale]/unsubscribe/[token]">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "reminders.unsubscribe" });
  return { title: t("title"), robots: { index: false }, referrer: "no-referrer" };
}

/**
 * /{locale}/unsubscribe/{token}: the link at the foot of every reminder. Without signing in it
 * says which mails it stops and asks for one click (a form POST: mail scanners that fetch links
 * do not unsubscribe anyone), then confirms, with the way back in the account settings.
 */
export default async function UnsubscribePage({ params, searchParams }: Props) {
  const { locale, token } = await params;
  setRequestLocale(locale);
  const query = await searchParams;
  const t = await getTranslations("reminders.unsubscribe");
  const tKinds = await getTranslations("reminders.kinds");
  const link = await unsubscribeLink(token);
  if (!link || query.invalid) {
    return (
      <div className="max-w-3xl space-y-4">
        <h1 className="text-3xl font-bold text-brand-900">{t("invalidTitle")}</h1>
        <p>{t("invalid")}</p>
        <p>
          <Link href="/account#reminders">{t("accountLink")}</Link>
        </p>
      </div>
    );
  }
  const what = tKinds(link.kind);
  return (
    <div className="max-w-3xl space-y-4">
      <h1 className="text-3xl font-bold text-brand-900">{t("title")}</h1>
      {query.failed && (
        <p role="alert" className="rounded border-2 border-red-700 bg-red-50 p-3 font-semibold text-red-900">
          {t("unexpected")}
        </p>
      )}
      {link.stopped ? (
        <>
          <p role="status" className="rounded border-2 border-emerald-700 bg-emerald-50 p-3">
            {query.done ? t("done", { what }) : t("already", { what })}
          </p>
          <p>
            {t("switchBack")} <Link href="/account#reminders">{t("accountLink")}</Link>
          </p>
        </>
      ) : (
        <>
          <p>{t("intro", { what })}</p>
          <p>{t("question")}</p>
          <form action={unsubscribeAction}>
            <input type="hidden" name="token" value={token} />
            <button type="submit" className="btn">
              {t("submit")}
            </button>
          </form>
        </>
      )}
    </div>
  );
}
