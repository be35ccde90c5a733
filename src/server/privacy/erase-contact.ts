import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import { db } from "@/server/db";
import { recordAudit } from "@/server/audit/record";
import { authorize, type Principal } from "@/server/auth/principal";
import { municipalitySubject } from "@/server/auth/subjects";
import { DomainError } from "@/server/errors";
import { refreshSearchIndex } from "@/server/catalogue/search-index";
import { parseErasureReason } from "@/lib/privacy/erasure-reason";
import { eraseAddress, eraseNamesAndPhones, redacted } from "./erase-address";

export type EraseContactErrorCode = "notFound" | "reason" | "noContact" | "networkAccount";

const SLUG = /^[a-z0-9-]{1,120}$/;

/** Authorises contact.erase on the municipality of `slug` (role AND object); unknown slugs are refused alike. */
async function authorizeErasure(principal: Principal | null, slug: string, client: PrismaClient = db()): Promise<{ id: number; principal: Principal }> {
  const m = SLUG.test(slug) ? await client.municipality.findUnique({ where: { slug }, select: { id: true } }) : null;
  const subject = m ? await municipalitySubject(m.id, client) : null;
  if (!m || !subject) {
    await authorize(principal, "contact.erase", undefined, client);
    throw new DomainError<EraseContactErrorCode>("notFound");
  }
  return { id: m.id, principal: await authorize(principal, "contact.erase", subject, client) };
}

/** The municipality and its contact person, for the coordinator's erasure page. */
export async function getContactForErasure(principal: Principal | null, slug: string) {
  const { id } = await authorizeErasure(principal, slug);
  const m = await db().municipality.findUniqueOrThrow({
    where: { id },
    select: {
      slug: true,
      country: true,
      nameEn: true,
      nameUk: true,
      nameLocal: true,
      contactName: true,
      contactRole: true,
      contactEmail: true,
      contactPhone: true,
    },
  });
  const account = m.contactEmail
    ? await db().user.findFirst({ where: { email: { equals: m.contactEmail, mode: "insensitive" } }, select: { role: true } })
    : null;
  const hasContact = Boolean(m.contactName || m.contactRole || m.contactEmail || m.contactPhone);
  return { ...m, hasContact, account: account ? { networkRole: account.role !== null } : null };
}

/**
 * Erases a municipality's contact person, on a coordinator's or administrator's decision with a
 * reason, in one transaction: the contact fields of every municipality naming that address, and
 * the address everywhere else (eraseAddress). A portal account with that address is deleted too,
 * unless it is a coordinator's or administrator's ("networkAccount": they delete their own).
 * The audit row keeps the reason with the address and the name taken out.
 */
export async function eraseContactPerson(
  principal: Principal | null,
  slug: string,
  rawReason: unknown,
): Promise<{ accountDeleted: boolean; municipalitiesCleared: number }> {
  const { id, principal: actor } = await authorizeErasure(principal, slug);
  const reason = parseErasureReason(rawReason);
  if (!reason) throw new DomainError<EraseContactErrorCode>("reason", "reason");
  return db().$transaction(async (tx) => {
    const [row] = await tx.$queryRaw<
      { contact_name: string | null; contact_role: string | null; contact_email: string | null; contact_phone: string | null }[]
    >`
      SELECT contact_name, contact_role, contact_email, contact_phone FROM municipality WHERE id = ${id} FOR UPDATE`;
    if (!row.contact_name && !row.contact_role && !row.contact_email && !row.contact_phone) throw new DomainError<EraseContactErrorCode>("noContact");
    const email = row.contact_email?.trim() || null;
    let accountDeleted = false;
    let cleared = [id];
    let requestsErased = 0;
    let mailsDeleted = 0;
    if (email) {
      const accounts = await tx.$queryRaw<{ id: string; role: string | null }[]>`
        SELECT id, role::text FROM app_user WHERE lower(email) = ${email.toLowerCase()} FOR UPDATE`;
      if (accounts.some((a) => a.role !== null)) throw new DomainError<EraseContactErrorCode>("networkAccount");
      const erasure = await eraseAddress(tx, email, accounts[0]?.id, { names: [row.contact_name], phones: [row.contact_phone] });
      for (const account of accounts) {
        await tx.auditEvent.updateMany({ where: { objectType: "user", objectId: account.id }, data: { objectId: null } });
        await tx.user.delete({ where: { id: account.id } });
        accountDeleted = true;
      }
      cleared = [...new Set([id, ...erasure.contactsCleared])];
      requestsErased = erasure.requestsErased;
      mailsDeleted = erasure.mailsDeleted;
    }
    if (!email) {
      // No address, so no requests or mail to follow: the name and phone go from the profile's texts.
      const scope = { requestIds: [], references: [], partnershipIds: [], municipalityIds: [id], userId: null };
      await eraseNamesAndPhones(tx, scope, [row.contact_name ?? ""], [row.contact_phone ?? ""]);
      await refreshSearchIndex(tx, [id]);
    }
    // Without an address (or with it cleared above, this is a no-op): the name, role and phone go.
    await tx.$executeRaw`
      UPDATE municipality SET contact_name = NULL, contact_role = NULL, contact_email = NULL, contact_phone = NULL, updated_at = now()
       WHERE id = ${id}`;
    let note = reason;
    for (const value of [email, row.contact_name, row.contact_phone]) if (value && value.trim().length >= 3) note = redacted(note, value);
    await recordAudit(tx, {
      actorUserId: actor.userId,
      action: "contact.erase",
      objectType: "municipality",
      objectId: String(id),
      outcome: "ALLOWED",
      detail: { reason: note, municipalitiesCleared: cleared, requestsErased, mailsDeleted, accountDeleted },
    });
    return { accountDeleted, municipalitiesCleared: cleared.length };
  });
}
