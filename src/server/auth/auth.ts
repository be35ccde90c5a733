import "server-only";
import NextAuth from "next-auth";
import Nodemailer from "next-auth/providers/nodemailer";
import { db } from "@/server/db";
import { portalAdapter } from "@/server/auth/adapter";
import { demoMode, env } from "@/server/env";
import { recordAudit } from "@/server/audit/record";
import { enqueueMail } from "@/server/mail/outbox";
import { signInMail } from "@/server/mail/sign-in-mail";
import { MAIL_RECIPIENT } from "@/server/mail/recipient-locale";
import { sessionCookie } from "@/lib/session-cookie";
import { rememberInterfaceLanguage } from "@/server/accounts/interface-language";

/**
 * In demo mode anyone may sign in as anyone, so the secret protects nothing there; a fixed one
 * keeps magic links valid across restarts and processes. Outside demo mode AUTH_SECRET is
 * required: Auth.js refuses to run without it.
 */
const DEMO_SECRET = "cities4cities-demo-mode-only-not-a-secret-0000";

// Lazy: the config (and the database client in it) is built on the first request, never while
// Next builds the pages.
export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  adapter: portalAdapter(db()),
  secret: env.AUTH_SECRET ?? (demoMode ? DEMO_SECRET : undefined),
  // Links are built for the configured address (AUTH_URL). Trusting the Host header instead is
  // only safe in demo mode: otherwise a forged Host would put someone else's host in the link.
  trustHost: demoMode || env.AUTH_URL !== undefined,
  session: { strategy: "database", maxAge: 30 * 24 * 60 * 60, updateAge: 24 * 60 * 60 },
  cookies: { sessionToken: sessionCookie(env.AUTH_URL) },
  providers: [
    Nodemailer({
      // Never used: mail goes to the outbox and src/server/mail/outbox.ts sends it.
      server: env.SMTP_URL ?? "smtp://localhost:25",
      from: env.MAIL_FROM,
      maxAge: 24 * 60 * 60,
      async sendVerificationRequest({ identifier, url }) {
        // An existing account's chosen language wins over the page's (src/server/mail/recipient-locale.ts).
        const account = await db().user.findFirst({ where: { email: { equals: identifier, mode: "insensitive" } }, select: MAIL_RECIPIENT });
        await enqueueMail(db(), signInMail(identifier, url, account));
      },
    }),
  ],
  pages: { signIn: "/en/sign-in", verifyRequest: "/en/sign-in/check-email", error: "/en/sign-in" },
  callbacks: {
    // The server's pages need the person's id and nothing else. Auth.js would otherwise hand its
    // whole session row (the token equal to the HttpOnly cookie) and user row to every caller.
    session({ session, user }) {
      return { expires: session.expires, user: { id: user.id } } as unknown as typeof session;
    },
  },
  events: {
    async signIn({ user }) {
      if (user.id) await rememberInterfaceLanguage(user.id);
      await recordAudit(db(), { actorUserId: user.id ?? null, action: "auth.signIn", objectType: "user", objectId: user.id ?? null, outcome: "ALLOWED" });
    },
    async signOut(message) {
      const userId = "session" in message && message.session ? message.session.userId : null;
      await recordAudit(db(), { actorUserId: userId, action: "auth.signOut", objectType: "user", objectId: userId, outcome: "ALLOWED" });
    },
  },
}));
