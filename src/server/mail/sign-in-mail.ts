import "server-only";
import { createTranslator } from "next-intl";
import { messagesFor } from "@/i18n/messages";
import type accountsEn from "@/i18n/messages/features/accounts.en.json";
import { routing, type Locale } from "@/i18n/routing";
import type { Mail } from "./outbox";
import { recipientLocale, type MailRecipient } from "./recipient-locale";

/** The locale of the page the sign-in started from: the first segment of its callback URL. */
export function localeOfMagicLink(url: string): Locale {
  const callback = new URL(url).searchParams.get("callbackUrl") ?? "";
  const path = callback.startsWith("/") ? callback : URL.canParse(callback) ? new URL(callback).pathname : "";
  const segment = path.split("/")[1];
  return (routing.locales as readonly string[]).includes(segment) ? (segment as Locale) : routing.defaultLocale;
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The magic-link mail, in the language the person chose, else that of the page they signed in from. */
export function signInMail(to: string, url: string, account: MailRecipient = null): Mail {
  const locale = recipientLocale(account, localeOfMagicLink(url));
  // The catalogues are not typed per key (no global AppConfig): give the translator English's shape.
  const messages = messagesFor(locale) as typeof accountsEn;
  const t = createTranslator({ locale, messages, namespace: "accounts.mail.signIn" });
  const link = escapeHtml(url);
  return {
    to,
    subject: t("subject"),
    text: t("text", { url }),
    html: `<!doctype html><html lang="${locale}"><body style="font-family:sans-serif;line-height:1.5">
<p>${escapeHtml(t("lead"))}</p>
<p><a href="${link}" style="display:inline-block;padding:10px 16px;background:#0b3d91;color:#fff;text-decoration:none;border-radius:4px">${escapeHtml(t("button"))}</a></p>
<p style="word-break:break-all"><a href="${link}">${link}</a></p>
<p>${escapeHtml(t("ignore"))}</p>
</body></html>`,
  };
}

/** The sign-in link in the text of a mail written by signInMail. */
export function magicLinkIn(text: string): string | null {
  return text.match(/https?:\/\/\S+\/api\/auth\/callback\/nodemailer\?\S+/)?.[0] ?? null;
}
