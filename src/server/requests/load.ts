import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import { db } from "@/server/db";
import type { Subject } from "@/server/auth/principal";

type RequestSubject = Subject & { type: "request" };
const subjectFields = { id: true, requesterUserId: true, ukrainianMunicipalityId: true, euMunicipalityId: true } as const;

/** The facts `can` needs about the request with this id, or null when there is none. */
export async function requestSubject(id: number, client: PrismaClient = db()): Promise<RequestSubject | null> {
  const r = await client.partnershipRequest.findUnique({ where: { id }, select: subjectFields });
  return r && { type: "request", ...r };
}

/** The facts `can` needs about the request with this reference, or null when there is none. */
export async function requestSubjectByReference(reference: string, client: PrismaClient = db()): Promise<RequestSubject | null> {
  // A reference is short and printable; anything else (a NUL byte from a hostile post) names no request
  // and never reaches the database, which would refuse it with an error.
  if (typeof reference !== "string" || reference.length > 40 || /[\u0000-\u001f]/.test(reference)) return null;
  const r = await client.partnershipRequest.findUnique({ where: { reference }, select: subjectFields });
  return r && { type: "request", ...r };
}

/** A reference as typed in a URL: short, upper-case letters, digits and dashes, or nothing. */
export function cleanReference(value: unknown): string | null {
  return typeof value === "string" && /^[A-Za-z0-9-]{1,16}$/.test(value) ? value.toUpperCase() : null;
}
