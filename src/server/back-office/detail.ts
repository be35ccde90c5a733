import "server-only";
import { db } from "@/server/db";
import type { Principal } from "@/server/auth/principal";
import { authorizeManage } from "./authorize";

/** One municipality as the coordinators' back office shows and corrects it. */
export async function getManagedMunicipality(principal: Principal | null, slug: string) {
  const { id } = await authorizeManage(principal, slug);
  const m = await db().municipality.findUniqueOrThrow({
    where: { id },
    select: {
      id: true,
      slug: true,
      country: true,
      katottg: true,
      nameEn: true,
      nameUk: true,
      nameLocal: true,
      officialNameUk: true,
      regionName: true,
      raionEn: true,
      raionUk: true,
      hromadaType: true,
      population: true,
      website: true,
      status: true,
      seeksPartners: true,
      leftRegisterAt: true,
      occupiedSince: true,
      frontlineSince: true,
      conflictStatusSetAt: true,
      conflictStatusSetBy: { select: { name: true, email: true } },
      region: { select: { nameEn: true, nameUk: true } },
      _count: { select: { memberships: true, requestsReceived: true, requestsSent: true, ukrainianPartnerships: true, euPartnerships: true } },
    },
  });
  const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);
  return {
    ...m,
    occupiedSince: day(m.occupiedSince),
    frontlineSince: day(m.frontlineSince),
    conflictStatusSetBy: m.conflictStatusSetBy ? (m.conflictStatusSetBy.name ?? m.conflictStatusSetBy.email) : null,
    counts: {
      memberships: m._count.memberships,
      requests: m._count.requestsReceived + m._count.requestsSent,
      partnerships: m._count.ukrainianPartnerships + m._count.euPartnerships,
    },
  };
}
export type ManagedMunicipality = Awaited<ReturnType<typeof getManagedMunicipality>>;
