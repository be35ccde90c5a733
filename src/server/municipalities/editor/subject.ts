import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import { db } from "@/server/db";
import { DomainError } from "@/server/errors";
import { authorize, type Principal } from "@/server/auth/principal";
import type { Action } from "@/lib/permissions";

export type ProfileEditErrorCode = "notFound" | "stale" | "occupiedRegion" | "incomplete";

/**
 * Finds the Ukrainian municipality named by `slug` and authorises `action` on it (role AND
 * object). The check runs before, and outside, the write's transaction: a refusal's audit row
 * must be committed although nothing else is.
 */
export async function authorizeOnProfile(principal: Principal | null, action: Action, slug: string, client: PrismaClient = db()): Promise<{ id: number }> {
  const m = /^[a-z0-9-]{1,120}$/.test(slug) ? await client.municipality.findFirst({ where: { slug, country: "UA" }, select: { id: true } }) : null;
  if (!m) {
    // Refused to everyone but coordinators and administrators, exactly as another municipality's
    // profile would be: an editor cannot tell an unknown slug from a draft that is not theirs.
    await authorize(principal, action, undefined, client);
    throw new DomainError<ProfileEditErrorCode>("notFound");
  }
  await authorize(principal, action, { type: "municipality", id: m.id }, client);
  return m;
}
