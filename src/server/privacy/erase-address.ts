import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { ERASED_EMAIL, ERASED_TEXT } from "@/lib/privacy/erased";
import { addressSubject } from "@/server/abuse/rate-limit";
import { refreshSearchIndex } from "@/server/catalogue/search-index";
import { replaceEverywhere } from "./text-columns";
import { eraseContactMessages } from "@/server/contact/personal-data";

export type AddressErasure = {
  requestsErased: number;
  mailsDeleted: number;
  tokensDeleted: number;
  contactsCleared: number[];
  textsRedacted: number;
};

/** A regular expression (Postgres ARE and JavaScript alike) matching `text` literally. */
function literalPattern(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** An address as a whole: not the tail of a longer one (x.anna@…) nor the head of one (…example.org). */
function addressPattern(address: string): string {
  return `(?<![a-z0-9._%+-])${literalPattern(address)}(?![a-z0-9_-]|\\.[a-z0-9])`;
}

/** A name as whole words. */
function namePattern(name: string): string {
  return `(?<![[:alnum:]])${literalPattern(name.trim())}(?![[:alnum:]])`;
}

/** A phone number with any separators between its digits ("+49 7031 55-01" = "+497031 5501"). */
function phonePattern(phone: string): string | null {
  const digits = phone.replace(/\D/g, "");
  if (digits.length < 7) return null;
  // Written with "+" or "00" before the country code, or without either.
  const national = digits.replace(/^00/, "");
  return `(?<![0-9+])(\\+|00)?${national.split("").join("[-. ()/]{0,3}")}(?![0-9])`;
}

/**
 * Any phone number typed into a text the person wrote themselves: international (+…, 00…) or
 * national (0…) with at least 8 digits. Years and dates do not start with 0 or "+".
 */
const ANY_PHONE = "(?<![[:alnum:]+])(\\+|0)[0-9]([-. ()/]{0,3}[0-9]){6,}";

/** Names shorter than this are not erased from texts: "Li" as a word would cut other words' people. */
const MIN_NAME = 3;

export type Scope = { requestIds: number[]; references: string[]; partnershipIds: number[]; municipalityIds: number[]; userId: string | null };

/**
 * Removes a person's name and phone numbers from the texts the portal keeps about them: their
 * requests (message, decision note, proposed partner), the history notes, stage notes and stage proposals' notes and reasons of those
 * requests and the partnerships they led to, notes they wrote themselves, mail about their
 * requests to other people, audit details of their own actions or about their requests, and the
 * texts of the municipalities that named them as contact person. Elsewhere a name is not theirs
 * to erase: someone calling themselves "Lviv" must not erase a city from other people's texts.
 */
export async function eraseNamesAndPhones(tx: Prisma.TransactionClient, scope: Scope, names: string[], phones: string[]): Promise<number> {
  const patterns = [
    ...names
      .map((n) => n.trim())
      .filter((n) => n.length >= MIN_NAME && n !== ERASED_TEXT)
      .map(namePattern),
    ...phones.map(phonePattern).filter((p): p is string => p !== null),
  ];
  const { requestIds, references, partnershipIds, municipalityIds, userId } = scope;
  const referencePattern = references.length ? references.map(literalPattern).join("|") : "(?!x)x";
  let n = 0;
  for (const pattern of new Set(patterns)) {
    n += await tx.$executeRaw`
      UPDATE partnership_request SET message = regexp_replace(message, ${pattern}, ${ERASED_TEXT}, 'gi'),
             decision_note = regexp_replace(decision_note, ${pattern}, ${ERASED_TEXT}, 'gi'),
             requester_name = regexp_replace(requester_name, ${pattern}, ${ERASED_TEXT}, 'gi'),
             requester_role = regexp_replace(requester_role, ${pattern}, ${ERASED_TEXT}, 'gi'),
             proposed_municipality_name = regexp_replace(proposed_municipality_name, ${pattern}, ${ERASED_TEXT}, 'gi')
       WHERE id = ANY(${requestIds}) AND concat_ws(' ', message, decision_note, requester_name, requester_role, proposed_municipality_name) ~* ${pattern}`;
    n += await tx.$executeRaw`
      UPDATE request_event SET note = regexp_replace(note, ${pattern}, ${ERASED_TEXT}, 'gi')
       WHERE (request_id = ANY(${requestIds}) OR actor_user_id = ${userId}) AND note ~* ${pattern}`;
    n += await tx.$executeRaw`
      UPDATE partnership_stage_event SET note = regexp_replace(note, ${pattern}, ${ERASED_TEXT}, 'gi')
       WHERE (partnership_id = ANY(${partnershipIds}) OR actor_user_id = ${userId}) AND note ~* ${pattern}`;
    n += await tx.$executeRaw`
      UPDATE stage_proposal SET note = regexp_replace(note, ${pattern}, ${ERASED_TEXT}, 'gi'), reason = regexp_replace(reason, ${pattern}, ${ERASED_TEXT}, 'gi')
       WHERE (partnership_id = ANY(${partnershipIds}) OR proposer_user_id = ${userId} OR decider_user_id = ${userId}) AND concat_ws(' ', note, reason) ~* ${pattern}`;
    n += await tx.$executeRaw`
      UPDATE outbox_message SET subject = regexp_replace(subject, ${pattern}, ${ERASED_TEXT}, 'gi'),
             text = regexp_replace(text, ${pattern}, ${ERASED_TEXT}, 'gi'), html = regexp_replace(html, ${pattern}, ${ERASED_TEXT}, 'gi')
       WHERE concat_ws(' ', subject, text, html) ~ ${referencePattern} AND concat_ws(' ', subject, text, html) ~* ${pattern}`;
    n += await tx.$executeRaw`
      UPDATE audit_event SET detail = regexp_replace(detail::text, ${pattern}, ${ERASED_TEXT}, 'gi')::jsonb
       WHERE (actor_user_id = ${userId} OR (object_type = 'request' AND object_id = ANY(${requestIds.map(String)}))
              OR (object_type = 'partnership' AND object_id = ANY(${partnershipIds.map(String)})) OR detail::text ~ ${referencePattern})
         AND detail::text ~* ${pattern}`;
    // Messages they wrote, and what was written in the conversations and internal notes of their requests.
    n += await tx.$executeRaw`
      UPDATE conversation_message SET body = regexp_replace(body, ${pattern}, ${ERASED_TEXT}, 'gi')
       WHERE (author_user_id = ${userId}
              OR conversation_id IN (SELECT id FROM conversation WHERE request_id = ANY(${requestIds}) OR partnership_id = ANY(${partnershipIds})))
         AND body ~* ${pattern}`;
    n += await tx.$executeRaw`
      UPDATE internal_note SET body = regexp_replace(body, ${pattern}, ${ERASED_TEXT}, 'gi')
       WHERE (author_user_id = ${userId} OR request_id = ANY(${requestIds})) AND body ~* ${pattern}`;
    n += await tx.$executeRaw`
      UPDATE municipality SET description_en = regexp_replace(description_en, ${pattern}, ${ERASED_TEXT}, 'gi'),
             description_uk = regexp_replace(description_uk, ${pattern}, ${ERASED_TEXT}, 'gi')
       WHERE id = ANY(${municipalityIds}) AND concat_ws(' ', description_en, description_uk) ~* ${pattern}`;
    n += await tx.$executeRaw`
      UPDATE municipality_translation SET description = regexp_replace(description, ${pattern}, ${ERASED_TEXT}, 'gi')
       WHERE municipality_id = ANY(${municipalityIds}) AND description ~* ${pattern}`;
  }
  // Numbers they typed themselves, whoever's they are: their own texts are theirs to clear.
  n += await tx.$executeRaw`
    UPDATE partnership_request SET message = regexp_replace(message, ${ANY_PHONE}, ${ERASED_TEXT}, 'g')
     WHERE id = ANY(${requestIds}) AND message ~ ${ANY_PHONE}`;
  if (userId) {
    n +=
      await tx.$executeRaw`UPDATE request_event SET note = regexp_replace(note, ${ANY_PHONE}, ${ERASED_TEXT}, 'g') WHERE actor_user_id = ${userId} AND note ~ ${ANY_PHONE}`;
    n +=
      await tx.$executeRaw`UPDATE partnership_stage_event SET note = regexp_replace(note, ${ANY_PHONE}, ${ERASED_TEXT}, 'g') WHERE actor_user_id = ${userId} AND note ~ ${ANY_PHONE}`;
    n +=
      await tx.$executeRaw`UPDATE stage_proposal SET note = regexp_replace(note, ${ANY_PHONE}, ${ERASED_TEXT}, 'g') WHERE proposer_user_id = ${userId} AND note ~ ${ANY_PHONE}`;
    n +=
      await tx.$executeRaw`UPDATE stage_proposal SET reason = regexp_replace(reason, ${ANY_PHONE}, ${ERASED_TEXT}, 'g') WHERE decider_user_id = ${userId} AND reason ~ ${ANY_PHONE}`;
    n +=
      await tx.$executeRaw`UPDATE conversation_message SET body = regexp_replace(body, ${ANY_PHONE}, ${ERASED_TEXT}, 'g') WHERE author_user_id = ${userId} AND body ~ ${ANY_PHONE}`;
    n +=
      await tx.$executeRaw`UPDATE internal_note SET body = regexp_replace(body, ${ANY_PHONE}, ${ERASED_TEXT}, 'g') WHERE author_user_id = ${userId} AND body ~ ${ANY_PHONE}`;
  }
  return n;
}

/**
 * Erases a person, inside the caller's transaction `tx`: their address from every text column of
 * every table (found in Postgres's catalogue, so a column added later is covered), and their
 * names and phone numbers from every text the portal keeps about them (eraseNamesAndPhones).
 * Requests sent from the address (or by `requesterUserId` from another one) keep their row — the
 * municipalities' record: what was asked, status and history — with the requester's name, role
 * and address replaced by neutral markers; mail to the address and its sign-in links are deleted;
 * every municipality naming it as contact loses its contact person. `names` and `phones` are
 * further identifiers the caller knows (a contact person's). The account itself is the caller's.
 */
export async function eraseAddress(
  tx: Prisma.TransactionClient,
  address: string,
  requesterUserId?: string,
  known: { names?: (string | null)[]; phones?: (string | null)[] } = {},
): Promise<AddressErasure> {
  const a = address.trim().toLowerCase();
  const userId = requesterUserId ?? null;
  // The identifiers and the scope first: the requests still name the requester.
  const requests = await tx.$queryRaw<{ id: number; reference: string; requester_name: string }[]>`
    SELECT id, reference, requester_name FROM partnership_request
     WHERE lower(requester_email) = ${a} OR (${userId}::text IS NOT NULL AND requester_user_id = ${userId}) FOR UPDATE`;
  const contactOf = await tx.$queryRaw<{ id: number; contact_name: string | null; contact_phone: string | null }[]>`
    SELECT id, contact_name, contact_phone FROM municipality WHERE lower(contact_email) = ${a} FOR UPDATE`;
  const account = userId ? await tx.user.findUnique({ where: { id: userId }, select: { name: true } }) : null;
  const requestIds = requests.map((r) => r.id);
  const partnerships = await tx.partnership.findMany({ where: { requestId: { in: requestIds } }, select: { id: true } });
  const names = [...(known.names ?? []), account?.name, ...requests.map((r) => r.requester_name), ...contactOf.map((m) => m.contact_name)];
  const phones = [...(known.phones ?? []), ...contactOf.map((m) => m.contact_phone)];
  const scope: Scope = {
    requestIds,
    references: requests.map((r) => r.reference),
    partnershipIds: partnerships.map((p) => p.id),
    municipalityIds: contactOf.map((m) => m.id),
    userId,
  };
  let textsRedacted = await eraseNamesAndPhones(
    tx,
    scope,
    names.filter((n): n is string => Boolean(n)),
    phones.filter((p): p is string => Boolean(p)),
  );

  const requestsErased = await tx.$executeRaw`
    UPDATE partnership_request
       SET requester_name = ${ERASED_TEXT}, requester_role = ${ERASED_TEXT}, requester_email = ${ERASED_EMAIL}
     WHERE id = ANY(${requestIds})`;
  const mailsDeleted = await tx.$executeRaw`DELETE FROM outbox_message WHERE lower(recipient) = ${a}`;
  const tokensDeleted = await tx.$executeRaw`DELETE FROM verification_token WHERE lower(identifier) = ${a}`;
  // A proposer's part in a proposal of a municipality (name, role, address) goes whole; the place
  // proposed is no one's personal data and stays, waiting for no one if no proposer is left.
  await tx.$executeRaw`DELETE FROM join_proposer WHERE lower(email) = ${a} OR (${requesterUserId ?? null}::text IS NOT NULL AND user_id = ${requesterUserId ?? null})`;
  await tx.$executeRaw`DELETE FROM account WHERE lower(provider_account_id) = ${a}`;
  // What they wrote on the contact form, and the answers to it, are theirs alone: deleted.
  await eraseContactMessages(tx, a);
  // The sign-in limit's counters are keyed by a hash of the address: linkable to it, so they go too.
  await tx.$executeRaw`DELETE FROM rate_limit_hit WHERE key LIKE ${`%:${addressSubject(a)}`}`;
  const cleared = await tx.$queryRaw<{ id: number }[]>`
    UPDATE municipality SET contact_name = NULL, contact_role = NULL, contact_email = NULL, contact_phone = NULL
     WHERE id = ANY(${scope.municipalityIds}) RETURNING id`;

  // The municipalities whose texts hold the address: their search text is recomputed below.
  const holding = await tx.$queryRaw<{ id: number }[]>`
    SELECT id FROM municipality m WHERE strpos(lower(m::text), ${a}) > 0
    UNION SELECT municipality_id FROM municipality_translation t WHERE strpos(lower(t::text), ${a}) > 0
    UNION SELECT municipality_id FROM municipality_area t WHERE strpos(lower(t::text), ${a}) > 0
    UNION SELECT municipality_id FROM municipality_area_translation t WHERE strpos(lower(t::text), ${a}) > 0`;
  const changed = await replaceEverywhere(tx, addressPattern(a), a);
  for (const n of changed.values()) textsRedacted += n;
  const touched = new Set<number>([...cleared, ...holding].map((m) => m.id));
  if (touched.size > 0) {
    const ids = [...touched];
    // A new version: an editor's form opened before the erasure is refused as stale instead of
    // writing the erased contact back.
    await tx.$executeRaw`UPDATE municipality SET updated_at = now() WHERE id = ANY(${ids})`;
    // Descriptions and details feed the search keys: keep them in step (src/server/catalogue/README.md).
    await refreshSearchIndex(tx, ids);
  }
  return { requestsErased, mailsDeleted, tokensDeleted, contactsCleared: cleared.map((c) => c.id), textsRedacted };
}

/** `text` with every occurrence of `value` (an address, a name) replaced: for a reason typed by a coordinator before it is stored. */
export function redacted(text: string, value: string): string {
  return text.replace(new RegExp(literalPattern(value.trim()), "gi"), ERASED_TEXT);
}
