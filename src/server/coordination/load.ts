import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import { db } from "@/server/db";
import type { Subject } from "@/server/auth/principal";

/** The facts `can` needs about the request with this reference, or null when there is none. */
export async function requestSubjectByReference(reference: string, client: PrismaClient = db()): Promise<(Subject & { type: "request" }) | null> {
  const r = await client.partnershipRequest.findUnique({
    where: { reference },
    select: { id: true, requesterUserId: true, ukrainianMunicipalityId: true, euMunicipalityId: true },
  });
  return r && { type: "request", ...r };
}

/** A reference as typed in a URL: short, upper-case letters, digits and dashes, or nothing. */
export function cleanReference(value: unknown): string | null {
  return typeof value === "string" && /^[A-Za-z0-9-]{1,16}$/.test(value) ? value.toUpperCase() : null;
}
