import { db } from "./database";

/** Creates a user; returns its id. */
export async function createUser(email: string, role: "COORDINATOR" | "ADMINISTRATOR" | null = null): Promise<string> {
  const user = await db().user.create({ data: { email, name: email.split("@")[0], role, emailVerified: new Date() } });
  return user.id;
}

export async function addMembership(userId: string, municipalityId: number, status: "PENDING" | "APPROVED" | "REJECTED" = "APPROVED") {
  await db().membership.create({
    data: { userId, municipalityId, status, decidedAt: status === "PENDING" ? null : new Date() },
  });
}
