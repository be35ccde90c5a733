// The authorization matrix: every page, route handler and server action of the build, requested
// over HTTP as each kind of person, each cell asserted allowed or refused.
//
// - Pages: allowed is a 200; refused is a 404 for a signed-in person or a redirect to sign-in.
// - Server actions are posted the way a browser without JavaScript posts them (multipart form,
//   no Next-Action header) and WITHOUT an Origin header: Next.js lets such posts through, so the
//   check inside the action is the only thing that stands in the way. The form is taken from its
//   page as rendered for someone allowed (object ids, bound arguments and all), then replayed
//   with each person's session. Refused means: a REFUSED audit event for that person (or, for an
//   anonymous caller, a redirect to sign-in) and not one row written in any table. Allowed means
//   no refusal.
// - The lists below must cover the access inventory, and the inventory must cover the build:
//   a new page, route handler or action fails this spec until it has an entry and a probe here.
import { expect, test } from "@playwright/test";
import { ROUTES, SERVER_ACTIONS } from "../../src/lib/access-inventory";
import { WHO, ensureSessions, fingerprint, lastAuditId, prepareWorld, query, refusalsSince, type World } from "./matrix/principals";
import { ACTIONS, PAGES, ROUTE_HANDLERS, actionIdsOfBuild, base, cookieOf, formOf, get, post, routesOfBuild, toSignIn, userOf } from "./matrix/endpoints";

test.skip(!process.env.DATABASE_URL, "the matrix reads the e2e database: run `npm test` with DATABASE_URL set");

let world: World;

test.describe("authorization matrix", () => {
  test.beforeAll(async () => {
    world = await prepareWorld();
    await ensureSessions(world);
  });

  test("every route and action of the build is in the access inventory, and every entry has a probe here", () => {
    expect(routesOfBuild().sort(), "routes of the build vs src/lib/access-inventory.ts").toEqual(Object.keys(ROUTES).sort());
    expect(Object.keys(actionIdsOfBuild()).sort(), "server actions of the build vs src/lib/access-inventory.ts").toEqual(Object.keys(SERVER_ACTIONS).sort());
    const probed = new Set([...PAGES.map((p) => p.route), ...ROUTE_HANDLERS.map((r) => r.route)]);
    expect(
      Object.keys(ROUTES).filter((r) => !probed.has(r)),
      "routes without a probe",
    ).toEqual([]);
    const probedActions = new Set(ACTIONS.map((a) => a.key));
    expect(
      Object.keys(SERVER_ACTIONS).filter((a) => !probedActions.has(a)),
      "actions without a probe",
    ).toEqual([]);
  });

  for (const probe of PAGES) {
    test(`page ${probe.route}${probe.label ? ` (${probe.label})` : ""}`, async () => {
      await ensureSessions(world);
      const cells: string[] = [];
      for (const who of WHO) {
        const response = await get(probe.url(world), cookieOf(world, who));
        const location = response.headers.get("location");
        const allowed =
          response.status === 200 || (probe.servedBy !== undefined && location !== null && probe.servedBy.test(new URL(location, base()).pathname));
        const refused = response.status === 404 || (who === "anonymous" && toSignIn(response));
        const expected = probe.allow.includes(who);
        if (!(expected ? allowed : refused))
          cells.push(`${who}: expected ${expected ? "allowed" : "refused"}, got ${response.status} ${response.headers.get("location") ?? ""}`);
      }
      expect(cells, probe.url(world)).toEqual([]);
    });
  }

  for (const probe of ROUTE_HANDLERS) {
    test(`route ${probe.route} (${probe.label})`, async () => {
      await ensureSessions(world);
      const cells: string[] = [];
      for (const who of WHO) {
        const response = await probe.call(world, cookieOf(world, who));
        const allowed = response.status === probe.allowedStatus;
        const expected = probe.allow.includes(who);
        if (allowed !== expected || response.status >= 500) cells.push(`${who}: expected ${expected ? "allowed" : "refused"}, got ${response.status}`);
      }
      expect(cells).toEqual([]);
    });
  }

  for (const probe of ACTIONS) {
    test(`action ${probe.key}${probe.label ? ` (${probe.label})` : ""}, posted without an Origin header`, async ({ browser }) => {
      await ensureSessions(world);
      const id = actionIdsOfBuild()[probe.key];
      expect(id, `${probe.key} is in the build`).toBeTruthy();
      const fields = await formOf(browser, world, probe, id!);
      // Refused people first, so that their attempts meet the objects as the allowed ones found them.
      const order = [...WHO].sort((a, b) => Number(probe.allow.includes(a)) - Number(probe.allow.includes(b)));
      const cells: string[] = [];
      for (const who of order) {
        await ensureSessions(world);
        const body = new FormData();
        for (const [k, v] of fields) body.append(k, v);
        for (const [k, v] of Object.entries(probe.fields?.(who, world) ?? {})) body.set(k, v);
        const before = await fingerprint();
        const since = await lastAuditId();
        const response = await post(probe.page(world), body, cookieOf(world, who));
        const refusals = await refusalsSince(since, userOf(world, who));
        const expected = probe.allow.includes(who);
        if (response.status >= 500) {
          cells.push(`${who}: ${response.status}`);
        } else if (expected) {
          if (refusals.length > 0 || toSignIn(response)) cells.push(`${who}: expected allowed, was refused (${refusals.join(", ") || "sent to sign in"})`);
        } else {
          const after = await fingerprint();
          const written = Object.keys(after).filter((t) => after[t] !== before[t]);
          if (refusals.length === 0 && !(who === "anonymous" && toSignIn(response)))
            cells.push(`${who}: expected refused, got ${response.status} without a refusal`);
          if (written.length > 0) cells.push(`${who}: refused but wrote to ${written.join(", ")}`);
        }
      }
      await probe.cleanup?.(world);
      expect(cells, probe.key).toEqual([]);
    });
  }
});

test("the one person allowed to delete an account is its owner", async ({ browser }) => {
  test.skip(!process.env.DATABASE_URL, "reads the e2e database");
  const w = await prepareWorld();
  const probe = ACTIONS.find((a) => a.key === "/[locale]/account/delete#deleteAccountAction")!;
  const fields = await formOf(browser, w, probe, actionIdsOfBuild()[probe.key]!);
  const body = new FormData();
  for (const [k, v] of fields) body.append(k, v);
  body.set("confirmation", w.leaver.email.toUpperCase());
  const response = await post(probe.page(w), body, w.leaver.session);
  expect(response.status).toBeLessThan(400);
  expect(await query("SELECT 1 FROM app_user WHERE id = $1", [w.leaver.id])).toEqual([]);
});
