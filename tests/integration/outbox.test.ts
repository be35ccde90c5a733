import { createServer } from "node:net";
import nodemailer, { type Transporter } from "nodemailer";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { databaseOutage, reportDatabaseFailure, setDatabaseProbe } from "@/server/db/availability";
import { deliverDueMail, enqueueMail, MAX_ATTEMPTS, retryDelayMs, startOutboxSender } from "@/server/mail/outbox";
import { db, resetDatabase } from "../support/database";

const mail = { to: "olena@example.org", subject: "Your sign-in link", text: "Open http://localhost/link", html: "<p>Open the link</p>" };

/** A port nothing listens on: a real SMTP connection to it is refused. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

beforeEach(resetDatabase);

describe("the mail outbox", () => {
  it("sends pending mail through the transport and marks it sent", async () => {
    // A real nodemailer transport that renders the message as JSON instead of sending it.
    const json = nodemailer.createTransport({ jsonTransport: true });
    const sent: string[] = [];
    const recording = {
      sendMail: async (m: Parameters<typeof json.sendMail>[0]) => {
        const info = await json.sendMail(m);
        sent.push(info.message as unknown as string);
        return info;
      },
    } as unknown as Transporter;
    await enqueueMail(db(), mail);
    expect(await deliverDueMail({ transport: recording })).toEqual({ sent: 1, retried: 0, failed: 0 });
    expect(JSON.parse(sent[0])).toMatchObject({ subject: "Your sign-in link", to: [{ address: "olena@example.org" }] });
    const row = await db().outboxMessage.findFirstOrThrow();
    expect(row).toMatchObject({ status: "SENT", attempts: 1, lastError: null });
    expect(row.sentAt).not.toBeNull();
    // Sent once: a second run finds nothing due.
    expect(await deliverDueMail({ transport: recording })).toEqual({ sent: 0, retried: 0, failed: 0 });
  });

  it("without SMTP, keeps the mail as delivered to the development mailbox", async () => {
    await enqueueMail(db(), mail);
    expect(await deliverDueMail({ transport: null })).toEqual({ sent: 1, retried: 0, failed: 0 });
    expect((await db().outboxMessage.findFirstOrThrow()).status).toBe("SENT");
  });

  it("loses nothing when the mail server is down: retries later with backoff, then gives up", async () => {
    const down = nodemailer.createTransport({ host: "127.0.0.1", port: await closedPort(), connectionTimeout: 1000 });
    await enqueueMail(db(), mail);
    let now = new Date("2026-11-28T10:00:00Z");
    await db().outboxMessage.updateMany({ data: { nextAttemptAt: now } });
    expect(await deliverDueMail({ transport: down, now })).toEqual({ sent: 0, retried: 1, failed: 0 });
    let row = await db().outboxMessage.findFirstOrThrow();
    expect(row).toMatchObject({ status: "PENDING", attempts: 1 });
    expect(row.lastError).toMatch(/ECONNREFUSED/);
    expect(row.nextAttemptAt.getTime() - now.getTime()).toBe(retryDelayMs(1));
    // Not due yet: untouched.
    expect(await deliverDueMail({ transport: down, now: new Date(now.getTime() + 1000) })).toEqual({ sent: 0, retried: 0, failed: 0 });
    for (let attempt = 2; attempt <= MAX_ATTEMPTS; attempt++) {
      now = (await db().outboxMessage.findFirstOrThrow()).nextAttemptAt;
      await deliverDueMail({ transport: down, now });
    }
    row = await db().outboxMessage.findFirstOrThrow();
    expect(row).toMatchObject({ status: "FAILED", attempts: MAX_ATTEMPTS });
  });

  it("a mail server that comes back delivers what was kept", async () => {
    const down = nodemailer.createTransport({ host: "127.0.0.1", port: await closedPort(), connectionTimeout: 1000 });
    await enqueueMail(db(), mail);
    const now = new Date();
    await deliverDueMail({ transport: down, now });
    const later = new Date(now.getTime() + retryDelayMs(1));
    expect(await deliverDueMail({ transport: nodemailer.createTransport({ jsonTransport: true }), now: later })).toEqual({ sent: 1, retried: 0, failed: 0 });
    expect(await db().outboxMessage.findFirstOrThrow()).toMatchObject({ status: "SENT", attempts: 2 });
  });

  it("writes the mail with the change, and not without it", async () => {
    await db().$transaction(async (tx) => {
      await enqueueMail(tx, mail);
    });
    await db()
      .$transaction(async (tx) => {
        await enqueueMail(tx, { ...mail, subject: "rolled back" });
        throw new Error("the change failed");
      })
      .catch(() => undefined);
    expect((await db().outboxMessage.findMany()).map((m) => m.subject)).toEqual(["Your sign-in link"]);
  });

  it("the interval sender runs until stopped, never two runs at once", async () => {
    let runs = 0;
    let concurrent = 0;
    let maxConcurrent = 0;
    const stop = startOutboxSender(10, async () => {
      runs++;
      maxConcurrent = Math.max(maxConcurrent, ++concurrent);
      await new Promise((r) => setTimeout(r, 35));
      concurrent--;
      return { sent: 0, retried: 0, failed: 0 };
    });
    await new Promise((r) => setTimeout(r, 150));
    stop();
    const after = runs;
    await new Promise((r) => setTimeout(r, 80));
    expect(after).toBeGreaterThan(1);
    expect(maxConcurrent).toBe(1);
    expect(runs - after).toBeLessThanOrEqual(1);
  });

  it("the sender logs a run of failures once, skips ticks while the database is down, and says when it works again", async () => {
    const errors = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const warnings = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    let runs = 0;
    let fail = true;
    let down = false;
    const stop = startOutboxSender(10, async () => {
      runs++;
      if (fail) throw new Error("Can't reach database server");
      return { sent: 0, retried: 0, failed: 0 };
    });
    try {
      await new Promise((r) => setTimeout(r, 100));
      expect(runs).toBeGreaterThan(3);
      expect(errors.mock.calls.filter((c) => String(c[0]).startsWith("outbox:"))).toHaveLength(1);

      // The database is known to be down: no run at all.
      down = true;
      setDatabaseProbe(async () => {
        if (down) throw new Error("connect ECONNREFUSED");
      });
      reportDatabaseFailure(new Error("Connection terminated unexpectedly"));
      await new Promise((r) => setTimeout(r, 20));
      expect(databaseOutage()).not.toBeNull();
      const before = runs;
      await new Promise((r) => setTimeout(r, 100));
      expect(runs).toBe(before);

      down = false;
      fail = false;
      await new Promise((r) => setTimeout(r, 400));
      expect(databaseOutage()).toBeNull();
      expect(runs).toBeGreaterThan(before);
      expect(warnings.mock.calls.map((c) => String(c[0]))).toContain("outbox: delivery works again");
      expect(errors.mock.calls.filter((c) => String(c[0]).startsWith("outbox:"))).toHaveLength(1);
    } finally {
      stop();
      // Leaves no outage behind, whatever failed above: the probe (process-wide, on globalThis)
      // stays this stub, which now finds the database up, as the real one would.
      down = false;
      for (let i = 0; i < 40 && databaseOutage(); i++) await new Promise((r) => setTimeout(r, 50));
      vi.restoreAllMocks();
    }
  });
});
