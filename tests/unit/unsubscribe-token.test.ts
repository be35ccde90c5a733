import { describe, expect, it, vi } from "vitest";

// Links are signed with AUTH_SECRET (outside demo mode, as when DATABASE_URL is set): give this run one.
vi.hoisted(() => {
  process.env.AUTH_SECRET ??= "unit-tests-sign-unsubscribe-links-with-this";
});
import { readUnsubscribeToken, unsubscribeHeaders, unsubscribeToken, unsubscribeUrl } from "@/server/mail/unsubscribe";

const ALICE = "cm0alice000000000000000000";
const BOB = "cm0bob00000000000000000000";

describe("unsubscribe links", () => {
  it("name the person and the kind, and lead to the page in the mail's language", () => {
    const url = unsubscribeUrl("https://portal.example", "uk", ALICE, "requestReminder");
    expect(url).toMatch(/^https:\/\/portal\.example\/uk\/unsubscribe\/[A-Za-z0-9_-]+~[A-Za-z0-9_-]+$/);
    expect(readUnsubscribeToken(url.split("/").pop()!)).toEqual({ userId: ALICE, kind: "requestReminder" });
    // No dot: the proxy (its matcher) would take the address for a file's and skip the page's checks.
    expect(url.split("/").pop()).not.toContain(".");
    expect(unsubscribeHeaders("https://portal.example", ALICE, "savedSearch")).toEqual({
      "List-Unsubscribe": `<https://portal.example/api/unsubscribe/${unsubscribeToken(ALICE, "savedSearch")}>`,
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    });
  });

  it("cannot be forged: a changed signature, another person or another kind under the same signature are refused", () => {
    const token = unsubscribeToken(ALICE, "profileReminder");
    const [payload, signature] = token.split("~");
    const flipped = signature.slice(0, -2) + (signature.at(-2) === "A" ? "B" : "A") + signature.at(-1);
    expect(readUnsubscribeToken(`${payload}~${flipped}`)).toBeNull();
    const bobsPayload = Buffer.from(`${BOB}\nprofileReminder`).toString("base64url");
    expect(readUnsubscribeToken(`${bobsPayload}~${signature}`)).toBeNull();
    const otherKind = Buffer.from(`${ALICE}\nconversationMessage`).toString("base64url");
    expect(readUnsubscribeToken(`${otherKind}~${signature}`)).toBeNull();
    const unknownKind = Buffer.from(`${ALICE}\nnewsletter`).toString("base64url");
    expect(readUnsubscribeToken(`${unknownKind}~${signature}`)).toBeNull();
    for (const junk of ["", ".", "abc", `${payload}~`, `${token}~x`, "x".repeat(500)]) expect(readUnsubscribeToken(junk)).toBeNull();
    // Each person's and kind's token differs.
    expect(new Set([token, unsubscribeToken(BOB, "profileReminder"), unsubscribeToken(ALICE, "fundingDeadline")]).size).toBe(3);
  });
});
