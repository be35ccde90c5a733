import "server-only";
import { db } from "@/server/db";
import { DomainError } from "@/server/errors";
import { recordAudit } from "@/server/audit/record";
import { authorize, type Principal } from "@/server/auth/principal";
import { enqueueMail } from "@/server/mail/outbox";
import { membershipMail } from "@/server/requests/notifications";
import { membershipNextStep } from "./notices";
import { MAIL_RECIPIENT, recipientLocale } from "@/server/mail/recipient-locale";

export type DecideMembershipError = "notFound" | "alreadyDecided";

/**
 * A coordinator approves or declines a pending membership. Two coordinators deciding at once:
 * the conditional update lets exactly one through, and the other is told it was already decided.
 * The person is told by mail, queued in the same transaction, so the mail exists exactly when the
 * decision does.
 */
/** `origin`: the portal's public address, for the mail's link (the account page, or the contact form after a refusal). */
export async function decideMembership(principal: Principal | null, membershipId: number, decision: "APPROVED" | "REJECTED", origin?: string) {
  const actor = await authorize(principal, "membership.decide", undefined);
  return db().$transaction(async (tx) => {
    const { count } = await tx.membership.updateMany({
      where: { id: membershipId, status: "PENDING" },
      data: { status: decision, decidedAt: new Date(), decidedById: actor.userId },
    });
    if (count === 0) {
      const exists = await tx.membership.findUnique({ where: { id: membershipId }, select: { id: true } });
      throw new DomainError<DecideMembershipError>(exists ? "alreadyDecided" : "notFound");
    }
    await recordAudit(tx, {
      actorUserId: actor.userId,
      action: "membership.decide",
      objectType: "membership",
      objectId: String(membershipId),
      outcome: "ALLOWED",
      detail: { decision },
    });
    const m = await tx.membership.findUniqueOrThrow({
      where: { id: membershipId },
      select: { user: { select: MAIL_RECIPIENT }, municipality: { select: { country: true, nameEn: true, nameUk: true, nameLocal: true } } },
    });
    const name = { en: m.municipality.nameLocal ?? m.municipality.nameEn, uk: m.municipality.nameUk };
    const locale = recipientLocale(m.user);
    const next = membershipNextStep(locale, decision, origin);
    await enqueueMail(tx, membershipMail(m.user.email, locale, decision, membershipKind(m.municipality.country), name, next));
    return { id: membershipId, status: decision };
  });
}

/** What an approved member becomes: a Ukrainian municipality's editor, or an EU municipality's staff. */
function membershipKind(country: string) {
  return country === "UA" ? ("MUNICIPALITY_EDITOR" as const) : ("EU_STAFF" as const);
}

/** The coordinator's queue of membership requests, oldest first, with what each person would become. */
export async function listPendingMemberships(principal: Principal | null) {
  await authorize(principal, "membership.decide");
  const rows = await db().membership.findMany({
    where: { status: "PENDING" },
    orderBy: [{ requestedAt: "asc" }, { id: "asc" }],
    take: 100,
    select: {
      id: true,
      requestedAt: true,
      user: { select: { id: true, name: true, jobTitle: true, email: true } },
      municipality: { select: { slug: true, country: true, nameEn: true, nameUk: true, nameLocal: true } },
    },
  });
  return rows.map((m) => ({ ...m, kind: membershipKind(m.municipality.country) }));
}
