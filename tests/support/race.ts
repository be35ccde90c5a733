import { inject, it, type TestFunction } from "vitest";

/** Whether concurrent transactions really run at once: a real Postgres, not the one-connection embedded database. */
export const realPostgres = inject("poolSize") !== 1;

/**
 * A race test: two or more writers at the same moment. On the embedded database (one connection)
 * they would run one after the other and prove nothing, so there it is skipped, and its name says
 * why in the report (set DATABASE_URL to a real Postgres to run it).
 */
export function raceIt(name: string, fn: TestFunction, timeout?: number): void {
  if (realPostgres) it(name, fn, timeout);
  else it.skip(`${name} [not run: races need a real Postgres; the embedded database has one connection]`, fn, timeout);
}
