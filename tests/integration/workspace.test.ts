import { beforeEach, describe, expect, it } from "vitest";
import { Forbidden, loadPrincipal, type Principal } from "@/server/auth/principal";
import { DomainError } from "@/server/errors";
import { readDocumentVersion, uploadDocument, type DocumentUpload } from "@/server/workspace/documents";
import { createProject, getProjectForEditing, updateProject } from "@/server/workspace/projects";
import { workspaceView } from "@/server/workspace/view";
import { stalledPartnerships } from "@/server/partnerships/activity";
import { projectForm } from "@/lib/workspace/project-form";
import { parseForm } from "@/lib/forms/parse";
import type { ProjectInput } from "@/lib/workspace/project-form";
import { exportOwnData } from "@/server/privacy/export";
import { deleteOwnAccount } from "@/server/privacy/delete-account";
import { assignInterpreter } from "@/server/interpretation/assignments";
import { createInterpreter } from "@/server/interpretation/interpreters";
import { db, resetDatabase } from "../support/database";
import { createEuMunicipality, createHromada } from "../support/fixtures";
import { addMembership, createUser } from "../support/accounts";
import { DOCM, DOCX, EXE, HTML, PDF, PNG } from "../support/files";

type Who = "staff" | "editor" | "coordinator" | "admin" | "thirdEditor" | "otherStaff" | "nobody" | "interpreter";
let users: Record<Who, string>;
let partnershipId: number;
let otherPartnershipId: number;
let programmeId: number;

const as = async (who: Who): Promise<Principal> => (await loadPrincipal(users[who]))!;
const file = (name: string, data: Uint8Array): DocumentUpload => ({ name, data });
const letter = (data: Uint8Array = PDF) => ({
  document: "new",
  kind: "LETTER_OF_INTENT",
  title: "Letter of intent, March 2026",
  file: file("letter.pdf", data),
});
const project = (over: Partial<ProjectInput> = {}): ProjectInput => ({
  title: "School exchange and energy audit",
  areas: ["education", "energy"],
  programme: programmeId,
  status: "PREPARING",
  deadline: "2027-03-31",
  amountAsked: 250000,
  amountGranted: null,
  public: false,
  institutions: [
    { side: "UKRAINIAN", name: "Lyceum No. 3", type: "school" },
    { side: "EU", name: "Goldberg-Gymnasium", type: "school" },
  ],
  ...over,
});
const refusals = (action: string) => db().auditEvent.count({ where: { action, outcome: "REFUSED" } });
const stored = async () => ({
  documents: await db().workspaceDocument.count(),
  versions: await db().workspaceDocumentVersion.count(),
  projects: await db().jointProject.count(),
  institutions: await db().jointProjectInstitution.count(),
});

beforeEach(async () => {
  await resetDatabase();
  const lviv = await createHromada({ slug: "lviv", nameEn: "Lviv", nameUk: "Львів", region: "lviv", population: 717803 });
  const bar = await createHromada({ slug: "bar", nameEn: "Bar", nameUk: "Бар", region: "vinnytsia", population: 15000 });
  const sindelfingen = await createEuMunicipality("sindelfingen", "Sindelfingen", "DE");
  const uppsala = await createEuMunicipality("uppsala", "Uppsala", "SE");
  users = {
    staff: await createUser("anna@sindelfingen.example"),
    editor: await createUser("olena@lviv.example"),
    coordinator: await createUser("coordinator@example.org", "COORDINATOR"),
    admin: await createUser("admin@example.org", "ADMINISTRATOR"),
    thirdEditor: await createUser("ivan@bar.example"),
    otherStaff: await createUser("sven@uppsala.example"),
    nobody: await createUser("newcomer@example.org"),
    interpreter: "",
  };
  await addMembership(users.staff, sindelfingen);
  await addMembership(users.editor, lviv);
  await addMembership(users.thirdEditor, bar);
  await addMembership(users.otherStaff, uppsala);
  partnershipId = (await db().partnership.create({ data: { ukrainianMunicipalityId: lviv, euMunicipalityId: sindelfingen, since: new Date("2026-01-01") } }))
    .id;
  otherPartnershipId = (await db().partnership.create({ data: { ukrainianMunicipalityId: bar, euMunicipalityId: uppsala, since: new Date("2026-01-01") } })).id;
  const coordinator = await as("coordinator");
  const { id: interpreterId } = await createInterpreter(coordinator, {
    name: "Zoriana Müller",
    email: "zoriana@example.org",
    languagePairs: ["uk-de"],
    paid: false,
    availability: null,
    contact: null,
  });
  users.interpreter = (await db().interpreter.findUniqueOrThrow({ where: { id: interpreterId }, select: { userId: true } })).userId;
  await assignInterpreter(coordinator, { partnershipId }, interpreterId);
  programmeId = (await db().fundingProgramme.findFirstOrThrow({ where: { retiredAt: null }, orderBy: { id: "asc" }, select: { id: true } })).id;
});

describe("who reads and writes a partnership's workspace (role and object)", () => {
  it("lets both sides' people, coordinators and administrators upload and read; each write is audited", async () => {
    for (const who of ["staff", "editor", "coordinator", "admin"] as const) {
      const before = await db().auditEvent.count({ where: { action: "partnership.writeWorkspace", outcome: "ALLOWED" } });
      const { versionId } = await uploadDocument(await as(who), partnershipId, { ...letter(), title: `Letter by ${who}` });
      expect(await db().auditEvent.count({ where: { action: "partnership.writeWorkspace", outcome: "ALLOWED" } })).toBe(before + 1);
      const view = await workspaceView(await as(who), partnershipId);
      expect(view.member).toBe(true);
      expect(view.mayWrite).toBe(true);
      expect(view.documents.map((d) => d.title)).toContain(`Letter by ${who}`);
      const got = await readDocumentVersion(await as(who), partnershipId, versionId);
      expect(Buffer.from(got.data).equals(Buffer.from(PDF))).toBe(true);
      expect(got.contentType).toBe("application/pdf");
    }
    const { projectId } = await createProject(await as("editor"), partnershipId, project());
    await updateProject(await as("staff"), partnershipId, projectId, project({ status: "SUBMITTED" }));
    expect((await db().jointProject.findUniqueOrThrow({ where: { id: projectId } })).status).toBe("SUBMITTED");
  });

  it("lets the assigned interpreter read and download, never write (refusals audited)", async () => {
    const { versionId } = await uploadDocument(await as("staff"), partnershipId, letter());
    const view = await workspaceView(await as("interpreter"), partnershipId);
    expect(view).toMatchObject({ member: true, mayWrite: false });
    expect(view.documents).toHaveLength(1);
    expect((await readDocumentVersion(await as("interpreter"), partnershipId, versionId)).size).toBe(PDF.byteLength);
    const before = await stored();
    const refused = await refusals("partnership.writeWorkspace");
    await expect(uploadDocument(await as("interpreter"), partnershipId, letter())).rejects.toBeInstanceOf(Forbidden);
    await expect(createProject(await as("interpreter"), partnershipId, project())).rejects.toBeInstanceOf(Forbidden);
    expect(await refusals("partnership.writeWorkspace")).toBe(refused + 2);
    expect(await stored()).toEqual(before);
    // Their file under another partnership's address is not found; another partnership's workspace is closed to them.
    await expect(readDocumentVersion(await as("interpreter"), otherPartnershipId, versionId)).rejects.toMatchObject({ code: "notFound" });
    const theirs = await uploadDocument(await as("thirdEditor"), otherPartnershipId, letter());
    await expect(readDocumentVersion(await as("interpreter"), otherPartnershipId, theirs.versionId)).rejects.toBeInstanceOf(Forbidden);
    expect((await workspaceView(await as("interpreter"), otherPartnershipId)).member).toBe(false);
  });

  it("refuses a third municipality's editor, another EU municipality's staff and someone without a role, audited, showing them the public projects only", async () => {
    const { versionId } = await uploadDocument(await as("staff"), partnershipId, letter());
    await createProject(await as("staff"), partnershipId, project({ title: "Shown project", public: true }));
    await createProject(await as("staff"), partnershipId, project({ title: "Members' project", public: false }));
    for (const who of ["thirdEditor", "otherStaff", "nobody"] as const) {
      const before = await stored();
      const reads = await refusals("partnership.readWorkspace");
      const writes = await refusals("partnership.writeWorkspace");
      const view = await workspaceView(await as(who), partnershipId);
      expect(view).toMatchObject({ member: false, mayWrite: false, documents: [] });
      expect(view.projects.map((p) => p.title)).toEqual(["Shown project"]);
      await expect(readDocumentVersion(await as(who), partnershipId, versionId)).rejects.toBeInstanceOf(Forbidden);
      // Guessing the version under their own partnership's address changes nothing either.
      await expect(readDocumentVersion(await as(who), otherPartnershipId, versionId)).rejects.toBeInstanceOf(Forbidden);
      await expect(uploadDocument(await as(who), partnershipId, letter())).rejects.toBeInstanceOf(Forbidden);
      await expect(createProject(await as(who), partnershipId, project())).rejects.toBeInstanceOf(Forbidden);
      await expect(getProjectForEditing(await as(who), partnershipId, 1)).rejects.toBeInstanceOf(Forbidden);
      expect(await refusals("partnership.readWorkspace")).toBe(reads + 3);
      expect(await refusals("partnership.writeWorkspace")).toBe(writes + 3);
      expect(await stored()).toEqual(before);
    }
  });

  it("shows the anonymous visitor the public projects without amounts or deadline, and sends them to sign in for a file", async () => {
    const { versionId } = await uploadDocument(await as("editor"), partnershipId, letter());
    await createProject(await as("editor"), partnershipId, project({ title: "Shown project", public: true, status: "GRANTED", amountGranted: 200000 }));
    await createProject(await as("editor"), partnershipId, project({ title: "Members' project" }));
    const view = await workspaceView(null, partnershipId);
    expect(view.member).toBe(false);
    expect(view.documents).toEqual([]);
    expect(view.projects).toHaveLength(1);
    expect(view.projects[0]).toMatchObject({
      title: "Shown project",
      status: "GRANTED",
      amountAsked: null,
      amountGranted: null,
      deadline: null,
      areas: ["education", "energy"],
    });
    expect(view.projects[0].institutions.map((i) => i.name)).toEqual(["Lyceum No. 3", "Goldberg-Gymnasium"]);
    expect(view.projects[0].fundingProgramme?.id).toBe(programmeId);
    await expect(readDocumentVersion(null, partnershipId, versionId)).rejects.toMatchObject({ signedIn: false });
    await expect(uploadDocument(null, partnershipId, letter())).rejects.toMatchObject({ signedIn: false });
  });

  it("keeps a project of one partnership out of another's address, and answers an unknown partnership as refused", async () => {
    const { projectId } = await createProject(await as("staff"), partnershipId, project());
    await expect(updateProject(await as("coordinator"), otherPartnershipId, projectId, project({ title: "Moved" }))).rejects.toBeInstanceOf(DomainError);
    await expect(getProjectForEditing(await as("coordinator"), otherPartnershipId, projectId)).rejects.toBeInstanceOf(DomainError);
    await expect(uploadDocument(await as("staff"), 2_000_000_000, letter())).rejects.toBeInstanceOf(Forbidden);
    await expect(uploadDocument(await as("coordinator"), 2_000_000_000, letter())).rejects.toMatchObject({ code: "notFound" });
    expect((await db().jointProject.findUniqueOrThrow({ where: { id: projectId } })).title).toBe("School exchange and energy audit");
  });
});

describe("documents and their versions", () => {
  it("numbers the versions of a document, each with who uploaded it and when, newest first", async () => {
    const first = await uploadDocument(await as("staff"), partnershipId, letter());
    const second = await uploadDocument(await as("editor"), partnershipId, {
      document: String(first.documentId),
      kind: "",
      title: "",
      file: file("letter v2.docx", DOCX),
    });
    expect(second).toMatchObject({ documentId: first.documentId, number: 2 });
    const view = await workspaceView(await as("coordinator"), partnershipId);
    expect(view.documents).toHaveLength(1);
    expect(view.documents[0].versions.map((v) => [v.number, v.uploader, v.fileName])).toEqual([
      [2, "olena", "letter v2.docx"],
      [1, "anna", "letter.pdf"],
    ]);
    // Two versions at once: numbered one after the other, never the same number twice.
    const both = await Promise.all([
      uploadDocument(await as("staff"), partnershipId, { document: String(first.documentId), kind: "", title: "", file: file("a.png", PNG) }),
      uploadDocument(await as("editor"), partnershipId, { document: String(first.documentId), kind: "", title: "", file: file("b.png", PNG) }),
    ]);
    expect(both.map((b) => b.number).sort()).toEqual([3, 4]);
  });

  it("refuses a file that is not a PDF, image or office document by its content, a macro document, a missing file and a bad title, storing nothing", async () => {
    await uploadDocument(await as("staff"), partnershipId, letter());
    const before = await stored();
    for (const [name, data] of [
      ["page.pdf", HTML],
      ["setup.pdf", EXE],
      ["report.docx", DOCM],
    ] as const) {
      await expect(uploadDocument(await as("staff"), partnershipId, { ...letter(), file: file(name, data) })).rejects.toMatchObject({
        code: "fileType",
        field: "file",
      });
    }
    await expect(uploadDocument(await as("staff"), partnershipId, { ...letter(), file: null })).rejects.toMatchObject({ code: "fileMissing" });
    await expect(uploadDocument(await as("staff"), partnershipId, { ...letter(), title: "  " })).rejects.toMatchObject({ code: "titleRequired" });
    await expect(uploadDocument(await as("staff"), partnershipId, { ...letter(), title: "x".repeat(201) })).rejects.toMatchObject({ code: "titleTooLong" });
    await expect(uploadDocument(await as("staff"), partnershipId, { ...letter(), kind: "CONTRACT" })).rejects.toMatchObject({ code: "kindUnknown" });
    await expect(
      uploadDocument(await as("staff"), partnershipId, { ...letter(), file: file("big.pdf", new Uint8Array(10 * 1024 * 1024 + 1)) }),
    ).rejects.toMatchObject({
      code: "fileTooLarge",
    });
    // A version of another partnership's document, named by id: not this partnership's.
    const theirs = await uploadDocument(await as("thirdEditor"), otherPartnershipId, letter());
    await expect(uploadDocument(await as("staff"), partnershipId, { ...letter(), document: String(theirs.documentId) })).rejects.toMatchObject({
      code: "documentUnknown",
    });
    await expect(uploadDocument(await as("staff"), partnershipId, { ...letter(), document: "1; DROP" })).rejects.toMatchObject({ code: "documentUnknown" });
    expect(await stored()).toEqual({ ...before, documents: before.documents + 1, versions: before.versions + 1 });
  });
});

describe("joint projects' amounts and fields", () => {
  const form = (fields: Record<string, string | string[] | boolean>) => {
    const data = new FormData();
    for (const [k, v] of Object.entries(fields)) {
      if (Array.isArray(v)) v.forEach((x) => data.append(k, x));
      else if (typeof v === "boolean") {
        if (v) data.set(k, "on");
      } else data.set(k, v);
    }
    return parseForm(projectForm, data);
  };
  const base = { title: "Hospital twinning", areas: ["healthcare"], programme: "", status: "IDEA", deadline: "", amountAsked: "", amountGranted: "" };

  it("takes whole euros (spaces and separators allowed) and refuses fractions, negatives, words and amounts over a billion", () => {
    expect(form({ ...base, amountAsked: "250 000" })).toMatchObject({ ok: true, input: { amountAsked: 250000, amountGranted: null } });
    expect(form({ ...base, amountAsked: "1,500,000" })).toMatchObject({ ok: true, input: { amountAsked: 1500000 } });
    expect(form({ ...base, amountAsked: "1.500.000" })).toMatchObject({ ok: true, input: { amountAsked: 1500000 } });
    for (const bad of ["12.50", "12.5", "-5", "lots", "1000000001", "1e6"]) {
      const parsed = form({ ...base, amountAsked: bad });
      expect(parsed, bad).toMatchObject({ ok: false, fieldErrors: { amountAsked: ["amountInvalid"] } });
    }
  });

  it("gives an amount granted only to a granted application, in the form and in the domain function", async () => {
    expect(form({ ...base, status: "SUBMITTED", amountGranted: "1000" })).toMatchObject({
      ok: false,
      fieldErrors: { amountGranted: ["grantedOnlyWhenGranted"] },
    });
    expect(form({ ...base, status: "GRANTED", amountGranted: "1000" })).toMatchObject({ ok: true, input: { amountGranted: 1000 } });
    const before = await stored();
    await expect(createProject(await as("staff"), partnershipId, project({ status: "SUBMITTED", amountGranted: 1000 }))).rejects.toMatchObject({
      code: "grantedOnlyWhenGranted",
    });
    await expect(createProject(await as("staff"), partnershipId, project({ amountAsked: -1 }))).rejects.toMatchObject({ code: "amountInvalid" });
    await expect(createProject(await as("staff"), partnershipId, project({ programme: 999_999 }))).rejects.toMatchObject({ code: "programmeUnknown" });
    await expect(
      createProject(await as("staff"), partnershipId, project({ institutions: [{ side: "EU", name: "Rathaus", type: "castle" as never }] })),
    ).rejects.toMatchObject({ code: "institutionType" });
    expect(await stored()).toEqual(before);
  });

  it("keeps titles and names on one line: a NUL or a line break sent in them is never stored", async () => {
    expect(
      form({ ...base, title: "Hospital\u0000 twinning\n", "institution-UKRAINIAN-0-name": "Clinic\r\nNo. 1", "institution-UKRAINIAN-0-type": "clinic" }),
    ).toMatchObject({
      ok: true,
      input: { title: "Hospital twinning", institutions: [{ side: "UKRAINIAN", name: "Clinic No. 1", type: "clinic" }] },
    });
    const { documentId } = await uploadDocument(await as("staff"), partnershipId, { ...letter(), title: "Minutes\u0000 of May" });
    expect((await db().workspaceDocument.findUniqueOrThrow({ where: { id: documentId } })).title).toBe("Minutes of May");
  });

  it("refuses an institution with a type but no name, an unknown area and an impossible date", () => {
    const parsed = form({ ...base, areas: ["healthcare", "space-travel"], deadline: "2027-02-30", "institution-EU-1-type": "hospital" });
    expect(parsed).toMatchObject({
      ok: false,
      fieldErrors: { areas: ["areaUnknown"], deadline: ["deadlineInvalid"], "institution-EU-1": ["institutionName"] },
    });
  });
});

describe("last activity, export and erasure", () => {
  it("counts a document or a project as the partnership's activity: a quiet partnership is no longer stalled after either", async () => {
    const stalled = async () => (await stalledPartnerships(new Date(), 1000)).rows.map((r) => r.id);
    const quieten = () =>
      db().$executeRaw`UPDATE partnership SET created_at = now() - interval '200 days' WHERE id IN (${partnershipId}, ${otherPartnershipId})`;
    await db().partnershipStageEvent.deleteMany({ where: { partnershipId: { in: [partnershipId, otherPartnershipId] } } });
    await quieten();
    expect(await stalled()).toEqual(expect.arrayContaining([partnershipId, otherPartnershipId]));
    await uploadDocument(await as("staff"), partnershipId, letter());
    expect(await stalled()).not.toContain(partnershipId);
    expect(await stalled()).toContain(otherPartnershipId);
    await db().workspaceDocument.deleteMany({ where: { partnershipId } });
    await createProject(await as("staff"), partnershipId, project());
    expect(await stalled()).not.toContain(partnershipId);
  });

  it("lists in the uploader's export what they uploaded and recorded (no file bytes), and keeps the files without their id when they delete their account", async () => {
    const { versionId } = await uploadDocument(await as("staff"), partnershipId, letter());
    await createProject(await as("staff"), partnershipId, project());
    const data = await exportOwnData(await as("staff"));
    expect(data.workspaces.documentsUploaded).toEqual([
      expect.objectContaining({ fileName: "letter.pdf", title: "Letter of intent, March 2026", kind: "LETTER_OF_INTENT", partnershipId, number: 1 }),
    ]);
    expect(JSON.stringify(data.workspaces)).not.toContain("%PDF");
    expect(data.workspaces.projects).toEqual([expect.objectContaining({ title: "School exchange and energy audit", recordedByYou: true })]);
    expect((await exportOwnData(await as("editor"))).workspaces).toEqual({ documentsUploaded: [], projects: [] });
    await deleteOwnAccount(await as("staff"), users.staff, "anna@sindelfingen.example");
    const version = await db().workspaceDocumentVersion.findUniqueOrThrow({ where: { id: versionId } });
    expect(version.uploaderUserId).toBeNull();
    const p = await db().jointProject.findFirstOrThrow({ where: { partnershipId } });
    expect([p.recordedByUserId, p.updatedByUserId]).toEqual([null, null]);
  });
});
