import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";
import { parsePartnershipRequest } from "@/lib/partnership-request-schema";
import { submitPartnershipRequest } from "@/server/requests/submit";
import { DomainError } from "@/server/errors";
import { db, resetDatabase } from "../support/database";
import { createEuMunicipality, createHromada } from "../support/fixtures";
import { formData } from "../support/forms";

function validForm(overrides: Record<string, string | string[]> = {}): FormData {
  const fields: Record<string, string | string[]> = {
    submissionToken: randomUUID(),
    euMunicipality: "sindelfingen",
    areas: ["energy", "healthcare"],
    message: "Sindelfingen would like to help with backup power for the hospital.",
    requesterName: "Anna Berg",
    requesterRole: "Head of International Relations",
    requesterEmail: "anna.berg@sindelfingen.example",
    languages: ["de", "en"],
    interpretationNeeded: "on",
    consent: "on",
    ...overrides,
  };
  return formData(fields);
}

function parsed(form: FormData) {
  const result = parsePartnershipRequest(form);
  if (!result.ok) throw new Error(`fixture form is invalid: ${JSON.stringify(result.fieldErrors)}`);
  return result.input;
}

const requestCount = () => db().partnershipRequest.count();

beforeEach(async () => {
  await resetDatabase();
  await createHromada({ slug: "lviv", nameEn: "Lviv", nameUk: "Львів", region: "lviv", population: 717803, needs: ["energy"] });
  await createHromada({ slug: "zhovkva", nameEn: "Zhovkva", nameUk: "Жовква", region: "lviv", population: 13000, seeking: false });
  await createHromada({ slug: "hidden", nameEn: "Hidden", nameUk: "Прихована", region: "lviv", population: 3000, status: "DRAFT" });
  await createEuMunicipality("sindelfingen", "Sindelfingen", "DE");
});

describe("submitting a partnership request", () => {
  it("stores a valid request with its areas, languages and a reference", async () => {
    const { reference, duplicate } = await submitPartnershipRequest("lviv", parsed(validForm()), "de");
    expect(duplicate).toBe(false);
    expect(reference).toMatch(/^C4C-[2-9A-HJ-NP-Z]{6}$/);
    const stored = await db().partnershipRequest.findUniqueOrThrow({
      where: { reference },
      include: { areas: { include: { area: true } }, ukrainianMunicipality: true, euMunicipality: true },
    });
    expect(stored.status).toBe("SUBMITTED");
    expect(stored.ukrainianMunicipality.slug).toBe("lviv");
    expect(stored.euMunicipality?.slug).toBe("sindelfingen");
    expect(stored.areas.map((a) => a.area.slug).sort()).toEqual(["energy", "healthcare"]);
    expect(stored.languages).toEqual(["de", "en"]);
    expect(stored.interpretationNeeded).toBe(true);
    expect(stored.locale).toBe("de");
  });

  it("stores a request from a municipality not yet in the portal", async () => {
    const input = parsed(validForm({ euMunicipality: "", newMunicipalityName: "Växjö", newMunicipalityCountry: "SE", newMunicipalityRegion: "Kronoberg" }));
    const { reference } = await submitPartnershipRequest("lviv", input, "en");
    const stored = await db().partnershipRequest.findUniqueOrThrow({ where: { reference } });
    expect(stored.euMunicipalityId).toBeNull();
    expect([stored.proposedMunicipalityName, stored.proposedCountry, stored.proposedRegion]).toEqual(["Växjö", "SE", "Kronoberg"]);
  });

  it("stores a resubmitted form once and gives the same reference", async () => {
    const input = parsed(validForm());
    const first = await submitPartnershipRequest("lviv", input, "en");
    const again = await submitPartnershipRequest("lviv", input, "en");
    expect(again).toEqual({ reference: first.reference, duplicate: true });
    expect(await requestCount()).toBe(1);
  });

  it("stores a double click once, even when both arrive together", async () => {
    const input = parsed(validForm());
    const results = await Promise.all(Array.from({ length: 8 }, () => submitPartnershipRequest("lviv", input, "en")));
    expect(new Set(results.map((r) => r.reference)).size).toBe(1);
    expect(results.filter((r) => !r.duplicate)).toHaveLength(1);
    expect(await requestCount()).toBe(1);
    expect(await db().partnershipRequestArea.count()).toBe(2);
  });

  it("stores nothing for an invalid form", async () => {
    const result = parsePartnershipRequest(validForm({ message: "short", requesterEmail: "nope" }));
    expect(result.ok).toBe(false);
    expect(await requestCount()).toBe(0);
  });

  it("refuses a municipality that does not seek partners, a draft or an unknown one, storing nothing", async () => {
    for (const slug of ["zhovkva", "hidden", "no-such-place", "sindelfingen"]) {
      await expect(submitPartnershipRequest(slug, parsed(validForm()), "en")).rejects.toMatchObject({ code: "targetUnavailable" });
    }
    expect(await requestCount()).toBe(0);
  });

  it("refuses an EU municipality that is not registered, storing nothing", async () => {
    const error = await submitPartnershipRequest("lviv", parsed(validForm({ euMunicipality: "atlantis" })), "en").catch((e) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ code: "unknownEuMunicipality", field: "euMunicipality" });
    expect(await requestCount()).toBe(0);
    expect(await db().partnershipRequestArea.count()).toBe(0);
  });
});
