import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { ERASED_EMAIL, ERASED_TEXT } from "@/lib/privacy/erased";
import { addressSubject } from "@/server/abuse/rate-limit";
import { refreshSearchIndex } from "@/server/municipalities/search-index";
import { eraseContactMessages } from "@/server/contact/personal-data";

/**
 * Free-text columns where an address may have been typed by someone (a message, a note, a mail's
 * text). The address is replaced by ERASED_TEXT there; the rest of the text stays. Identifiers
 * come from this constant list only, never from input.
 */
const FREE_TEXT: readonly { table: string; column: string; json?: true }[] = [
  { table: "partnership_request", column: "message" },
  { table: "partnership_request", column: "decision_note" },
  { table: "partnership_request", column: "requester_name" },
  { table: "partnership_request", column: "requester_role" },
  { table: "partnership_request", column: "proposed_municipality_name" },
  { table: "partnership_request", column: "proposed_region" },
  { table: "request_event", column: "note" },
  { table: "outbox_message", column: "subject" },
  { table: "outbox_message", column: "text" },
  { table: "outbox_message", column: "html" },
  { table: "outbox_message", column: "last_error" },
  { table: "audit_event", column: "detail", json: true },
  { table: "app_user", column: "name" },
  { table: "municipality", column: "contact_name" },
  { table: "municipality", column: "contact_role" },
  { table: "municipality", column: "contact_phone" },
  { table: "municipality", column: "website" },
  { table: "municipality", column: "description_en" },
  { table: "municipality", column: "description_uk" },
  { table: "municipality_area", column: "detail_en" },
  { table: "municipality_area", column: "detail_uk" },
  { table: "municipality_translation", column: "description" },
  { table: "municipality_area_translation", column: "detail" },
  { table: "contact_message", column: "name" },
  { table: "contact_message", column: "organisation" },
  { table: "contact_message", column: "subject" },
  { table: "contact_message", column: "message" },
  { table: "contact_message", column: "answer" },
];

export type AddressErasure = {
  requestsErased: number;
  mailsDeleted: number;
  tokensDeleted: number;
  contactsCleared: number[];
  textsRedacted: number;
};

/** A regular expression (Postgres ARE) matching `address` literally. */
function literalPattern(address: string): string {
  return address.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * Removes an e-mail address from every table, inside the caller's transaction `tx`: requests sent
 * from it keep their row (the municipalities' record) with the requester's name, role and address
 * replaced by neutral markers; mail to it and its sign-in links are deleted; every municipality
 * naming it as contact loses its contact person; any other text holding it (notes, mail texts,
 * audit details, descriptions) has it replaced. `requesterUserId` also erases the requests that
 * person sent from another address. The account itself (app_user) is the caller's decision.
 */
export async function eraseAddress(tx: Prisma.TransactionClient, address: string, requesterUserId?: string): Promise<AddressErasure> {
  const a = address.trim().toLowerCase();
  const requestsErased = await tx.$executeRaw`
    UPDATE partnership_request
       SET requester_name = ${ERASED_TEXT}, requester_role = ${ERASED_TEXT}, requester_email = ${ERASED_EMAIL}
     WHERE lower(requester_email) = ${a} OR (${requesterUserId ?? null}::text IS NOT NULL AND requester_user_id = ${requesterUserId ?? null})`;
  const mailsDeleted = await tx.$executeRaw`DELETE FROM outbox_message WHERE lower(recipient) = ${a}`;
  const tokensDeleted = await tx.$executeRaw`DELETE FROM verification_token WHERE lower(identifier) = ${a}`;
  await tx.$executeRaw`DELETE FROM account WHERE lower(provider_account_id) = ${a}`;
  // What they wrote on the contact form, and the answers to it, are theirs alone: deleted.
  await eraseContactMessages(tx, a);
  // The sign-in limit's counters are keyed by a hash of the address: linkable to it, so they go too.
  await tx.$executeRaw`DELETE FROM rate_limit_hit WHERE key LIKE ${`%:${addressSubject(a)}`}`;
  const cleared = await tx.$queryRaw<{ id: number }[]>`
    UPDATE municipality SET contact_name = NULL, contact_role = NULL, contact_email = NULL, contact_phone = NULL
     WHERE lower(contact_email) = ${a} RETURNING id`;

  const pattern = literalPattern(a);
  let textsRedacted = 0;
  const touchedMunicipalities = new Set<number>();
  for (const { table, column, json } of FREE_TEXT) {
    // Safe: table and column come from the constant list above; the address is a parameter.
    const value = json ? `${column}::text` : column;
    const replaced = json ? `regexp_replace(${value}, $1, $2, 'gi')::jsonb` : `regexp_replace(${value}, $1, $2, 'gi')`;
    const returning = table === "municipality" ? "RETURNING id" : table.startsWith("municipality_") ? "RETURNING municipality_id AS id" : "";
    const sql = `UPDATE ${table} SET ${column} = ${replaced} WHERE strpos(lower(${value}), $3) > 0 ${returning}`;
    if (returning) {
      const rows = await tx.$queryRawUnsafe<{ id: number }[]>(sql, pattern, ERASED_TEXT, a);
      rows.forEach((r) => touchedMunicipalities.add(r.id));
      textsRedacted += rows.length;
    } else {
      textsRedacted += await tx.$executeRawUnsafe(sql, pattern, ERASED_TEXT, a);
    }
  }
  cleared.forEach((c) => touchedMunicipalities.add(c.id));
  if (touchedMunicipalities.size > 0) {
    const ids = [...touchedMunicipalities];
    // A new version: an editor's form opened before the erasure is refused as stale instead of
    // writing the erased contact back.
    await tx.$executeRaw`UPDATE municipality SET updated_at = now() WHERE id = ANY(${ids})`;
    // Descriptions and details feed the search keys: keep them in step (src/lib/search/README.md).
    await refreshSearchIndex(tx, ids);
  }
  return { requestsErased, mailsDeleted, tokensDeleted, contactsCleared: cleared.map((c) => c.id), textsRedacted };
}

/** `text` with every occurrence of `value` (an address, a name) replaced: for a reason typed by a coordinator before it is stored. */
export function redacted(text: string, value: string): string {
  return text.replace(new RegExp(literalPattern(value.trim()), "gi"), ERASED_TEXT);
}
