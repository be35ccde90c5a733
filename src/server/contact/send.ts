import "server-only";
import { db } from "@/server/db";
import { DomainError } from "@/server/errors";
import { addressSubject, consume, type RateLimit } from "@/server/abuse/rate-limit";
import type { ContactMessageInput } from "@/lib/contact-schema";
import { queueNewMessageNotices } from "./mail";

/**
 * Messages one client address, and one e-mail address, may send. Anyone may write without an
 * account, and every message is read by a coordinator: a person with a question writes once or
 * twice; more is a script. A town hall shares one address behind its router, hence the higher
 * limit per client. Without a reported client address there is no per-client limit (as for
 * partnership requests); the per-address limit still holds.
 */
export const CONTACT_PER_CLIENT: RateLimit = { name: "contact:client", limit: 30, windowMs: 60 * 60_000 };
export const CONTACT_PER_ADDRESS: RateLimit = { name: "contact:address", limit: 5, windowMs: 24 * 60 * 60_000 };

/** A rate limit was reached: nothing was stored. */
export class ContactLimited extends DomainError<"rateLimited"> {
  constructor(readonly retryAfterSeconds: number) {
    super("rateLimited");
    this.name = "ContactLimited";
  }
}

export type ContactContext = { locale: string; clientAddress: string | null; origin?: string };

/**
 * Stores a message from the public contact form (no account needed) for the coordinators, and
 * tells them by mail: the message and the notices commit together. The limits are counted
 * first, outside that transaction, so that refused attempts count too and hammering does not open
 * the window sooner (src/server/abuse/rate-limit.ts).
 */
export async function sendContactMessage(input: ContactMessageInput, context: ContactContext): Promise<{ id: number }> {
  const rules: [RateLimit, string][] = [[CONTACT_PER_ADDRESS, addressSubject(input.email)]];
  if (context.clientAddress) rules.push([CONTACT_PER_CLIENT, context.clientAddress]);
  for (const [rule, subject] of rules) {
    const decision = await consume(rule, subject);
    if (!decision.allowed) throw new ContactLimited(decision.retryAfterSeconds);
  }
  return db().$transaction(async (tx) => {
    const created = await tx.contactMessage.create({
      data: {
        name: input.name,
        email: input.email,
        organisation: input.organisation || null,
        subject: input.subject,
        message: input.message,
        locale: context.locale,
      },
      select: { id: true },
    });
    await queueNewMessageNotices(tx, created.id, context.origin);
    return created;
  });
}
