import { routing, type Locale } from "@/i18n/routing";

/** What a mail's language is chosen from: an account's stored language and whether the person chose it. */
export type MailRecipient = { locale: string | null; localeChosen: boolean } | null | undefined;

/** Select these with a recipient's address, for recipientLocale. */
export const MAIL_RECIPIENT = { email: true, locale: true, localeChosen: true } as const;

const known = (value: string | null | undefined): Locale | null => ((routing.locales as readonly string[]).includes(value ?? "") ? (value as Locale) : null);

/**
 * The one rule for the language of every mail to a person:
 * 1. the language they chose on their account page;
 * 2. else the language of the page they acted from, where the mail answers an act of theirs
 *    (`occasion`: the sign-in page, the request form, the join form);
 * 3. else their account's language, which each sign-in sets to the interface they signed in from;
 * 4. else `fallback` (Ukrainian for a hromada's editors, English otherwise).
 */
export function recipientLocale(recipient: MailRecipient, occasion: string | null = null, fallback: Locale = routing.defaultLocale): Locale {
  if (recipient?.localeChosen) {
    const chosen = known(recipient.locale);
    if (chosen) return chosen;
  }
  return known(occasion) ?? known(recipient?.locale) ?? fallback;
}
