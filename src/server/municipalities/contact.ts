import "server-only";
import { db } from "@/server/db";
import { can, type Principal } from "@/server/auth/principal";
import { municipalitySubject } from "@/server/auth/subjects";

export type ContactPerson = { name: string | null; role: string | null; email: string | null; phone: string | null };

/**
 * A municipality's contact person, for those who may see it (contact.read: the municipality's
 * own people, the people of its active partners, coordinators, administrators); null for anyone
 * else (`visible: false`), in which case the fields are not even read. Not a refusal: the page shows an explanation
 * instead, so nothing is audited.
 */
export async function getContactFor(
  principal: Principal | null,
  municipalityId: number,
): Promise<{ visible: false } | { visible: true; contact: ContactPerson | null }> {
  if (!principal) return { visible: false };
  const subject = await municipalitySubject(municipalityId);
  if (!subject || !can(principal, "contact.read", subject)) return { visible: false };
  const m = await db().municipality.findUnique({
    where: { id: municipalityId },
    select: { contactName: true, contactRole: true, contactEmail: true, contactPhone: true },
  });
  if (!m || !(m.contactName || m.contactEmail || m.contactPhone)) return { visible: true, contact: null };
  return { visible: true, contact: { name: m.contactName, role: m.contactRole, email: m.contactEmail, phone: m.contactPhone } };
}
