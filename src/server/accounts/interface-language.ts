import "server-only";
import { cookies } from "next/headers";
import { routing } from "@/i18n/routing";
import { db } from "@/server/db";

/**
 * Stores the language of the interface the person signed in from (the NEXT_LOCALE cookie, which
 * every page sets for its language) as app_user.locale: every mail to them is written in it.
 * Called at each sign-in, so that someone who moves to another language gets their mail in it.
 * Best effort: without the cookie (a link opened in another browser) the stored language stays.
 */
export async function rememberInterfaceLanguage(userId: string): Promise<void> {
  let locale: string | undefined;
  try {
    locale = (await cookies()).get(routing.localeCookie ? (routing.localeCookie as { name: string }).name : "NEXT_LOCALE")?.value;
  } catch {
    return; // Outside a request (a script): nothing to read.
  }
  if (!locale || !(routing.locales as readonly string[]).includes(locale)) return;
  // A language chosen on the account page stays until the person changes it there.
  await db().user.updateMany({ where: { id: userId, localeChosen: false, NOT: { locale } }, data: { locale } });
}
