import { beforeEach, describe, expect, it } from "vitest";
import { can, Forbidden, loadPrincipal, type Principal } from "@/server/auth/principal";
import { DomainError } from "@/server/errors";
import { decideMembership, listPendingMemberships } from "@/server/memberships/decide-membership";
import { MEMBERSHIP_REQUESTS_PER_ACCOUNT, requestMembership } from "@/server/memberships/request-membership";
import { db, resetDatabase } from "../support/database";
import { createEuMunicipality, createHromada } from "../support/fixtures";
import { createUser } from "../support/accounts";
import { raceIt } from "../support/race";

let officer: string;
let coordinators: [string, string];
let lvivId: number;

const principal = async (id: string) => (await loadPrincipal(id)) as Principal;
const errorOf = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (e: unknown) => e,
  );

beforeEach(async () => {
  await resetDatabase();
  lvivId = await createHromada({ slug: "lviv", nameEn: "Lviv", nameUk: "Львів", region: "lviv", population: 717803 });
  await createHromada({ slug: "draft-town", nameEn: "Drafttown", nameUk: "Чернетка", region: "lviv", population: 5000, status: "DRAFT" });
  await createEuMunicipality("sindelfingen", "Sindelfingen", "DE");
  officer = await createUser("officer@lviv.example");
  coordinators = [await createUser("c1@network.example", "COORDINATOR"), await createUser("c2@network.example", "COORDINATOR")];
});

describe("joining a municipality", () => {
  it("an officer asks, a coordinator approves, and the officer becomes the municipality's editor", async () => {
    const asked = await requestMembership(await principal(officer), "lviv");
    expect(asked.status).toBe("PENDING");
    expect(can(await principal(officer), "profile.edit", { type: "municipality", id: lvivId })).toBe(false);

    const queue = await listPendingMemberships(await principal(coordinators[0]));
    expect(queue.map((m) => [m.user.email, m.municipality.slug])).toEqual([["officer@lviv.example", "lviv"]]);

    await decideMembership(await principal(coordinators[0]), asked.id, "APPROVED");
    expect(can(await principal(officer), "profile.edit", { type: "municipality", id: lvivId })).toBe(true);
    const audit = await db().auditEvent.findMany({ orderBy: { id: "asc" }, select: { action: true, outcome: true, actorUserId: true } });
    expect(audit).toEqual([
      { action: "membership.request", outcome: "ALLOWED", actorUserId: officer },
      { action: "membership.decide", outcome: "ALLOWED", actorUserId: coordinators[0] },
    ]);
  });

  it("a draft municipality can be joined; an unknown one cannot; asking twice keeps one request", async () => {
    const p = await principal(officer);
    const first = await requestMembership(p, "draft-town");
    const again = await requestMembership(p, "draft-town");
    expect(again.id).toBe(first.id);
    expect(await db().membership.count()).toBe(1);
    const error = await errorOf(requestMembership(p, "no-such-place"));
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe("unknownMunicipality");
  });

  it("asking again after a refusal puts the request back in the queue", async () => {
    const asked = await requestMembership(await principal(officer), "lviv");
    await decideMembership(await principal(coordinators[0]), asked.id, "REJECTED");
    expect((await requestMembership(await principal(officer), "lviv")).status).toBe("PENDING");
    expect(await listPendingMemberships(await principal(coordinators[1]))).toHaveLength(1);
  });

  it("only coordinators and administrators decide; the signed-out cannot ask", async () => {
    const asked = await requestMembership(await principal(officer), "lviv");
    expect(await errorOf(decideMembership(await principal(officer), asked.id, "APPROVED"))).toBeInstanceOf(Forbidden);
    expect(await errorOf(listPendingMemberships(await principal(officer)))).toBeInstanceOf(Forbidden);
    expect(await errorOf(requestMembership(null, "lviv"))).toBeInstanceOf(Forbidden);
    expect((await db().membership.findUniqueOrThrow({ where: { id: asked.id } })).status).toBe("PENDING");
  });

  raceIt("two coordinators deciding at once: exactly one decision wins, the other is told it was already decided", async () => {
    const asked = await requestMembership(await principal(officer), "lviv");
    const [a, b] = await Promise.allSettled([
      decideMembership(await principal(coordinators[0]), asked.id, "APPROVED"),
      decideMembership(await principal(coordinators[1]), asked.id, "REJECTED"),
    ]);
    const outcomes = [a, b];
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
    const lost = outcomes.find((o) => o.status === "rejected") as PromiseRejectedResult;
    expect((lost.reason as DomainError).code).toBe("alreadyDecided");
    const stored = await db().membership.findUniqueOrThrow({ where: { id: asked.id } });
    const winner = outcomes.findIndex((o) => o.status === "fulfilled");
    expect(stored.status).toBe(winner === 0 ? "APPROVED" : "REJECTED");
    expect(stored.decidedById).toBe(coordinators[winner]);
    expect(await db().auditEvent.count({ where: { action: "membership.decide" } })).toBe(1);
    expect(((await errorOf(decideMembership(await principal(coordinators[0]), 999_999, "APPROVED"))) as DomainError).code).toBe("notFound");
  });
});

describe("asking for many municipalities", () => {
  it("is limited per account and day: past the limit nothing is asked, the refusal is audited, asking again for one already asked costs nothing", async () => {
    const person = await createUser(`many.${Date.now()}@example.org`);
    const me = await loadPrincipal(person);
    const slugs = Array.from({ length: MEMBERSHIP_REQUESTS_PER_ACCOUNT.limit + 5 }, (_, i) => `place-${i}`);
    for (const slug of slugs) await createEuMunicipality(slug, `Place ${slug}`, "DE");
    const outcomes: string[] = [];
    for (const slug of slugs)
      outcomes.push(
        await requestMembership(me, slug).then(
          () => "asked",
          (e: unknown) => (e instanceof DomainError ? e.code : String(e)),
        ),
      );
    expect(outcomes.filter((o) => o === "asked")).toHaveLength(MEMBERSHIP_REQUESTS_PER_ACCOUNT.limit);
    expect(outcomes.slice(MEMBERSHIP_REQUESTS_PER_ACCOUNT.limit)).toEqual(Array(5).fill("tooMany"));
    expect(await db().membership.count({ where: { userId: person } })).toBe(MEMBERSHIP_REQUESTS_PER_ACCOUNT.limit);
    expect(await db().auditEvent.count({ where: { action: "membership.request", actorUserId: person, outcome: "REFUSED" } })).toBe(5);
    // Asking again for one already pending is still answered.
    await expect(requestMembership(me, slugs[0]!)).resolves.toMatchObject({ status: "PENDING" });
  });
});
