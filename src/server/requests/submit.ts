import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/server/db";
import { DomainError, isUniqueViolation } from "@/server/errors";
import { authorize, type Principal } from "@/server/auth/principal";
import { recordAudit } from "@/server/audit/record";
import { consume, type RateLimit } from "@/server/abuse/rate-limit";
import { queueRequestNotices } from "./notifications";
import { partnershipRequestSchema, type PartnershipRequestInput } from "@/lib/partnership-request-schema";
import { newRequestReference } from "./reference";
import { OpenRequestExists, openRequestBetween } from "./open-requests";

export type SubmitErrorCode = "targetUnavailable" | "chooseEuMunicipality" | "tokenTaken" | "rateLimited" | "invalid";

/**
 * Requests one account, and one client address, may send per hour, counted in Postgres. Each
 * request is read and decided by a coordinator by hand and mails the hromada's editors: staff
 * writing to a shortlist of hromadas stay well below 20 an hour, more is a script or a loop that
 * would flood the coordinators' queue. A client address is shared by a whole town hall behind
 * one router, hence the higher limit; without a reported address there is no per-client limit
 * (see src/server/abuse/rate-limit.ts).
 */
export const REQUESTS_PER_ACCOUNT: RateLimit = { name: "request:account", limit: 20, windowMs: 60 * 60_000 };
export const REQUESTS_PER_CLIENT: RateLimit = { name: "request:client", limit: 50, windowMs: 60 * 60_000 };

/** A rate limit was reached: nothing was stored. */
export class SubmissionLimited extends DomainError<"rateLimited"> {
  constructor(readonly retryAfterSeconds: number) {
    super("rateLimited");
    this.name = "SubmissionLimited";
  }
}

export type SubmitResult = { reference: string; duplicate: boolean };
export type SubmitContext = { locale: string; clientAddress: string | null; origin?: string };

/**
 * Stores a partnership request from signed-in EU staff to a published Ukrainian municipality that
 * seeks partners, sent on behalf of their own EU municipality (`request.submit`). The requester's
 * account, e-mail address and municipality come from `principal`, never from the form; the form's
 * `euMunicipality` only chooses among the person's own municipalities when they have several.
 * The request, its SUBMITTED history line, the audit line, the rate-limit hits and the notices to
 * the requester, the hromada's editors and the coordinators commit together or not at all.
 * Idempotent on the form's submission token: a double click or a resent form returns the
 * reference of the request already stored (and counts once against the limits).
 */
export const submitPartnershipRequest = (principal: Principal | null, targetSlug: string, input: PartnershipRequestInput, context: SubmitContext) =>
  sendRequest(principal, targetSlug, input, context, TO_HROMADA);

/** The two ways a request goes: who sends it (their membership, the action) and to whom. */
export type Way = {
  direction: "TO_HROMADA" | "TO_EU";
  action: "request.submit" | "request.propose";
  senderKind: "EU_STAFF" | "MUNICIPALITY_EDITOR";
  target: (slug: string) => Prisma.MunicipalityWhereInput;
};
const TO_HROMADA: Way = {
  direction: "TO_HROMADA",
  action: "request.submit",
  senderKind: "EU_STAFF",
  target: (slug) => ({ slug, country: "UA", status: "PUBLISHED", seeksPartners: true }),
};

/** A request either way: the sender's own municipality (the form's `euMunicipality` chooses among several), authorized on it. */
export async function sendRequest(
  principal: Principal | null,
  targetSlug: string,
  input: PartnershipRequestInput,
  context: SubmitContext,
  way: Way,
): Promise<SubmitResult> {
  // Checked again here, on the write path itself, whatever called it: the schema is the rule for
  // what is stored (a caller that skipped or loosened parsing stores nothing).
  const checked = partnershipRequestSchema.safeParse(input);
  if (!checked.success) throw new DomainError<SubmitErrorCode>("invalid");
  input = checked.data;
  const sender = await senderFor(principal, input.euMunicipality, way.senderKind);
  // No municipality of their own to send for (anonymous, the other side's people, coordinators,
  // administrators without one): no object the check could allow, so refused and audited.
  const actor = await authorize(principal, way.action, sender === null ? undefined : { type: "municipality", id: sender });
  const senderId = sender!;

  const existing = await findByToken(input.submissionToken, actor.userId);
  if (existing) return { reference: existing, duplicate: true };

  for (let attempt = 0; ; attempt++) {
    try {
      const reference = await db().$transaction(async (tx) => {
        const target = await tx.municipality.findFirst({ where: way.target(targetSlug), select: { id: true } });
        if (!target) throw new DomainError<SubmitErrorCode>("targetUnavailable");
        const [ukrainianMunicipalityId, euMunicipalityId] = way.direction === "TO_HROMADA" ? [target.id, senderId] : [senderId, target.id];
        // In the transaction: a resubmission that loses on the token rolls its hits back.
        const rules: [RateLimit, string][] = [[REQUESTS_PER_ACCOUNT, actor.userId]];
        if (context.clientAddress) rules.push([REQUESTS_PER_CLIENT, context.clientAddress]);
        for (const [rule, subject] of rules) {
          const decision = await consume(rule, subject, { client: tx });
          if (!decision.allowed) throw new SubmissionLimited(decision.retryAfterSeconds);
        }
        // One open request per pair, whichever side sent it: the lock makes two sent at once wait
        // for each other, so the second finds the first and is refused with its reference. The
        // same form sent twice is let through to the token's unique index, which answers it as a resend.
        await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`request-pair:${euMunicipalityId}:${ukrainianMunicipalityId}`}))`;
        const open = await openRequestBetween(tx, euMunicipalityId, ukrainianMunicipalityId);
        if (open && open.submissionToken !== input.submissionToken) throw new OpenRequestExists(open.reference);
        const eu = await tx.municipality.findUniqueOrThrow({ where: { id: euMunicipalityId }, select: { nameEn: true, nameLocal: true } });
        const ua = await tx.municipality.findUniqueOrThrow({ where: { id: ukrainianMunicipalityId }, select: { nameEn: true, nameUk: true } });
        const created = await tx.partnershipRequest.create({
          data: {
            reference: newRequestReference(),
            submissionToken: input.submissionToken,
            direction: way.direction,
            ukrainianMunicipalityId,
            euMunicipalityId,
            message: input.message,
            requesterName: input.requesterName,
            requesterRole: input.requesterRole,
            requesterEmail: actor.email,
            requesterUserId: actor.userId,
            interpretationNeeded: input.interpretationNeeded,
            languages: input.languages,
            locale: context.locale,
            areas: { create: input.areas.map((slug) => ({ area: { connect: { slug } } })) },
          },
          select: { id: true, reference: true, requesterEmail: true, locale: true, ukrainianMunicipalityId: true, euMunicipalityId: true, direction: true },
        });
        await tx.requestEvent.create({ data: { requestId: created.id, actorUserId: actor.userId, kind: "SUBMITTED", toStatus: "SUBMITTED" } });
        await recordAudit(tx, {
          actorUserId: actor.userId,
          action: way.action,
          objectType: "request",
          objectId: String(created.id),
          outcome: "ALLOWED",
          detail: { euMunicipalityId, ukrainianMunicipalityId },
        });
        await queueRequestNotices(
          tx,
          "submitted",
          { ...created, ukrainianName: { en: ua.nameEn, uk: ua.nameUk }, euName: eu.nameLocal ?? eu.nameEn, origin: context.origin },
          null,
        );
        return created.reference;
      });
      return { reference, duplicate: false };
    } catch (error) {
      if (isUniqueViolation(error, "submission_token") || isUniqueViolation(error, "submissionToken")) {
        const stored = await findByToken(input.submissionToken, actor.userId);
        if (stored) return { reference: stored, duplicate: true };
      }
      // A clash of random references is rare; draw another.
      if (isUniqueViolation(error, "reference") && attempt < 3) continue;
      if (error instanceof SubmissionLimited) {
        await recordAudit(db(), { actorUserId: actor.userId, action: way.action, outcome: "REFUSED", detail: { reason: "rateLimited" } });
      }
      throw error;
    }
  }
}

/**
 * The municipality the person sends for: their only one (of `kind`), whatever the form says, or —
 * when they act for several — the one they chose among those (a DomainError on the field
 * otherwise). Null when they have none.
 */
async function senderFor(principal: Principal | null, chosenSlug: string, kind: Way["senderKind"]): Promise<number | null> {
  const own = (principal?.memberships ?? []).filter((m) => m.kind === kind).map((m) => m.municipalityId);
  if (own.length <= 1) return own[0] ?? null;
  const chosen = chosenSlug ? await db().municipality.findFirst({ where: { slug: chosenSlug, id: { in: own } }, select: { id: true } }) : null;
  if (!chosen) throw new DomainError<SubmitErrorCode>("chooseEuMunicipality", "euMunicipality");
  return chosen.id;
}

/** The request already stored from this form, if this person sent it; a token someone else used is refused. */
async function findByToken(submissionToken: string, userId: string): Promise<string | null> {
  const row = await db().partnershipRequest.findUnique({ where: { submissionToken }, select: { reference: true, requesterUserId: true } });
  if (row && row.requesterUserId !== userId) throw new DomainError<SubmitErrorCode>("tokenTaken");
  return row?.reference ?? null;
}
