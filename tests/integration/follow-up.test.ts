import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";
import { Forbidden, loadPrincipal, type Principal } from "@/server/auth/principal";
import { approveRequest, askForInformation } from "@/server/requests/decide";
import { listRequestQueue, parseQueueFilter } from "@/server/requests/queue";
import { getRequestForReview } from "@/server/requests/review";
import { answerInformationRequest } from "@/server/requests/answer";
import { getOwnRequest } from "@/server/requests/own";
import { OpenRequestExists, openRequestsFor } from "@/server/requests/open-requests";
import { submitPartnershipRequest, type SubmitContext } from "@/server/requests/submit";
import { withdrawRequest } from "@/server/requests/withdraw";
import { parsePartnershipRequest } from "@/lib/partnership-request-schema";
import { getContactFor } from "@/server/municipalities/contact";
import { requestMembership } from "@/server/memberships/request-membership";
import { decideMembership } from "@/server/memberships/decide-membership";
import { listAuditEvents } from "@/server/audit/read";
import { db, resetDatabase } from "../support/database";
import { createEuMunicipality, createHromada } from "../support/fixtures";
import { addMembership, createUser } from "../support/accounts";
import { formData } from "../support/forms";

const ORIGIN = "https://portal.example";
const CONTEXT: SubmitContext = { locale: "en", clientAddress: null, origin: ORIGIN };

let ids: Record<"lviv" | "sindelfingen", number>;
let p: Record<"staff" | "colleague" | "editor" | "coordinator" | "outsider", Principal>;

const principal = async (id: string) => (await loadPrincipal(id))!;
const input = () => {
  const parsed = parsePartnershipRequest(
    formData({
      submissionToken: randomUUID(),
      areas: ["energy"],
      message: "Sindelfingen would like to help with backup power for the hospital.",
      requesterName: "Anna Berg",
      requesterRole: "International relations",
      languages: ["de", "en"],
      consent: "on",
    }),
  );
  if (!parsed.ok) throw new Error("invalid fixture");
  return parsed.input;
};
const openQueue = async () => (await listRequestQueue(p.coordinator, parseQueueFilter({}))).rows.map((r) => r.reference);

beforeEach(async () => {
  await resetDatabase();
  ids = {
    lviv: await createHromada({ slug: "lviv", nameEn: "Lviv", nameUk: "Львів", region: "lviv", population: 717803, needs: ["energy"] }),
    sindelfingen: await createEuMunicipality("sindelfingen", "Sindelfingen", "DE"),
  };
  const staff = await createUser("anna@sindelfingen.example");
  const colleague = await createUser("bernd@sindelfingen.example");
  const editor = await createUser("olena@lviv.example");
  const coordinator = await createUser("coordinator@network.example", "COORDINATOR");
  const outsider = await createUser("someone@elsewhere.example");
  await addMembership(staff, ids.sindelfingen);
  await addMembership(colleague, ids.sindelfingen);
  await addMembership(editor, ids.lviv);
  await db().user.update({ where: { id: editor }, data: { locale: "uk" } });
  p = {
    staff: await principal(staff),
    colleague: await principal(colleague),
    editor: await principal(editor),
    coordinator: await principal(coordinator),
    outsider: await principal(outsider),
  };
});

describe("answering a coordinator's request for information", () => {
  it("takes the request out of the open queue until the requester answers on its page; the answer joins the history and brings it back", async () => {
    const { reference } = await submitPartnershipRequest(p.staff, "lviv", input(), CONTEXT);
    await askForInformation(p.coordinator, reference, "Which buildings need backup power first?", ORIGIN);
    expect(await openQueue()).toEqual([]);
    const asked = await db().outboxMessage.findFirstOrThrow({ where: { to: "anna@sindelfingen.example", subject: { contains: "more information" } } });
    expect(asked.text).toContain("answer on the request's page");
    expect(asked.text).toContain(`${ORIGIN}/en/account/requests/${reference}`);
    const page = await getOwnRequest(p.staff, reference);
    expect(page).toMatchObject({ status: "INFORMATION_REQUESTED", answerable: true, withdrawable: true, question: "Which buildings need backup power first?" });

    await db().outboxMessage.deleteMany();
    await answerInformationRequest(p.staff, reference, "The hospital first, then the two water pumping stations.", ORIGIN);
    expect(await openQueue()).toEqual([reference]);
    const review = await getRequestForReview(p.coordinator, reference);
    expect(review!.status).toBe("UNDER_REVIEW");
    expect(review!.events.at(-1)).toMatchObject({
      kind: "INFO_PROVIDED",
      fromStatus: "INFORMATION_REQUESTED",
      toStatus: "UNDER_REVIEW",
      note: "The hospital first, then the two water pumping stations.",
      // The coordinators read who acted by name and address.
      actor: "anna <anna@sindelfingen.example>",
    });
    const told = await db().outboxMessage.findMany({ select: { to: true, text: true } });
    expect(told.map((m) => m.to)).toEqual(["coordinator@network.example"]);
    expect(told[0].text).toContain(`${ORIGIN}/en/coordinator/requests/${reference}`);
    expect(await db().auditEvent.count({ where: { action: "request.answerOwn", outcome: "ALLOWED" } })).toBe(1);
    // Answered once: the request no longer waits for an answer.
    await expect(answerInformationRequest(p.staff, reference, "A second answer, too late.")).rejects.toMatchObject({ code: "notAwaitingAnswer" });
    // And it can be decided as before.
    await expect(approveRequest(p.coordinator, reference)).resolves.toMatchObject({ status: "APPROVED" });
  });

  it("is refused to anyone but the requester, and a too short answer changes nothing", async () => {
    const { reference } = await submitPartnershipRequest(p.staff, "lviv", input(), CONTEXT);
    await askForInformation(p.coordinator, reference, "Which buildings need backup power first?");
    for (const who of [p.colleague, p.editor, p.coordinator, null]) {
      await expect(answerInformationRequest(who, reference, "An answer from someone else entirely.")).rejects.toBeInstanceOf(Forbidden);
    }
    await expect(answerInformationRequest(p.staff, reference, "ok")).rejects.toMatchObject({ code: "noteTooShort", field: "answer" });
    expect((await db().partnershipRequest.findUniqueOrThrow({ where: { reference } })).status).toBe("INFORMATION_REQUESTED");
    expect(await db().requestEvent.count({ where: { kind: "INFO_PROVIDED" } })).toBe(0);
  });
});

describe("one open request per EU municipality and hromada", () => {
  it("refuses a second one, also from a colleague, with the open one's reference; after a withdrawal a new one is taken", async () => {
    const { reference } = await submitPartnershipRequest(p.staff, "lviv", input(), CONTEXT);
    const before = await db().partnershipRequest.count();
    for (const who of [p.staff, p.colleague]) {
      const error = await submitPartnershipRequest(who, "lviv", input(), CONTEXT).catch((e) => e);
      expect(error).toBeInstanceOf(OpenRequestExists);
      expect(error.reference).toBe(reference);
    }
    expect(await db().partnershipRequest.count()).toBe(before);
    // The profile and the form say so: a link for the sender, the reference for a colleague.
    expect(await openRequestsFor(p.staff, ids.lviv)).toEqual([{ reference, mine: true, eu: "Sindelfingen" }]);
    expect(await openRequestsFor(p.colleague, ids.lviv)).toEqual([{ reference, mine: false, eu: "Sindelfingen" }]);
    expect(await openRequestsFor(p.editor, ids.lviv)).toEqual([]);
    await withdrawRequest(p.staff, reference);
    await expect(submitPartnershipRequest(p.colleague, "lviv", input(), CONTEXT)).resolves.toMatchObject({ duplicate: false });
  });
});

describe("partners' contact persons", () => {
  it("are visible to both sides once a partnership exists, not before, and not after it ended", async () => {
    await db().municipality.update({ where: { id: ids.sindelfingen }, data: { contactName: "Anna Berg", contactEmail: "anna@sindelfingen.example" } });
    expect(await getContactFor(p.editor, ids.sindelfingen)).toEqual({ visible: false });
    const { reference } = await submitPartnershipRequest(p.staff, "lviv", input(), CONTEXT);
    await approveRequest(p.coordinator, reference, "Welcome to the network.");
    expect(await getContactFor(p.editor, ids.sindelfingen)).toMatchObject({
      visible: true,
      contact: { name: "Anna Berg", email: "anna@sindelfingen.example" },
    });
    expect(await getContactFor(p.staff, ids.lviv)).toMatchObject({ visible: true });
    expect(await getContactFor(p.outsider, ids.sindelfingen)).toEqual({ visible: false });
    await db().partnership.updateMany({ data: { stage: "ENDED" } });
    expect(await getContactFor(p.editor, ids.sindelfingen)).toEqual({ visible: false });
  });
});

describe("mail about memberships", () => {
  it("tells the coordinators of a new ask with a link, and the person of the decision in their own language with a link", async () => {
    const newcomer = await createUser("mykola@stryi.example");
    await db().user.update({ where: { id: newcomer }, data: { locale: "uk" } });
    await requestMembership(await principal(newcomer), "lviv", ORIGIN);
    const toCoordinator = await db().outboxMessage.findFirstOrThrow({ where: { to: "coordinator@network.example" } });
    expect(toCoordinator.subject).toContain("mykola@stryi.example");
    expect(toCoordinator.subject).toContain("Lviv");
    expect(toCoordinator.text).toContain(`${ORIGIN}/en/coordinator`);
    // Asking again while it waits does not mail again.
    await requestMembership(await principal(newcomer), "lviv", ORIGIN);
    expect(await db().outboxMessage.count({ where: { to: "coordinator@network.example" } })).toBe(1);

    const membership = await db().membership.findFirstOrThrow({ where: { userId: newcomer } });
    await decideMembership(p.coordinator, membership.id, "APPROVED", ORIGIN);
    const mail = await db().outboxMessage.findFirstOrThrow({ where: { to: "mykola@stryi.example" } });
    expect(mail.subject).toContain("Львів");
    expect(mail.text).toContain(`${ORIGIN}/uk/account`);
  });
});

describe("the audit log", () => {
  it("names a request by its reference and each decision by what was decided", async () => {
    const { reference } = await submitPartnershipRequest(p.staff, "lviv", input(), CONTEXT);
    await askForInformation(p.coordinator, reference, "Which buildings need backup power first?");
    await approveRequest(p.coordinator, reference);
    const log = await listAuditEvents(p.coordinator, { action: "request.decide", page: 1 });
    expect(log.rows.map((r) => [r.decision, r.object])).toEqual([
      ["approve", { kind: "request", reference }],
      ["askForInformation", { kind: "request", reference }],
    ]);
  });
});
