import { beforeAll, describe, expect, it } from "vitest";
import { inject } from "vitest";
import { Forbidden, loadPrincipal } from "@/server/auth/principal";
import { DomainError } from "@/server/errors";
import { exportOwnData } from "@/server/privacy/export";
import { importBundledRegister } from "@/server/register/bundled";
import { expressPartnerInterest, interestCount, listPartnerInterest } from "@/server/register/interest";
import { db, resetDatabase } from "../support/database";

const url = inject("databaseUrl");
let staff: string;
let otherStaff: string;
let editor: string;
let coordinator: string;

async function person(email: string, municipalitySlug: string | null, role: "COORDINATOR" | null = null) {
  const user = await db().user.create({ data: { email, role } });
  if (municipalitySlug) {
    const m = await db().municipality.findUniqueOrThrow({ where: { slug: municipalitySlug } });
    await db().membership.create({ data: { userId: user.id, municipalityId: m.id, status: "APPROVED" } });
  }
  return user.id;
}
const as = async (id: string) => loadPrincipal(id);
const refusal = (p: Promise<unknown>) =>
  p.then(
    () => "allowed",
    (e: unknown) => (e instanceof Forbidden ? "forbidden" : e instanceof DomainError ? e.code : String(e)),
  );

beforeAll(async () => {
  await resetDatabase();
  await importBundledRegister(url);
  for (const [slug, name, country] of [
    ["uppsala", "Uppsala", "SE"],
    ["lille", "Lille", "FR"],
  ]) {
    await db().municipality.create({ data: { slug, nameEn: name, country, languages: ["en"], status: "PUBLISHED" } });
  }
  await db().municipality.update({ where: { slug: "lviv" }, data: { status: "PUBLISHED" } });
  staff = await person("staff@uppsala.example", "uppsala");
  otherStaff = await person("staff@lille.example", "lille");
  editor = await person("editor@lviv.example", "lviv");
  coordinator = await person("coordinator@network.example", null, "COORDINATOR");
});

describe("telling the network an EU municipality would like to partner with a hromada", () => {
  it("counts one per EU municipality, however often told, and shows the coordinators the most asked first", async () => {
    expect(await expressPartnerInterest(await as(staff), "bibrska")).toEqual({ count: 1 });
    expect(await expressPartnerInterest(await as(staff), "bibrska")).toEqual({ count: 1 });
    expect(await expressPartnerInterest(await as(otherStaff), "bibrska")).toEqual({ count: 2 });
    expect(await expressPartnerInterest(await as(otherStaff), "buzhanska")).toEqual({ count: 1 });
    const list = await listPartnerInterest(await as(coordinator));
    expect(list.map((h) => [h.slug, h.count])).toEqual([
      ["bibrska", 2],
      ["buzhanska", 1],
    ]);
    expect(await db().auditEvent.count({ where: { action: "interest.express", outcome: "ALLOWED" } })).toBe(3);
  });

  it("is refused, audited and stores nothing, for anyone not acting for an EU municipality", async () => {
    const before = await db().partnerInterest.count();
    for (const who of [null, await as(editor), await as(coordinator)]) {
      expect(await refusal(expressPartnerInterest(who, "yerkivska"))).toBe("forbidden");
    }
    expect(await refusal(listPartnerInterest(await as(staff)))).toBe("forbidden");
    expect(await db().partnerInterest.count()).toBe(before);
    expect(await db().auditEvent.count({ where: { action: "interest.express", outcome: "REFUSED" } })).toBe(3);
  });

  it("is not for a hromada already on the portal, nor an unknown one", async () => {
    expect(await refusal(expressPartnerInterest(await as(staff), "lviv"))).toBe("onPortal");
    expect(await refusal(expressPartnerInterest(await as(staff), "no-such-hromada"))).toBe("notFound");
    expect(await refusal(expressPartnerInterest(await as(staff), "uppsala"))).toBe("notFound");
  });

  it("is in the person's data export, and outlives their account as their municipality's (without them)", async () => {
    const data = await exportOwnData(await as(staff));
    expect(data.partnerInterests.map((i) => i.ukrainianMunicipality.slug)).toEqual(["bibrska"]);
    const bibrska = await db().municipality.findUniqueOrThrow({ where: { slug: "bibrska" } });
    await db().user.delete({ where: { id: staff } });
    expect(await interestCount(bibrska.id)).toBe(2);
    expect(await db().partnerInterest.count({ where: { userId: staff } })).toBe(0);
  });
});
