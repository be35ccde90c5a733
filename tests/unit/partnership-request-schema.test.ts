import { describe, expect, it } from "vitest";
import { parsePartnershipRequest } from "@/lib/partnership-request-schema";

import { formData as form } from "../support/forms";

const valid = {
  submissionToken: "3b241101-e2bb-4255-8caf-4136c566a962",
  euMunicipality: "sindelfingen",
  areas: ["energy", "water"],
  message: "We would like to share our experience with district heating.",
  requesterName: "Anna Berg",
  requesterRole: "Head of International Relations",
  languages: ["de", "en"],
  consent: "on",
};

describe("partnership request form", () => {
  it("accepts a complete request and trims its text", () => {
    const result = parsePartnershipRequest(form({ ...valid, requesterName: "  Anna Berg  " }));
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.input.requesterName).toBe("Anna Berg");
      expect(result.input.areas).toEqual(["energy", "water"]);
      expect(result.input.interpretationNeeded).toBe(false);
    }
  });

  it("names each wrong field with a specific message", () => {
    const result = parsePartnershipRequest(form({ ...valid, message: "Hi", requesterRole: "", areas: [], languages: [], consent: [] }));
    expect(result).toEqual({
      ok: false,
      fieldErrors: { areas: ["areasMin"], message: ["tooShort"], requesterRole: ["required"], languages: ["languagesMin"], consent: ["consent"] },
    });
  });

  it("needs a message of at least 20 characters, as the form tells people (counted after cleaning)", () => {
    // The numbers are the product's rule, written out: lowering REQUEST_LIMITS.message.min fails here.
    const nineteen = "Heat pumps, please.";
    expect(nineteen).toHaveLength(19);
    expect(parsePartnershipRequest(form({ ...valid, message: nineteen }))).toEqual({ ok: false, fieldErrors: { message: ["tooShort"] } });
    expect(parsePartnershipRequest(form({ ...valid, message: `  ${nineteen}\u200B\u0000  ` }))).toEqual({ ok: false, fieldErrors: { message: ["tooShort"] } });
    expect(parsePartnershipRequest(form({ ...valid, message: `${nineteen}!` })).ok).toBe(true);
  });

  it("needs no municipality choice: the server takes the requester's own", () => {
    const result = parsePartnershipRequest(form({ ...valid, euMunicipality: "" }));
    expect(result.ok).toBe(true);
  });

  it("never takes the requester's identity from the form", () => {
    const result = parsePartnershipRequest(form({ ...valid, requesterEmail: "someone.else@example.org", requesterUserId: "demo-administrator" }));
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.input).not.toHaveProperty("requesterEmail");
      expect(result.input).not.toHaveProperty("requesterUserId");
    }
  });

  it("rejects values the form never offers", () => {
    const result = parsePartnershipRequest(form({ ...valid, areas: ["energy", "teleportation"], languages: ["tlh"], euMunicipality: "'; DROP TABLE x;--" }));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.fieldErrors.areas).toEqual(["invalidChoice"]);
      expect(result.fieldErrors.languages).toEqual(["invalidChoice"]);
      expect(result.fieldErrors.euMunicipality).toEqual(["invalidChoice"]);
    }
  });

  it("limits lengths and the number of choices", () => {
    const result = parsePartnershipRequest(
      form({
        ...valid,
        message: "x".repeat(2001),
        requesterName: "y".repeat(1_000_000),
        areas: ["energy", "water", "waste", "culture", "education", "healthcare"],
      }),
    );
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.fieldErrors.message).toEqual(["tooLong"]);
      expect(result.fieldErrors.requesterName).toEqual(["tooLong"]);
      expect(result.fieldErrors.areas).toEqual(["areasMax"]);
    }
  });

  it("refuses a missing or forged submission token", () => {
    const { submissionToken: _unused, ...rest } = valid;
    const result = parsePartnershipRequest(form(rest));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.fieldErrors.submissionToken).toEqual(["token"]);
  });

  it("ignores fields the form does not have", () => {
    const result = parsePartnershipRequest(form({ ...valid, status: "APPROVED", ukrainianMunicipalityId: "1" }));
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.input).not.toHaveProperty("status");
  });

  it("treats text made only of control characters and spaces as empty", () => {
    const result = parsePartnershipRequest(form({ ...valid, requesterRole: "\u0000\u0007   " }));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.fieldErrors.requesterRole).toEqual(["required"]);
  });
});
