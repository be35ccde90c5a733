import { afterEach, describe, expect, it, vi } from "vitest";
import { databaseOutage, reportDatabaseFailure, setDatabaseProbe } from "@/server/db/availability";

const settle = () => new Promise((r) => setTimeout(r, 0));

describe("database availability", () => {
  afterEach(() => vi.restoreAllMocks());

  it("a failure the probe cannot confirm (one lost connection) turns nobody away", async () => {
    setDatabaseProbe(async () => undefined);
    reportDatabaseFailure(new Error("terminating connection due to administrator command"));
    await settle();
    expect(databaseOutage()).toBeNull();
  });

  it("a confirmed failure starts an outage with an id, logged once, which ends when the probe succeeds again", async () => {
    const errors = vi.spyOn(console, "error").mockImplementation(() => undefined);
    vi.spyOn(console, "warn").mockImplementation(() => undefined);
    let up = false;
    setDatabaseProbe(async () => {
      if (!up) throw Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNREFUSED" });
    });
    reportDatabaseFailure(new Error("Connection terminated unexpectedly"));
    await settle();
    const outage = databaseOutage();
    expect(outage?.id).toMatch(/^[0-9a-f-]{36}$/);
    reportDatabaseFailure(new Error("again"));
    await new Promise((r) => setTimeout(r, 600));
    expect(databaseOutage()).toBe(outage);
    expect(errors).toHaveBeenCalledTimes(1);
    expect(String(errors.mock.calls[0]![0])).toContain(outage!.id);

    up = true;
    await new Promise((r) => setTimeout(r, 400));
    expect(databaseOutage()).toBeNull();
  });
});
