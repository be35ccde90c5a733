import "server-only";
import { db } from "@/server/db";
import { authorize, type Principal } from "@/server/auth/principal";
import { recordAudit } from "@/server/audit/record";
import { DomainError } from "@/server/errors";
import { accountSettingsSchema, type AccountSettingsInput } from "@/lib/account-settings-schema";

/**
 * The person keeps their own name, job title and mail language (`account.updateOwn`, their own
 * account only). The language is then theirs: sign-ins no longer replace it with the interface's
 * (src/server/accounts/interface-language.ts), and every mail uses it (src/server/mail/recipient-locale.ts).
 * An empty name or job title clears it. The change and its audit line commit together.
 */
export async function updateOwnSettings(principal: Principal | null, input: AccountSettingsInput): Promise<void> {
  const checked = accountSettingsSchema.safeParse(input);
  if (!checked.success) throw new DomainError("invalid");
  const actor = await authorize(principal, "account.updateOwn", principal ? { type: "user", id: principal.userId } : undefined);
  const { name, jobTitle, locale } = checked.data;
  await db().$transaction(async (tx) => {
    await tx.user.update({ where: { id: actor.userId }, data: { name: name || null, jobTitle: jobTitle || null, locale, localeChosen: true } });
    await recordAudit(tx, {
      actorUserId: actor.userId,
      action: "account.updateOwn",
      objectType: "user",
      objectId: actor.userId,
      outcome: "ALLOWED",
      detail: { locale },
    });
  });
}
