import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import { db } from "@/server/db";
import { authorize, type Principal } from "@/server/auth/principal";
import { DomainError } from "@/server/errors";

const SLUG = /^[a-z0-9-]{1,120}$/;

/**
 * Authorises municipality.manage on the municipality of `slug` (role AND object). An unknown slug
 * is checked against the role first, so that a refusal is audited the same whether it exists or
 * not, and only then said to be unknown ("notFound").
 */
export async function authorizeManage(principal: Principal | null, slug: string, client: PrismaClient = db()): Promise<{ id: number; principal: Principal }> {
  const m = SLUG.test(slug) ? await client.municipality.findUnique({ where: { slug }, select: { id: true } }) : null;
  if (!m) {
    await authorize(principal, "municipality.manage", undefined, client);
    throw new DomainError("notFound");
  }
  return { id: m.id, principal: await authorize(principal, "municipality.manage", { type: "municipality", id: m.id }, client) };
}
