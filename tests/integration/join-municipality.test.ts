// The account page finds the municipality to ask to join by name (findJoinableMunicipalities),
// instead of listing every municipality of the network in one select.
import { beforeAll, describe, expect, it } from "vitest";
import { findJoinableMunicipalities, JOIN_CHOICES } from "@/server/memberships/request-membership";
import { resetDatabase } from "../support/database";
import { createCatalogueFixture, createHromada } from "../support/fixtures";

const slugs = async (name: string) => (await findJoinableMunicipalities(name)).choices.map((m) => m.slug);

beforeAll(async () => {
  await resetDatabase();
  await createCatalogueFixture();
  // More hromadas of one name than the page offers at once.
  for (let i = 1; i <= JOIN_CHOICES + 2; i++) {
    await createHromada({ slug: `myrne-${i}`, nameEn: "Myrne", nameUk: "Мирне", region: "kharkiv", population: 1000 + i, needs: [] });
  }
});

describe("finding a municipality to ask to join", () => {
  it("finds it by its English, Ukrainian or another spelling of its name", async () => {
    for (const name of ["Lviv", "Львів", "Lwiw", "lviv "]) expect((await slugs(name))[0], name).toBe("lviv");
  });

  it("finds drafts and EU municipalities too: a new editor joins before the profile is published", async () => {
    expect(await slugs("Drafttown")).toEqual(["draft-town"]);
    const [sindelfingen] = (await findJoinableMunicipalities("Sindelfingen")).choices;
    expect(sindelfingen).toMatchObject({ slug: "sindelfingen", country: "DE", regionEn: null });
  });

  it("gives each Ukrainian choice its oblast, to tell apart hromadas of one name", async () => {
    const [stryi] = (await findJoinableMunicipalities("Stryi")).choices;
    expect(stryi).toMatchObject({ slug: "stryi", regionEn: "Lviv Oblast", regionUk: "Львівська область" });
  });

  it("offers at most JOIN_CHOICES, the largest first among equal names, and says there are more", async () => {
    const found = await findJoinableMunicipalities("Myrne");
    expect(found.choices).toHaveLength(JOIN_CHOICES);
    expect(found.more).toBe(true);
    expect(found.choices[0]!.slug).toBe(`myrne-${JOIN_CHOICES + 2}`);
    const few = await findJoinableMunicipalities("Chuhuiv");
    expect(few).toEqual({ choices: [expect.objectContaining({ slug: "chuhuiv" })], more: false });
  });

  it("finds nothing for a name no municipality has, or for symbols only", async () => {
    expect(await findJoinableMunicipalities("Qqqxz")).toEqual({ choices: [], more: false });
    expect(await findJoinableMunicipalities("%_'\";--")).toEqual({ choices: [], more: false });
  });
});
