import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { guardPage } from "@/server/auth/guard";
import { can } from "@/server/auth/principal";
import { Link } from "@/i18n/navigation";
import { getOwnAccount } from "@/server/accounts/own-account";
import { findJoinableMunicipalities } from "@/server/memberships/request-membership";
import { localised } from "@/components/municipality-name";
import { SEARCH_MAX_LENGTH, cut, normaliseSearch } from "@/lib/catalogue-filters";
import { getEditorOverviews } from "@/server/requests/editor-overview";
import { EditorOverview } from "@/components/profile-editor/editor-overview";
import { YourData } from "@/components/accounts/your-data";
import { JoinMunicipality } from "@/components/accounts/join-municipality";
import { MyPartnerships } from "@/components/partnerships/my-partnerships";
import { listMyPartnerships } from "@/server/partnerships/mine";
import { MyRequests } from "@/components/requests/my-requests";
import { ClientMessages } from "@/components/client-messages";
import { NOTE_LIMITS } from "@/server/requests/decide";
import {
  answerForHromadaAction,
  requestMembershipAction,
  saveNotificationsAction,
  saveReminderChoicesAction,
  signOutAction,
  updateSettingsAction,
} from "./actions";
import { hasLocale } from "next-intl";
import { routing } from "@/i18n/routing";
import { SettingsForm } from "@/components/accounts/settings-form";
import { NotificationSettings } from "@/components/conversations/notification-settings";
import { ReminderSettings } from "@/components/reminders/reminder-settings";

const NOTICES = ["asked", "unknownMunicipality", "tooMany"] as const;

type Props = PageProps<"/[locale]/account">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "accounts.account" });
  return { title: t("title"), robots: { index: false } };
}

export default async function AccountPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  // The check that counts: the proxy's redirect is only a convenience.
  const { principal, account } = await guardPage(async (p) => ({ principal: p, account: await getOwnAccount(p) }), "signedIn");
  // Deleted between the session's lookup and this one.
  if (!account) notFound();
  const t = await getTranslations("accounts.account");
  const tVoice = await getTranslations("voice.browse");
  const tShortlist = await getTranslations("shortlist");
  const tSaved = await getTranslations("savedSearches");
  const tActing = await getTranslations("acting");
  const query = await searchParams;
  const notice = NOTICES.find((n) => n === query.notice);
  const rawFind = Array.isArray(query.find) ? query.find[0] : query.find;
  // As the catalogue reads its search: printable text only, never half a character.
  // Null before any search; empty when only spaces or control characters were sent.
  const find = rawFind === undefined ? null : cut(normaliseSearch(rawFind), SEARCH_MAX_LENGTH);
  // A refused request may be made again (requestMembership puts it back in the queue).
  const joined = new Set(account.memberships.filter((m) => m.status !== "REJECTED").map((m) => m.municipality.slug));
  const found = find ? await findJoinableMunicipalities(find) : null;
  const editorOverviews = await getEditorOverviews(principal, locale);
  return (
    <div className="max-w-3xl space-y-8">
      <h1 className="text-3xl font-bold text-brand-900">{t("title")}</h1>
      {notice && (
        <p
          role="status"
          className={notice === "asked" ? "rounded border-2 border-emerald-700 bg-emerald-50 p-4" : "rounded border-2 border-red-700 bg-red-50 p-4"}
        >
          {t(`notices.${notice}`)}
        </p>
      )}
      <dl className="grid grid-cols-1 max-sm:[&>dd]:mb-2 sm:grid-cols-[max-content_minmax(0,1fr)] gap-x-6 gap-y-2">
        {account.name && (
          <>
            <dt className="font-semibold">{t("name")}</dt>
            <dd>{account.name}</dd>
          </>
        )}
        {account.jobTitle && (
          <>
            <dt className="font-semibold">{tActing("settings.fields.jobTitle")}</dt>
            <dd>{account.jobTitle}</dd>
          </>
        )}
        <dt className="font-semibold">{t("email")}</dt>
        <dd>{account.email}</dd>
        <dt className="font-semibold">{t("role")}</dt>
        <dd>{t(`roles.${account.role ?? "none"}`)}</dd>
      </dl>
      {can(principal, "shortlist.keepOwn", { type: "user", id: principal.userId }) && (
        <p>
          <Link href="/account/shortlist">{tShortlist("accountLink")}</Link>
        </p>
      )}
      {can(principal, "savedSearch.keepOwn", { type: "user", id: principal.userId }) && (
        <p>
          <Link href="/account/saved-searches">{tSaved("accountLink")}</Link>
        </p>
      )}
      <section aria-labelledby="settings" className="space-y-3">
        <h2 id="settings" className="text-xl font-semibold text-brand-900">
          {tActing("settings.title")}
        </h2>
        <p>{tActing("settings.intro")}</p>
        <ClientMessages namespaces={["acting.settings", "error"]}>
          <SettingsForm
            action={updateSettingsAction}
            current={{
              name: account.name ?? "",
              jobTitle: account.jobTitle ?? "",
              locale: hasLocale(routing.locales, account.locale) ? account.locale : locale,
            }}
          />
        </ClientMessages>
      </section>
      <section aria-labelledby="memberships" className="space-y-3">
        <h2 id="memberships" className="text-xl font-semibold text-brand-900">
          {t("memberships")}
        </h2>
        {account.memberships.length === 0 ? (
          <p>{t("noMemberships")}</p>
        ) : (
          <ul className="list-disc space-y-1 pl-6">
            {account.memberships.map((m) => (
              <li key={m.municipality.slug}>
                {t("membership", {
                  municipality: localised(locale, m.municipality.nameLocal ?? m.municipality.nameEn, m.municipality.nameUk) ?? m.municipality.nameEn,
                  kind: t(`kinds.${m.kind}`),
                  status: t(`status.${m.status}`),
                })}
              </li>
            ))}
          </ul>
        )}
      </section>
      <JoinMunicipality locale={locale} name={find} found={found} joined={joined} action={requestMembershipAction} />
      <MyRequests principal={principal} locale={locale} />
      {editorOverviews.length > 0 && (
        <ClientMessages namespaces={["voice.answer", "error"]}>
          {editorOverviews.map((overview) => (
            <EditorOverview key={overview.municipality.slug} locale={locale} {...overview} answerAction={answerForHromadaAction} limits={NOTE_LIMITS} />
          ))}
          {editorOverviews.some((o) => o.side === "HROMADA") && (
            <p>
              <Link href="/eu-municipalities">{tVoice("findPartner")}</Link>
            </p>
          )}
        </ClientMessages>
      )}
      <MyPartnerships partnerships={await listMyPartnerships(principal)} locale={locale} />
      <NotificationSettings principal={principal} outcome={query.notifications} action={saveNotificationsAction} />
      <ReminderSettings principal={principal} outcome={query.reminders} action={saveReminderChoicesAction} />
      <YourData locale={locale} />
      <form action={signOutAction}>
        <button type="submit" className="btn-secondary">
          {t("signOut")}
        </button>
      </form>
    </div>
  );
}
