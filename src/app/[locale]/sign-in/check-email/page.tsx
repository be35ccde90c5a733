import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { demoMode } from "@/server/env";
import { pendingSignIn } from "@/server/auth/pending-sign-in";
import { ClientMessages } from "@/components/client-messages";
import { ResendSignInForm } from "@/components/accounts/resend-sign-in-form";
import { requestSignInLinkAction } from "../actions";

type Props = PageProps<"/[locale]/sign-in/check-email">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "accounts.checkEmail" });
  return { title: t("title"), robots: { index: false } };
}

/** After a sign-in link was sent: to which address, how to have it sent again, or to use another address. */
export default async function CheckEmailPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("accounts");
  const tActing = await getTranslations("acting.checkEmail");
  const resent = (await searchParams).resent === "1";
  const pending = await pendingSignIn();
  const signInAgain = pending?.callbackUrl ? `/sign-in?callbackUrl=${encodeURIComponent(pending.callbackUrl)}` : "/sign-in";
  return (
    <div className="max-w-2xl space-y-4">
      <h1 className="text-3xl font-bold text-brand-900">{t("checkEmail.title")}</h1>
      {resent && pending && (
        <p role="status" className="rounded border-2 border-emerald-700 bg-emerald-50 p-4">
          {tActing("resent", { email: pending.email })}
        </p>
      )}
      {pending ? <p>{tActing.rich("sentTo", { email: pending.email, strong: (chunks) => <strong className="break-all">{chunks}</strong> })}</p> : null}
      <p>{t("checkEmail.body")}</p>
      {demoMode && (
        <p>
          {t("checkEmail.demoMailbox")} <Link href="/dev/mailbox">{t("demoMode.mailbox")}</Link>
        </p>
      )}
      {pending && (
        <section aria-labelledby="not-received" className="space-y-2">
          <h2 id="not-received" className="text-xl font-semibold text-brand-900">
            {tActing("notReceived")}
          </h2>
          <p>{tActing("notReceivedText")}</p>
          <ClientMessages namespaces={["acting.checkEmail", "accounts.signIn", "error"]}>
            <ResendSignInForm action={requestSignInLinkAction} email={pending.email} callbackUrl={pending.callbackUrl} />
          </ClientMessages>
        </section>
      )}
      <p>
        <Link href={signInAgain}>{pending ? tActing("wrongAddress") : tActing("signInAgain")}</Link>
      </p>
    </div>
  );
}
