import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";
import { type PartnershipRequestInput, parsePartnershipRequest } from "@/lib/partnership-request-schema";
import { Forbidden, loadPrincipal, type Principal } from "@/server/auth/principal";
import { approveRequest } from "@/server/requests/decide";
import { REQUESTS_PER_ACCOUNT, REQUESTS_PER_CLIENT, SubmissionLimited, submitPartnershipRequest, type SubmitContext } from "@/server/requests/submit";
import { getOwnRequest, listOwnRequests } from "@/server/requests/own";
import { NoLongerWithdrawable, WITHDRAWAL_REASON_MAX, withdrawRequest } from "@/server/requests/withdraw";
import type { RateLimit } from "@/server/abuse/rate-limit";
import { DomainError } from "@/server/errors";
import { db, resetDatabase } from "../support/database";
import { createEuMunicipality, createHromada } from "../support/fixtures";
import { formData } from "../support/forms";
import { addMembership, createUser } from "../support/accounts";
import { raceIt } from "../support/race";

const CONTEXT: SubmitContext = { locale: "en", clientAddress: null, origin: "https://portal.example" };

function validForm(overrides: Record<string, string | string[]> = {}): FormData {
  return formData({
    submissionToken: randomUUID(),
    areas: ["energy", "healthcare"],
    message: "Sindelfingen would like to help with backup power for the hospital.",
    requesterName: "Anna Berg",
    requesterRole: "Head of International Relations",
    languages: ["de", "en"],
    interpretationNeeded: "on",
    consent: "on",
    ...overrides,
  });
}

function parsed(form: FormData = validForm()) {
  const result = parsePartnershipRequest(form);
  if (!result.ok) throw new Error(`fixture form is invalid: ${JSON.stringify(result.fieldErrors)}`);
  return result.input;
}

async function principal(userId: string): Promise<Principal> {
  const p = await loadPrincipal(userId);
  if (!p) throw new Error(`no user ${userId}`);
  return p;
}

/** Everything a submission or a withdrawal writes. */
const written = async () => ({
  requests: await db().partnershipRequest.count(),
  events: await db().requestEvent.count(),
  outbox: await db().outboxMessage.count(),
  allowed: await db().auditEvent.count({ where: { outcome: "ALLOWED" } }),
  hits: await db().rateLimitHit.count(),
});
const NOTHING = { requests: 0, events: 0, outbox: 0, allowed: 0, hits: 0 };

let ids: Record<"lviv" | "sindelfingen" | "boeblingen", number>;
let users: Record<"staff" | "staffB" | "multi" | "editor" | "coordinator" | "admin" | "nobody", string>;

beforeEach(async () => {
  await resetDatabase();
  ids = {
    lviv: await createHromada({ slug: "lviv", nameEn: "Lviv", nameUk: "Львів", region: "lviv", population: 717803, needs: ["energy"] }),
    sindelfingen: await createEuMunicipality("sindelfingen", "Sindelfingen", "DE"),
    boeblingen: await createEuMunicipality("boeblingen", "Böblingen", "DE"),
  };
  await createHromada({ slug: "zhovkva", nameEn: "Zhovkva", nameUk: "Жовква", region: "lviv", population: 13000, seeking: false });
  await createHromada({ slug: "hidden", nameEn: "Hidden", nameUk: "Прихована", region: "lviv", population: 3000, status: "DRAFT" });
  users = {
    staff: await createUser("anna@sindelfingen.example"),
    staffB: await createUser("bernd@boeblingen.example"),
    multi: await createUser("clara@kreis.example"),
    editor: await createUser("olena@lviv.example"),
    coordinator: await createUser("coordinator@example.org", "COORDINATOR"),
    admin: await createUser("admin@example.org", "ADMINISTRATOR"),
    nobody: await createUser("newcomer@example.org"),
  };
  await addMembership(users.staff, ids.sindelfingen);
  await addMembership(users.staffB, ids.boeblingen);
  await addMembership(users.multi, ids.sindelfingen);
  await addMembership(users.multi, ids.boeblingen);
  await addMembership(users.editor, ids.lviv);
  await db().user.update({ where: { id: users.editor }, data: { locale: "uk" } });
});

describe("submitting a partnership request as EU staff", () => {
  it("stores it for the staff member's municipality with its history, an audit line and the notices, together", async () => {
    const { reference, duplicate } = await submitPartnershipRequest(await principal(users.staff), "lviv", parsed(), CONTEXT);
    expect(duplicate).toBe(false);
    expect(reference).toMatch(/^C4C-[2-9A-HJ-NP-Z]{6}$/);
    const stored = await db().partnershipRequest.findUniqueOrThrow({
      where: { reference },
      include: { areas: { include: { area: true } }, events: true },
    });
    expect(stored).toMatchObject({
      status: "SUBMITTED",
      requesterUserId: users.staff,
      requesterEmail: "anna@sindelfingen.example",
      euMunicipalityId: ids.sindelfingen,
      ukrainianMunicipalityId: ids.lviv,
      proposedMunicipalityName: null,
      interpretationNeeded: true,
      languages: ["de", "en"],
      locale: "en",
    });
    expect(stored.areas.map((a) => a.area.slug).sort()).toEqual(["energy", "healthcare"]);
    expect(stored.events).toMatchObject([{ kind: "SUBMITTED", toStatus: "SUBMITTED", actorUserId: users.staff }]);
    const audit = await db().auditEvent.findMany({ where: { action: "request.submit" } });
    expect(audit).toMatchObject([{ outcome: "ALLOWED", actorUserId: users.staff, objectType: "request", objectId: String(stored.id) }]);

    // One mail per address: the requester, Lviv's editor (in Ukrainian), the coordinator — each with a link.
    const mail = await db().outboxMessage.findMany({ orderBy: { to: "asc" } });
    expect(mail.map((m) => m.to)).toEqual(["anna@sindelfingen.example", "coordinator@example.org", "olena@lviv.example"]);
    const to = (address: string) => mail.find((m) => m.to === address)!;
    expect(to("anna@sindelfingen.example").text).toContain(`https://portal.example/en/account/requests/${reference}`);
    expect(to("coordinator@example.org").text).toContain(`https://portal.example/en/coordinator/requests/${reference}`);
    expect(to("olena@lviv.example").subject).toContain("Запит про партнерство");
    expect(to("olena@lviv.example").text).toContain("https://portal.example/uk/account");
    expect(to("olena@lviv.example").text).toContain("Львів");
  });

  it("ignores a municipality forged into the form: the request is from the staff member's own", async () => {
    const { reference } = await submitPartnershipRequest(await principal(users.staff), "lviv", parsed(validForm({ euMunicipality: "boeblingen" })), CONTEXT);
    const stored = await db().partnershipRequest.findUniqueOrThrow({ where: { reference } });
    expect(stored.euMunicipalityId).toBe(ids.sindelfingen);
  });

  it("lets staff of several municipalities choose among theirs only", async () => {
    const multi = await principal(users.multi);
    const { reference } = await submitPartnershipRequest(multi, "lviv", parsed(validForm({ euMunicipality: "boeblingen" })), CONTEXT);
    expect((await db().partnershipRequest.findUniqueOrThrow({ where: { reference } })).euMunicipalityId).toBe(ids.boeblingen);

    for (const choice of ["", "lviv", "atlantis"]) {
      const error = await submitPartnershipRequest(multi, "lviv", parsed(validForm({ euMunicipality: choice })), CONTEXT).catch((e) => e);
      expect(error).toBeInstanceOf(DomainError);
      expect(error).toMatchObject({ code: "chooseEuMunicipality", field: "euMunicipality" });
    }
    expect(await db().partnershipRequest.count()).toBe(1);
  });

  it("refuses everyone without an EU municipality of their own, writing nothing but the refusal", async () => {
    const refused: [string, Principal | null][] = [
      ["anonymous", null],
      ["editor", await principal(users.editor)],
      ["coordinator", await principal(users.coordinator)],
      ["administrator", await principal(users.admin)],
      ["signed in, no membership", await principal(users.nobody)],
    ];
    for (const [who, p] of refused) {
      const error = await submitPartnershipRequest(p, "lviv", parsed(), CONTEXT).catch((e) => e);
      expect(error, who).toBeInstanceOf(Forbidden);
      expect(error.signedIn, who).toBe(p !== null);
    }
    expect(await written()).toEqual(NOTHING);
    expect(await db().auditEvent.count({ where: { action: "request.submit", outcome: "REFUSED" } })).toBe(refused.length);
  });

  it("stores a resubmitted form once, gives the same reference and counts it once", async () => {
    const staff = await principal(users.staff);
    const input = parsed();
    const first = await submitPartnershipRequest(staff, "lviv", input, CONTEXT);
    const before = await written();
    const again = await submitPartnershipRequest(staff, "lviv", input, CONTEXT);
    expect(again).toEqual({ reference: first.reference, duplicate: true });
    expect(await written()).toEqual(before);
    expect((await db().rateLimitHit.findFirstOrThrow({ where: { key: `request:account:${users.staff}` } })).count).toBe(1);
  });

  raceIt("stores a double click once, even when both arrive together, and counts it once", async () => {
    const staff = await principal(users.staff);
    const input = parsed();
    const results = await Promise.all(
      Array.from({ length: 8 }, () => submitPartnershipRequest(staff, "lviv", input, { ...CONTEXT, clientAddress: "203.0.113.7" })),
    );
    expect(new Set(results.map((r) => r.reference)).size).toBe(1);
    expect(results.filter((r) => !r.duplicate)).toHaveLength(1);
    expect(await db().partnershipRequest.count()).toBe(1);
    expect(await db().requestEvent.count()).toBe(1);
    expect(await db().outboxMessage.count()).toBe(3);
    const hits = await db().rateLimitHit.findMany({ orderBy: { key: "asc" } });
    expect(hits.map((h) => [h.key, h.count])).toEqual([
      [`request:account:${users.staff}`, 1],
      ["request:client:203.0.113.7", 1],
    ]);
  });

  it("refuses someone else's submission token without revealing their reference", async () => {
    const input = parsed();
    await submitPartnershipRequest(await principal(users.staff), "lviv", input, CONTEXT);
    const error = await submitPartnershipRequest(await principal(users.staffB), "lviv", input, CONTEXT).catch((e) => e);
    expect(error).toMatchObject({ code: "tokenTaken" });
    expect(await db().partnershipRequest.count()).toBe(1);
  });

  it("stores nothing for an invalid form, even when a caller hands it to the write path unparsed", async () => {
    const result = parsePartnershipRequest(validForm({ message: "short", requesterRole: "" }));
    expect(result.ok).toBe(false);
    const staff = await principal(users.staff);
    for (const broken of [{ message: "short" }, { requesterRole: "" }, { areas: [] }, { consent: false }, { submissionToken: "not-a-token" }]) {
      const input = { ...parsed(), ...broken } as unknown as PartnershipRequestInput;
      await expect(submitPartnershipRequest(staff, "lviv", input, CONTEXT)).rejects.toMatchObject({ code: "invalid" });
    }
    expect(await written()).toEqual(NOTHING);
  });

  it("refuses a municipality that does not seek partners, a draft or an unknown one, writing nothing", async () => {
    const staff = await principal(users.staff);
    for (const slug of ["zhovkva", "hidden", "no-such-place", "sindelfingen"]) {
      await expect(submitPartnershipRequest(staff, slug, parsed(), CONTEXT)).rejects.toMatchObject({ code: "targetUnavailable" });
    }
    expect(await written()).toEqual(NOTHING);
  });
});

describe("the submission rate limit", () => {
  /** Fills a rule's counter for the current window up to its limit, as that many requests would. */
  async function exhaust(rule: RateLimit, subject: string) {
    const windowStart = new Date(Math.floor(Date.now() / rule.windowMs) * rule.windowMs);
    await db().rateLimitHit.create({ data: { key: `${rule.name}:${subject}`, windowStart, count: rule.limit } });
  }

  it("refuses the account's request over the limit, writes nothing and says when to retry", async () => {
    const staff = await principal(users.staff);
    const earlier = parsed();
    const sent = await submitPartnershipRequest(staff, "lviv", earlier, CONTEXT);
    await db().rateLimitHit.deleteMany();
    await exhaust(REQUESTS_PER_ACCOUNT, users.staff);
    const before = await written();

    const error = await submitPartnershipRequest(staff, "lviv", parsed(), CONTEXT).catch((e) => e);
    expect(error).toBeInstanceOf(SubmissionLimited);
    expect(error.retryAfterSeconds).toBeGreaterThan(0);
    expect(error.retryAfterSeconds).toBeLessThanOrEqual(3600);
    expect(await written()).toEqual(before);
    expect(await db().auditEvent.count({ where: { action: "request.submit", outcome: "REFUSED" } })).toBe(1);

    // The earlier form sent again still gets its reference (a resend is not a new request) …
    await expect(submitPartnershipRequest(staff, "lviv", earlier, CONTEXT)).resolves.toEqual({ reference: sent.reference, duplicate: true });
    // … and another account is not affected.
    await expect(submitPartnershipRequest(await principal(users.staffB), "lviv", parsed(), CONTEXT)).resolves.toMatchObject({ duplicate: false });
  });

  it("refuses any account over the limit of one client address", async () => {
    await exhaust(REQUESTS_PER_CLIENT, "198.51.100.4");
    const context = { ...CONTEXT, clientAddress: "198.51.100.4" };
    await expect(submitPartnershipRequest(await principal(users.staffB), "lviv", parsed(), context)).rejects.toBeInstanceOf(SubmissionLimited);
    expect(await db().partnershipRequest.count()).toBe(0);
    // Another address is not limited.
    const other = await submitPartnershipRequest(await principal(users.staffB), "lviv", parsed(), { ...context, clientAddress: "198.51.100.5" });
    expect(other).toEqual({ reference: expect.stringMatching(/^C4C-[A-Z0-9]{6}$/), duplicate: false });
    expect(await db().partnershipRequest.count({ where: { reference: other.reference, requesterUserId: users.staffB } })).toBe(1);
  });
});

describe("my requests", () => {
  it("lists only the person's own requests, newest first, and opens only their own", async () => {
    const staff = await principal(users.staff);
    const first = await submitPartnershipRequest(staff, "lviv", parsed(), CONTEXT);
    await db().partnershipRequest.update({ where: { reference: first.reference }, data: { submittedAt: new Date(Date.now() - 86_400_000) } });
    // One open request per pair: the second goes to another hromada.
    await createHromada({ slug: "stryi", nameEn: "Stryi", nameUk: "Стрий", region: "lviv", population: 59000, needs: ["water"] });
    const second = await submitPartnershipRequest(staff, "stryi", parsed(), CONTEXT);
    const other = await submitPartnershipRequest(await principal(users.staffB), "lviv", parsed(), CONTEXT);

    expect((await listOwnRequests(staff)).map((r) => r.reference)).toEqual([second.reference, first.reference]);
    const own = await getOwnRequest(staff, first.reference);
    expect(own).toMatchObject({ reference: first.reference, status: "SUBMITTED", withdrawable: true, areas: ["energy", "healthcare"] });
    expect(own.events.map((e) => e.kind)).toEqual(["SUBMITTED"]);

    for (const reference of [other.reference, "C4C-ZZZZZZ"]) {
      await expect(getOwnRequest(staff, reference)).rejects.toBeInstanceOf(Forbidden);
    }
    // Once no longer staff, the person still reads the requests they sent (their own data)…
    await db().membership.deleteMany({ where: { userId: users.staff } });
    const former = await principal(users.staff);
    expect((await listOwnRequests(former)).map((r) => r.reference)).toEqual([second.reference, first.reference]);
    expect(await getOwnRequest(former, first.reference)).toMatchObject({ reference: first.reference, withdrawable: false });
    // …and a coordinator reads requests in the workspace, not as their own.
    await expect(getOwnRequest(await principal(users.coordinator), first.reference)).rejects.toBeInstanceOf(Forbidden);
    expect(await db().auditEvent.count({ where: { action: "request.readOwn", outcome: "REFUSED" } })).toBe(3);
  });
});

describe("withdrawing a request", () => {
  async function sent(userId = users.staff): Promise<string> {
    return (await submitPartnershipRequest(await principal(userId), "lviv", parsed(), CONTEXT)).reference;
  }

  it("records the requester's reason in the history; a reason too long changes nothing", async () => {
    const reference = await sent();
    const staff = await principal(users.staff);
    await expect(withdrawRequest(staff, reference, undefined, "x".repeat(WITHDRAWAL_REASON_MAX + 1))).rejects.toMatchObject({
      code: "reasonTooLong",
      field: "reason",
    });
    expect((await db().partnershipRequest.findUniqueOrThrow({ where: { reference } })).status).toBe("SUBMITTED");
    await withdrawRequest(staff, reference, undefined, "  We found a partner nearer home.  ");
    const stored = await db().partnershipRequest.findUniqueOrThrow({ where: { reference }, include: { events: { orderBy: { id: "asc" } } } });
    expect(stored.events.map((e) => [e.kind, e.note])).toEqual([
      ["SUBMITTED", null],
      ["WITHDRAWN", "We found a partner nearer home."],
    ]);
  });

  it("withdraws once, with its history line, an audit line and a notice to the coordinators", async () => {
    const reference = await sent();
    const staff = await principal(users.staff);
    const outboxBefore = await db().outboxMessage.count();
    await withdrawRequest(staff, reference, "https://portal.example");

    const stored = await db().partnershipRequest.findUniqueOrThrow({ where: { reference }, include: { events: { orderBy: { id: "asc" } } } });
    expect(stored.status).toBe("WITHDRAWN");
    expect(stored.events.map((e) => [e.kind, e.fromStatus, e.toStatus])).toEqual([
      ["SUBMITTED", null, "SUBMITTED"],
      ["WITHDRAWN", "SUBMITTED", "WITHDRAWN"],
    ]);
    expect(await db().auditEvent.count({ where: { action: "request.withdrawOwn", outcome: "ALLOWED", objectId: String(stored.id) } })).toBe(1);
    const notices = await db().outboxMessage.findMany({ where: { id: { gt: 0 } }, orderBy: { id: "asc" }, skip: outboxBefore });
    expect(notices.map((m) => m.to)).toEqual(["coordinator@example.org"]);
    expect(notices[0].text).toContain(`https://portal.example/en/coordinator/requests/${reference}`);

    // A second withdrawal is told the request is withdrawn already, and writes nothing.
    const before = await written();
    await expect(withdrawRequest(staff, reference)).rejects.toMatchObject({ status: "WITHDRAWN" });
    expect(await written()).toEqual(before);
    expect((await getOwnRequest(staff, reference)).withdrawable).toBe(false);
  });

  it("cannot withdraw after a decision", async () => {
    const reference = await sent();
    await approveRequest(await principal(users.coordinator), reference);
    const error = await withdrawRequest(await principal(users.staff), reference).catch((e) => e);
    expect(error).toBeInstanceOf(NoLongerWithdrawable);
    expect(error.status).toBe("APPROVED");
    expect((await db().partnershipRequest.findUniqueOrThrow({ where: { reference } })).status).toBe("APPROVED");
  });

  raceIt("of a withdrawal racing a coordinator's approval, exactly one wins", async () => {
    for (let round = 0; round < 5; round++) {
      const reference = await sent();
      const [withdrawal, approval] = await Promise.allSettled([
        withdrawRequest(await principal(users.staff), reference),
        approveRequest(await principal(users.coordinator), reference),
      ]);
      const stored = await db().partnershipRequest.findUniqueOrThrow({ where: { reference }, include: { partnership: true, events: true } });
      expect([withdrawal.status, approval.status].filter((s) => s === "fulfilled")).toHaveLength(1);
      if (withdrawal.status === "fulfilled") {
        expect(stored.status).toBe("WITHDRAWN");
        expect(stored.partnership).toBeNull();
        expect(approval.status === "rejected" && approval.reason).toMatchObject({ code: "alreadyDecided", status: "WITHDRAWN" });
      } else {
        expect(stored.status).toBe("APPROVED");
        expect(stored.partnership).not.toBeNull();
        expect(withdrawal.reason).toBeInstanceOf(NoLongerWithdrawable);
      }
      expect(stored.events.filter((e) => e.kind !== "SUBMITTED")).toHaveLength(1);
      await db().partnership.deleteMany();
    }
  });

  it("refuses someone else's request, an unknown one and anyone but the requester, changing nothing", async () => {
    const reference = await sent();
    const before = await written();
    for (const p of [await principal(users.staffB), await principal(users.coordinator), await principal(users.admin), await principal(users.editor), null]) {
      await expect(withdrawRequest(p, reference)).rejects.toBeInstanceOf(Forbidden);
    }
    await expect(withdrawRequest(await principal(users.staff), "C4C-ZZZZZZ")).rejects.toBeInstanceOf(Forbidden);
    expect(await written()).toEqual(before);
    expect((await db().partnershipRequest.findUniqueOrThrow({ where: { reference } })).status).toBe("SUBMITTED");
    expect(await db().auditEvent.count({ where: { action: "request.withdrawOwn", outcome: "REFUSED" } })).toBe(6);
  });
});
