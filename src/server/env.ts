import { z } from "zod";

/**
 * The portal's configuration, read from the environment once. Nothing else reads process.env
 * (scripts under scripts/ and the test harness excepted).
 */
const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /** A real Postgres. Unset: the portal runs its embedded database in DATA_DIR. */
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must be a postgres:// or postgresql:// URL")
    .optional(),
  /** Where the embedded database keeps its files. */
  DATA_DIR: z.string().min(1).default(".data"),
  /** TCP port of the embedded database on 127.0.0.1; 0 picks a free one. */
  EMBEDDED_DB_PORT: z.coerce.number().int().min(0).max(65535).default(0),
  /** With a real Postgres, seed demo data at start ("1") — normally done with `npm run db:seed`. */
  SEED_DEMO_DATA: z.enum(["0", "1"]).default("0"),
  /** Connections in the pool to a real Postgres (1 for a PGlite served over a socket). */
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  /** Outgoing mail server, e.g. smtp://user:pass@mail.example.org:587. Unset: mail stays in the
   * outbox and is readable on the development mailbox page (demo mode only). */
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, "SMTP_URL must be an smtp:// or smtps:// URL")
    .optional(),
  /** The sender of every mail the portal sends. */
  MAIL_FROM: z.string().min(3).default("Cities4Cities <no-reply@localhost>"),
  /** Where people write about accessibility barriers and their personal data (shown in the
   * accessibility statement and the privacy notice). */
  CONTACT_EMAIL: z.email().default("contact@cities4cities.example"),
  /** Signs Auth.js's tokens and cookies; required outside demo mode (`openssl rand -base64 32`). */
  AUTH_SECRET: z.string().min(32, "AUTH_SECRET must be at least 32 characters").optional(),
  /** The portal's public address (e.g. https://partners.example.org): magic links point there. */
  AUTH_URL: z.url().optional(),
  /** "1": demo mode with a real Postgres (one-click demo sign-in, development mailbox). It is
   * always on with the embedded database. */
  DEMO_MODE: z.enum(["0", "1"]).default("0"),
  /** Where pg_dump and pg_restore are (`npm run db:backup`, `db:restore`); default: the newest
   * /usr/lib/postgresql/<version>/bin, then PATH. */
  PG_BIN: z.string().min(1).optional(),
  /** How many reverse proxies stand in front of the portal, each appending the address it was
   * connected from to X-Forwarded-For: the client's address (for rate limits) is read that many
   * places from the right. 0: no proxy, the connection's own address; forwarding headers are ignored. */
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(5).default(0),
  /** Days sent (or undeliverable) mail is kept in the outbox; pending mail stays until delivered. */
  RETENTION_MAIL_DAYS: z.coerce.number().int().min(1).max(3650).default(30),
  /** Days the audit log keeps a line (who did or was refused what). */
  RETENTION_AUDIT_DAYS: z.coerce.number().int().min(1).max(3650).default(365),
  /** Days rate-limit counters are kept after their window began (they only matter while it lasts). */
  RETENTION_RATE_LIMIT_DAYS: z.coerce.number().int().min(1).max(365).default(1),
  /** Days expired sessions and sign-in links are kept after they expire. */
  RETENTION_EXPIRED_SIGN_IN_DAYS: z.coerce.number().int().min(0).max(365).default(1),
  /** Days the conversation (messages, files, read marks) and internal notes of a declined or
   * withdrawn request are kept after its decision; those of open requests and partnerships stay. */
  RETENTION_CONVERSATION_DAYS: z.coerce.number().int().min(30).max(3650).default(730),
  /** "off": this instance runs no scheduled jobs (purges, digest, reminders; src/server/jobs) by
   * itself; another instance does, or, in demo mode, POST /api/dev/jobs at a time of the caller's
   * choosing (the end-to-end tests set it off so that no reminder lands in the middle of a spec). */
  JOB_RUNNER: z.enum(["on", "off"]).default("on"),
});

export type Env = z.infer<typeof schema>;

function load(): Env {
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n");
    throw new Error(`Invalid configuration:\n${problems}`);
  }
  return parsed.data;
}

export const env: Env = load();

/**
 * Demo mode: anyone may sign in as a demo account with one click and read the outbox on the
 * development mailbox page. On with the embedded database, or when DEMO_MODE=1; every page says
 * so while it is on (src/components/demo-mode-banner.tsx).
 */
export const demoMode: boolean = !env.DATABASE_URL || env.DEMO_MODE === "1";
