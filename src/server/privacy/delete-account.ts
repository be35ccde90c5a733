import "server-only";
import { db } from "@/server/db";
import { recordAudit } from "@/server/audit/record";
import { authorize, type Principal } from "@/server/auth/principal";
import { DomainError } from "@/server/errors";
import { eraseAddress } from "./erase-address";

export type DeleteAccountErrorCode = "confirmation" | "lastOfRole";

/**
 * Deletes the signed-in person's account and every trace of their address, in one transaction:
 * the user row (sessions, OAuth links and memberships cascade; audit and request events keep their
 * row with no actor), their requests' requester details (the rows stay, with neutral markers,
 * status and history), mail to them, their sign-in links and any text holding their address.
 *
 * `accountId` is what the form says is being deleted: anything but the caller's own id is refused
 * and audited. `confirmation` must be the caller's address (any case). The network's last
 * coordinator or last administrator cannot leave it without one ("lastOfRole").
 */
export async function deleteOwnAccount(principal: Principal | null, accountId: string, confirmation: string): Promise<void> {
  const me = await authorize(principal, "account.deleteOwn", { type: "user", id: accountId });
  if (confirmation.trim().toLowerCase() !== me.email.toLowerCase()) throw new DomainError<DeleteAccountErrorCode>("confirmation", "confirmation");
  await db().$transaction(async (tx) => {
    if (me.globalRole) {
      // Locks every holder of the role: two of the last two deleting at once run one after the other.
      const holders = await tx.$queryRaw<{ id: string }[]>`
        SELECT id FROM app_user WHERE role = ${me.globalRole}::"GlobalRole" ORDER BY id FOR UPDATE`;
      if (holders.length <= 1) throw new DomainError<DeleteAccountErrorCode>("lastOfRole");
    }
    const erasure = await eraseAddress(tx, me.email, me.userId);
    // The audit rows that name the person as their object (sign-in, sign-out) lose the id too.
    await tx.auditEvent.updateMany({ where: { objectType: "user", objectId: me.userId }, data: { objectId: null } });
    await tx.user.delete({ where: { id: me.userId } });
    await recordAudit(tx, {
      actorUserId: null,
      action: "account.deleteOwn",
      objectType: "user",
      objectId: null,
      outcome: "ALLOWED",
      detail: { role: me.globalRole, requestsErased: erasure.requestsErased, mailsDeleted: erasure.mailsDeleted },
    });
  });
}
