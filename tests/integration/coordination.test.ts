import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";
import { Forbidden, loadPrincipal, type Principal } from "@/server/auth/principal";
import { approveRequest, askForInformation, declineRequest } from "@/server/requests/decide";
import { AlreadyDecided } from "@/server/requests/errors";
import { decideMembership, listPendingMemberships } from "@/server/memberships/decide-membership";
import { findJoinableMunicipalities } from "@/server/memberships/request-membership";
import { DEFAULT_QUEUE_FILTER, listRequestQueue, parseQueueFilter } from "@/server/requests/queue";
import { getRequestForReview } from "@/server/requests/review";
import { DomainError } from "@/server/errors";
import { db, resetDatabase } from "../support/database";
import { createEuMunicipality, createHromada } from "../support/fixtures";
import { addMembership, createUser } from "../support/accounts";
import { raceIt } from "../support/race";

let ids: Record<"lviv" | "sindelfingen", number>;
let users: Record<"editorLviv" | "staffSindelfingen" | "coordinator" | "coordinator2" | "pending", string>;

async function principal(userId: string): Promise<Principal> {
  const p = await loadPrincipal(userId);
  if (!p) throw new Error(`no user ${userId}`);
  return p;
}

async function createRequest(options: { eu?: number | null; submittedAt?: Date; proposedCountry?: string | null } = {}): Promise<string> {
  const reference = `C4C-${randomUUID().slice(0, 6).toUpperCase()}`;
  const eu = options.eu === undefined ? ids.sindelfingen : options.eu;
  await db().partnershipRequest.create({
    data: {
      reference,
      submissionToken: randomUUID(),
      ukrainianMunicipalityId: ids.lviv,
      euMunicipalityId: eu,
      proposedMunicipalityName: eu === null ? "Böblingen" : null,
      proposedCountry: eu === null ? (options.proposedCountry === undefined ? "DE" : options.proposedCountry) : null,
      message: "We would like to help with energy.",
      requesterName: "Anna Berg",
      requesterRole: "International relations",
      requesterEmail: "anna@example.org",
      languages: ["en", "de"],
      locale: "en",
      submittedAt: options.submittedAt,
      areas: { create: [{ area: { connect: { slug: "energy" } } }, { area: { connect: { slug: "water" } } }] },
    },
  });
  return reference;
}

const counts = async () => ({
  partnerships: await db().partnership.count(),
  outbox: await db().outboxMessage.count(),
  events: await db().requestEvent.count(),
  allowed: await db().auditEvent.count({ where: { outcome: "ALLOWED" } }),
});

beforeEach(async () => {
  await resetDatabase();
  ids = {
    lviv: await createHromada({ slug: "lviv", nameEn: "Lviv", nameUk: "Львів", region: "lviv", population: 717803, needs: ["energy"] }),
    sindelfingen: await createEuMunicipality("sindelfingen", "Sindelfingen", "DE"),
  };
  users = {
    editorLviv: await createUser("editor.lviv@example.org"),
    staffSindelfingen: await createUser("staff.sindelfingen@example.org"),
    coordinator: await createUser("coordinator@example.org", "COORDINATOR"),
    coordinator2: await createUser("coordinator2@example.org", "COORDINATOR"),
    pending: await createUser("pending@example.org"),
  };
  await addMembership(users.editorLviv, ids.lviv);
  await addMembership(users.staffSindelfingen, ids.sindelfingen);
  await addMembership(users.pending, ids.lviv, "PENDING");
});

describe("approving a request", () => {
  it("creates exactly one partnership with the request's areas, its history, an audit line and the notices, together", async () => {
    const reference = await createRequest();
    const result = await approveRequest(await principal(users.coordinator), reference);
    const request = await db().partnershipRequest.findUniqueOrThrow({
      where: { reference },
      include: { partnership: { include: { areas: { include: { area: true } } } }, events: true },
    });
    expect(request.status).toBe("APPROVED");
    expect(request.decidedAt).not.toBeNull();
    expect(await db().partnership.count()).toBe(1);
    expect(request.partnership).toMatchObject({
      id: result.partnershipId,
      stage: "INTRODUCED",
      ukrainianMunicipalityId: ids.lviv,
      euMunicipalityId: ids.sindelfingen,
    });
    expect(request.partnership!.areas.map((a) => a.area.slug).sort()).toEqual(["energy", "water"]);
    expect(request.events).toMatchObject([{ kind: "STATUS_CHANGED", fromStatus: "SUBMITTED", toStatus: "APPROVED", actorUserId: users.coordinator }]);
    expect(await db().auditEvent.findMany({ where: { action: "request.decide" }, select: { outcome: true, actorUserId: true } })).toEqual([
      { outcome: "ALLOWED", actorUserId: users.coordinator },
    ]);
    const outbox = await db().outboxMessage.findMany({ orderBy: { to: "asc" }, select: { to: true, subject: true, text: true } });
    // The requester, Lviv's approved editor (not the pending one) and the other coordinator:
    // the deciding coordinator gets no mail about their own decision.
    expect(outbox.map((m) => m.to)).toEqual(["anna@example.org", "coordinator2@example.org", "editor.lviv@example.org"]);
    expect(outbox.find((m) => m.to === "anna@example.org")!.subject).toContain(reference);
    // Editors get Ukrainian when they have not chosen a language.
    expect(outbox.find((m) => m.to === "editor.lviv@example.org")!.text).toContain("Львів");
  });

  it("adds a municipality not yet in the portal as an unpublished draft, as the requester named it", async () => {
    const reference = await createRequest({ eu: null });
    await approveRequest(await principal(users.coordinator), reference);
    const partnership = await db().partnership.findFirstOrThrow({ include: { euMunicipality: true } });
    expect(partnership.euMunicipality).toMatchObject({ nameEn: "Böblingen", country: "DE", status: "DRAFT" });
    // Its people find it by name on their account page, to ask to act for it.
    const found = await findJoinableMunicipalities("Boblingen");
    expect(found.choices.map((m) => m.slug)).toEqual([partnership.euMunicipality.slug]);
  });

  it("stores nothing when it fails: the municipalities are already partners", async () => {
    const reference = await createRequest();
    await db().partnership.create({ data: { ukrainianMunicipalityId: ids.lviv, euMunicipalityId: ids.sindelfingen, since: new Date("2024-01-01") } });
    const before = await counts();
    await expect(approveRequest(await principal(users.coordinator), reference)).rejects.toMatchObject({ code: "partnershipExists" });
    expect(await counts()).toEqual(before);
    expect((await db().partnershipRequest.findUniqueOrThrow({ where: { reference } })).status).toBe("SUBMITTED");
    expect(await db().auditEvent.count({ where: { action: "request.decide", outcome: "FAILED" } })).toBe(1);
  });

  it("stores nothing when the unlisted municipality's country is unknown", async () => {
    const reference = await createRequest({ eu: null, proposedCountry: null });
    const before = await counts();
    await expect(approveRequest(await principal(users.coordinator), reference)).rejects.toMatchObject({ code: "noEuMunicipality" });
    expect(await counts()).toEqual(before);
    expect(await db().municipality.count()).toBe(2);
  });
});

describe("who may decide", () => {
  for (const who of ["staffSindelfingen", "editorLviv", "pending"] as const) {
    it(`refuses ${who}, stores nothing but a REFUSED audit line`, async () => {
      const reference = await createRequest();
      const before = await counts();
      const actor = await principal(users[who]);
      await expect(approveRequest(actor, reference)).rejects.toBeInstanceOf(Forbidden);
      await expect(declineRequest(actor, reference, "Not a good match for now.")).rejects.toBeInstanceOf(Forbidden);
      await expect(getRequestForReview(actor, reference)).rejects.toBeInstanceOf(Forbidden);
      await expect(listRequestQueue(actor, parseQueueFilter({}))).rejects.toBeInstanceOf(Forbidden);
      expect(await counts()).toEqual(before);
      const refused = await db().auditEvent.findMany({ where: { outcome: "REFUSED" }, select: { action: true, actorUserId: true } });
      expect(refused).toContainEqual({ action: "request.decide", actorUserId: users[who] });
      expect(refused).toContainEqual({ action: "request.readAll", actorUserId: users[who] });
    });
  }

  it("refuses the signed-out, and an unknown reference is refused before it is looked up", async () => {
    const reference = await createRequest();
    await expect(approveRequest(null, reference)).rejects.toMatchObject({ signedIn: false });
    await expect(getRequestForReview(await principal(users.editorLviv), "C4C-NOSUCH")).rejects.toBeInstanceOf(Forbidden);
    expect(await getRequestForReview(await principal(users.coordinator), "C4C-NOSUCH")).toBeNull();
    expect(await db().partnership.count()).toBe(0);
  });
});

describe("declining and asking for information", () => {
  it("declining without a reason, or with too short a one, stores nothing", async () => {
    const reference = await createRequest();
    const before = await counts();
    const coordinator = await principal(users.coordinator);
    await expect(declineRequest(coordinator, reference, "")).rejects.toMatchObject({ code: "noteTooShort", field: "reason" });
    await expect(declineRequest(coordinator, reference, "   no   ")).rejects.toMatchObject({ code: "noteTooShort" });
    await expect(declineRequest(coordinator, reference, "x".repeat(2001))).rejects.toMatchObject({ code: "noteTooLong" });
    expect(await counts()).toEqual(before);
    expect((await db().partnershipRequest.findUniqueOrThrow({ where: { reference } })).status).toBe("SUBMITTED");
  });

  it("declines with the reason stored and sent to the requester, without a partnership", async () => {
    const reference = await createRequest();
    await declineRequest(await principal(users.coordinator), reference, "  Lviv has found a partner for energy already.  ");
    const request = await db().partnershipRequest.findUniqueOrThrow({ where: { reference } });
    expect(request).toMatchObject({ status: "DECLINED", decisionNote: "Lviv has found a partner for energy already." });
    expect(await db().partnership.count()).toBe(0);
    const mail = await db().outboxMessage.findFirstOrThrow({ where: { to: "anna@example.org" } });
    expect(mail.text).toContain("Lviv has found a partner for energy already.");
  });

  it("asking for information leaves the request waiting for the requester, and it can be approved meanwhile", async () => {
    const reference = await createRequest();
    const coordinator = await principal(users.coordinator);
    await askForInformation(coordinator, reference, "Which energy projects do you have in mind?");
    expect((await db().partnershipRequest.findUniqueOrThrow({ where: { reference } })).status).toBe("INFORMATION_REQUESTED");
    expect(await db().requestEvent.findMany({ select: { kind: true, fromStatus: true, toStatus: true, note: true } })).toEqual([
      { kind: "INFO_REQUESTED", fromStatus: "SUBMITTED", toStatus: "INFORMATION_REQUESTED", note: "Which energy projects do you have in mind?" },
    ]);
    await expect(askForInformation(coordinator, reference, "")).rejects.toMatchObject({ code: "noteTooShort" });
    await approveRequest(coordinator, reference);
    const review = await getRequestForReview(coordinator, reference);
    expect(review!.events.map((e) => [e.kind, e.fromStatus, e.toStatus])).toEqual([
      ["INFO_REQUESTED", "SUBMITTED", "INFORMATION_REQUESTED"],
      ["STATUS_CHANGED", "INFORMATION_REQUESTED", "APPROVED"],
    ]);
    expect(review!.ukrainian.needs).toEqual(["energy"]);
  });
});

describe("two coordinators deciding at once", () => {
  async function race(first: () => Promise<unknown>, second: () => Promise<unknown>) {
    const results = await Promise.allSettled([first(), second()]);
    const won = results.filter((r) => r.status === "fulfilled");
    const lost = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    return { won, lost };
  }

  for (let round = 0; round < 5; round++) {
    raceIt(`approve against decline: exactly one wins, the other is told it was already decided (round ${round + 1})`, async () => {
      const reference = await createRequest();
      const [a, b] = [await principal(users.coordinator), await principal(users.coordinator2)];
      const { won, lost } = await race(
        () => approveRequest(a, reference),
        () => declineRequest(b, reference, "We decline this one for now."),
      );
      expect(won).toHaveLength(1);
      expect(lost).toHaveLength(1);
      const error = lost[0].reason;
      expect(error).toBeInstanceOf(AlreadyDecided);
      const request = await db().partnershipRequest.findUniqueOrThrow({ where: { reference } });
      expect((error as AlreadyDecided).status).toBe(request.status);
      expect((error as AlreadyDecided).decidedBy).toBe(request.status === "APPROVED" ? "coordinator" : "coordinator2");
      expect(await db().partnership.count()).toBe(request.status === "APPROVED" ? 1 : 0);
      expect(await db().requestEvent.count()).toBe(1);
      // One decision's notices only: three recipients (not the deciding coordinator), once.
      expect(await db().outboxMessage.count()).toBe(3);
    });
  }

  it("approve against approve: one partnership at most", async () => {
    const reference = await createRequest();
    const [a, b] = [await principal(users.coordinator), await principal(users.coordinator2)];
    const { won, lost } = await race(
      () => approveRequest(a, reference),
      () => approveRequest(b, reference),
    );
    expect(won).toHaveLength(1);
    expect(lost[0].reason).toBeInstanceOf(AlreadyDecided);
    expect(await db().partnership.count()).toBe(1);
    expect(await db().auditEvent.count({ where: { action: "request.decide", outcome: "ALLOWED" } })).toBe(1);
  });

  it("a decided request cannot be decided again", async () => {
    const reference = await createRequest();
    const coordinator = await principal(users.coordinator);
    await declineRequest(coordinator, reference, "Not a good match for now.");
    await expect(approveRequest(coordinator, reference)).rejects.toMatchObject({ status: "DECLINED", decidedBy: "coordinator" });
    expect(await db().partnership.count()).toBe(0);
  });
});

describe("the queue", () => {
  it("lists open requests oldest first and filters by status and age", async () => {
    const now = new Date("2026-11-28T12:00:00Z");
    const old = await createRequest({ submittedAt: new Date("2026-10-01T12:00:00Z") });
    const recent = await createRequest({ submittedAt: new Date("2026-11-27T12:00:00Z") });
    const decided = await createRequest({ submittedAt: new Date("2026-09-01T12:00:00Z") });
    const coordinator = await principal(users.coordinator);
    await declineRequest(coordinator, decided, "Not a good match for now.");
    const refs = async (params: Record<string, string>) => (await listRequestQueue(coordinator, parseQueueFilter(params), now)).rows.map((r) => r.reference);
    expect(await refs({})).toEqual([old, recent]);
    expect(await refs({ age: "30" })).toEqual([old]);
    expect(await refs({ status: "DECLINED" })).toEqual([decided]);
    expect(await refs({ status: "all" })).toEqual([decided, old, recent]);
    expect(parseQueueFilter({ status: "nonsense", age: "5", page: "-3" })).toEqual(DEFAULT_QUEUE_FILTER);
  });
});

describe("membership requests", () => {
  it("a coordinator confirms one: the person becomes the municipality's editor; a second decision is refused", async () => {
    const coordinator = await principal(users.coordinator);
    const [pending] = await listPendingMemberships(coordinator);
    expect(pending).toMatchObject({ kind: "MUNICIPALITY_EDITOR", user: { email: "pending@example.org" } });
    await decideMembership(coordinator, pending.id, "APPROVED");
    expect((await principal(users.pending)).memberships).toEqual([{ municipalityId: ids.lviv, kind: "MUNICIPALITY_EDITOR" }]);
    expect(await db().membership.findUniqueOrThrow({ where: { id: pending.id } })).toMatchObject({ status: "APPROVED", decidedById: users.coordinator });
    await expect(decideMembership(await principal(users.coordinator2), pending.id, "REJECTED")).rejects.toMatchObject({ code: "alreadyDecided" });
    expect(await listPendingMemberships(coordinator)).toEqual([]);
    const mail = await db().outboxMessage.findMany({ select: { to: true, subject: true } });
    expect(mail).toEqual([{ to: "pending@example.org", subject: "You can now act for Lviv on the partner portal" }]);
  });

  it("editors and EU staff may not decide memberships", async () => {
    const [pending] = await listPendingMemberships(await principal(users.coordinator));
    await expect(decideMembership(await principal(users.editorLviv), pending.id, "APPROVED")).rejects.toBeInstanceOf(Forbidden);
    await expect(listPendingMemberships(await principal(users.staffSindelfingen))).rejects.toBeInstanceOf(Forbidden);
    expect((await db().membership.findUniqueOrThrow({ where: { id: pending.id } })).status).toBe("PENDING");
    expect(await db().auditEvent.count({ where: { action: "membership.decide", outcome: "REFUSED" } })).toBe(2);
    expect(await db().outboxMessage.count()).toBe(0);
  });
});

// DomainError is the base of AlreadyDecided: actions map both with one instanceof.
it("AlreadyDecided is a DomainError", () => {
  expect(new AlreadyDecided("APPROVED", null, null)).toBeInstanceOf(DomainError);
});
