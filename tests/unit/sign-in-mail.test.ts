import { describe, expect, it } from "vitest";
import { localeOfMagicLink, magicLinkIn, signInMail } from "@/server/mail/sign-in-mail";

const link = (callbackUrl: string) =>
  `http://localhost:3000/api/auth/callback/nodemailer?${new URLSearchParams({ callbackUrl, token: "abc123", email: "olena@hromada.example" })}`;

describe("the sign-in mail", () => {
  it("is written in the language of the page the sign-in started from", () => {
    expect(localeOfMagicLink(link("http://localhost:3000/uk/account"))).toBe("uk");
    expect(localeOfMagicLink(link("/uk/account"))).toBe("uk");
    expect(localeOfMagicLink(link("/en/account"))).toBe("en");
    expect(localeOfMagicLink(link("/ja/account"))).toBe("en");
    expect(localeOfMagicLink(link("/de/account"))).toBe("de");
    expect(signInMail("olena@hromada.example", link("/uk/account")).subject).toMatch(/Посилання для входу/);
  });

  it("carries the link in the text and, escaped, in the HTML; the link can be found again in the text", () => {
    const url = link("/en/account");
    const mail = signInMail("olena@hromada.example", url);
    expect(mail.to).toBe("olena@hromada.example");
    expect(mail.text).toContain(url);
    expect(mail.html).toContain(url.replaceAll("&", "&#38;"));
    expect(mail.html).not.toContain(`href="${url}"`);
    expect(magicLinkIn(mail.text)).toBe(url);
  });
});
