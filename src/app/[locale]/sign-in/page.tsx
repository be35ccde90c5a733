import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { DEMO_ACCOUNTS } from "@/lib/demo-accounts";
import { demoMode } from "@/server/env";
import { currentPrincipal } from "@/server/auth/session";
import { landingPath } from "@/server/auth/magic-link";
import { SignInForm } from "@/components/accounts/sign-in-form";
import { safeCallbackPath } from "@/lib/safe-redirect";
import { requestSignInLinkAction } from "./actions";
import { ClientMessages } from "@/components/client-messages";

type Props = PageProps<"/[locale]/sign-in">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "accounts.signIn" });
  return { title: t("title"), robots: { index: false } };
}

export default async function SignInPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const query = await searchParams;
  // Where to come back to after signing in (e.g. the request form); only a path of this portal.
  const callbackUrl = safeCallbackPath(query.callbackUrl);
  const principal = await currentPrincipal();
  if (principal) redirect(callbackUrl ?? landingPath(locale, principal.globalRole, principal.interpreterId != null));
  const t = await getTranslations("accounts.signIn");
  // Auth.js sends a person whose link is used or expired back here with ?error=….
  const linkFailed = typeof query.error === "string";
  const signedOut = query.signedOut === "1" && !linkFailed;
  const tActing = await getTranslations("acting.signIn");
  return (
    <div className="space-y-8">
      {signedOut && (
        <p role="status" className="max-w-2xl rounded border-2 border-emerald-700 bg-emerald-50 p-4">
          {tActing("signedOut")}
        </p>
      )}
      <h1 className="text-3xl font-bold text-brand-900">{t("title")}</h1>
      {linkFailed && (
        <p role="alert" className="max-w-2xl rounded border-2 border-red-700 bg-red-50 p-4 text-red-950">
          {t("linkError")}
          {callbackUrl && <> {tActing("linkErrorCallback")}</>}
        </p>
      )}
      <p className="max-w-2xl">{t("intro")}</p>
      <section aria-labelledby="why-sign-in" className="max-w-2xl space-y-2">
        <h2 id="why-sign-in" className="text-xl font-semibold text-brand-900">
          {tActing("whyTitle")}
        </h2>
        <p>{tActing("why")}</p>
        <p>{tActing("confirmed")}</p>
      </section>
      <ClientMessages namespaces={["accounts.signIn", "error"]}>
        <SignInForm action={requestSignInLinkAction} callbackUrl={callbackUrl} />
      </ClientMessages>
      {demoMode && (
        <section aria-labelledby="demo-sign-in" className="max-w-2xl space-y-3 rounded border-2 border-dashed border-amber-700 bg-amber-50 p-5">
          <h2 id="demo-sign-in" className="text-xl font-semibold text-amber-950">
            {t("demo.title")}
          </h2>
          <p>{t("demo.intro")}</p>
          <ul className="space-y-2">
            {DEMO_ACCOUNTS.map((account) => (
              <li key={account.key}>
                <form method="post" action={`/${locale}/sign-in/demo`}>
                  <input type="hidden" name="account" value={account.key} />
                  {callbackUrl && <input type="hidden" name="callbackUrl" value={callbackUrl} />}
                  <button type="submit" className="btn-secondary">
                    {t("demo.as", { role: t(`demo.roles.${account.key}`) })}
                  </button>
                </form>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
