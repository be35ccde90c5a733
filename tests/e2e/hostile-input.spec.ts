// Hostile input: at least 200 malformed posts to every server action of the build, as the person
// the form is for (the deepest path). Every reply must be a 4xx, a redirect or the form with its
// errors: never a 5xx, never a stack trace. The structurally broken ones (unknown action ids,
// bodies that are not forms or are too large) must also write nothing. A bad value in a field
// the action ignores (or a forged argument it does not use) may leave a valid request that is
// carried out; a bad value in a field it uses is refused by that form's validation, which its
// own tests cover message by message. Control characters, NUL and invalid UTF-8 in text are not
// refused but cleaned (src/lib/plain-text.ts). The forms act on the matrix's own objects (Y, B).
// Forged ids of other people's objects are the authorization matrix's cells.
import { expect, test } from "@playwright/test";
import { ensureSessions, fingerprint, prepareWorld, type World } from "./matrix/principals";
import { ACTIONS, actionIdsOfBuild, base, cookieOf, formOf, headers, type ActionProbe } from "./matrix/endpoints";

test.skip(!process.env.DATABASE_URL, "the suite reads the e2e database: run `npm test` with DATABASE_URL set");

type Value = string | Uint8Array;
type Fields = [string, Value][];
type Variant = { label: string; fields?: Fields; raw?: { body: Uint8Array | string; type: string }; strict: boolean };

const INVALID_UTF8 = new Uint8Array([0x41, 0xc3, 0x28, 0xa0, 0xa1, 0xe2, 0x28, 0xa1, 0xf0, 0x28, 0x8c, 0xbc, 0xff, 0xfe]);

/** Values every field gets in turn; `strict` ones must never be stored. */
const BAD_VALUES: { label: string; value: Value; strict: boolean }[] = [
  { label: "1 MB string", value: "x".repeat(1_000_000), strict: false },
  { label: "2 MB string", value: "y".repeat(2_000_000), strict: true },
  { label: "NUL byte", value: "Lviv\u0000", strict: false },
  { label: "control characters", value: "a\u0007\u001b[31mb\u0008", strict: false },
  { label: "invalid UTF-8", value: INVALID_UTF8, strict: false },
  { label: "empty", value: "", strict: false },
  { label: "blanks", value: "   \t  ", strict: false },
  { label: "SQL", value: "'; DROP TABLE municipality; --", strict: false },
  { label: "SQL boolean", value: "' OR '1'='1", strict: false },
  { label: "HTML", value: '<script>alert(1)</script><img src=x onerror="alert(2)">', strict: false },
  { label: "number overflow", value: "1e309", strict: false },
  { label: "negative", value: "-1", strict: false },
  { label: "huge integer", value: "99999999999999999999999999", strict: false },
  { label: "NaN", value: "NaN", strict: false },
  { label: "JSON operator", value: '{"$ne":null}', strict: false },
  { label: "path", value: "../../../../etc/passwd", strict: false },
  { label: "bidi and zero-width", value: "\u202egnp.exe\u200b\ufeff", strict: false },
  { label: "astral", value: "𝕃𝕧𝕚𝕧 🏛️", strict: false },
  { label: "long line", value: "Kyiv ".repeat(2000), strict: false },
];

/** Bound arguments as a forger would send them in place of the page's own. */
const FORGED_BOUND = [
  "[",
  "null",
  "[]",
  "{}",
  '"$@1"',
  "[1,2,3,4,5,6]",
  '[{"then":"$@1"}]',
  `["${"x".repeat(50_000)}"]`,
  '["$F1"]',
  '["$Q1","$W2","$K3"]',
  '[["nested",["deeper",[1]]]]',
  '["\\u0000"]',
];

function isActionField(name: string) {
  return name.startsWith("$ACTION");
}

/** A multipart body written byte by byte, so a value can be invalid UTF-8. */
function multipart(fields: Fields): { body: Uint8Array; type: string } {
  const boundary = `----c4c${Math.random().toString(36).slice(2)}`;
  const encoder = new TextEncoder();
  const parts: Uint8Array[] = [];
  for (const [name, value] of fields) {
    parts.push(encoder.encode(`--${boundary}\r\nContent-Disposition: form-data; name="${name.replace(/"/g, "%22")}"\r\n\r\n`));
    parts.push(typeof value === "string" ? encoder.encode(value) : value);
    parts.push(encoder.encode("\r\n"));
  }
  parts.push(encoder.encode(`--${boundary}--\r\n`));
  const body = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    body.set(p, at);
    at += p.length;
  }
  return { body, type: `multipart/form-data; boundary=${boundary}` };
}

/** A small deterministic PRNG, so a failure names a variant that can be replayed. */
function prng(seed: number) {
  return () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
}

/** Between `minimum` and `maximum` malformed versions of a valid form (a long form's per-field
 * variants are thinned evenly, keeping every strict one). */
function variantsOf(base: Fields, minimum = 200, maximum = 260): Variant[] {
  const all = allVariantsOf(base, minimum);
  if (all.length <= maximum) return all;
  const strict = all.filter((v) => v.strict);
  const rest = all.filter((v) => !v.strict);
  const keep = maximum - strict.length;
  return [...strict, ...rest.filter((_, i) => Math.floor((i * keep) / rest.length) !== Math.floor(((i - 1) * keep) / rest.length))];
}

function allVariantsOf(base: Fields, minimum: number): Variant[] {
  const data = base.filter(([k]) => !isActionField(k));
  const action = base.filter(([k]) => isActionField(k));
  const out: Variant[] = [];
  for (const [name] of data) {
    out.push({ label: `${name} missing`, fields: base.filter(([k]) => k !== name), strict: false });
    out.push({ label: `${name} twice`, fields: [...base, [name, "second value"]], strict: false });
    for (const bad of BAD_VALUES) {
      out.push({ label: `${name}: ${bad.label}`, fields: base.map(([k, v]) => [k, k === name ? bad.value : v] as [string, Value]), strict: bad.strict });
    }
  }
  const boundField = action.find(([k]) => /^\$ACTION_\d+:1$/.test(k))?.[0];
  if (boundField) {
    for (const forged of FORGED_BOUND) {
      out.push({
        label: `bound arguments ${forged.slice(0, 30)}`,
        fields: base.map(([k, v]) => [k, k === boundField ? forged : v] as [string, Value]),
        strict: false,
      });
    }
  }
  const refField = action.find(([k]) => /^\$ACTION_(ID_|\d+:0)/.test(k))?.[0];
  if (refField) {
    out.push({
      label: "unknown action id",
      fields: base.map(([k, v]) =>
        k === refField && k.startsWith("$ACTION_ID_")
          ? ["$ACTION_ID_7f" + "0".repeat(40), v]
          : k === refField
            ? [k, '{"id":"7f' + "0".repeat(40) + '","bound":"$@1"}']
            : [k, v],
      ),
      strict: true,
    });
  }
  out.push({ label: "only the action", fields: action, strict: false });
  out.push({ label: "prototype keys", fields: [...base, ["__proto__", "x"], ["constructor", "y"], ["prototype", "z"]], strict: false });
  out.push({ label: "500 extra fields", fields: [...base, ...Array.from({ length: 500 }, (_, i) => [`extra${i}`, "x"] as [string, Value])], strict: false });
  out.push({ label: "field name invalid UTF-8", fields: [...base, [String.fromCharCode(0xff, 0xfe), "x"]], strict: false });
  out.push({ label: "empty body", raw: { body: "", type: "multipart/form-data; boundary=nothing" }, strict: true });
  out.push({
    label: "truncated multipart",
    raw: { body: '--x\r\nContent-Disposition: form-data; name="a"\r\n\r\nunterminated', type: "multipart/form-data; boundary=x" },
    strict: true,
  });
  out.push({ label: "JSON body", raw: { body: JSON.stringify(Object.fromEntries(data)), type: "application/json" }, strict: true });
  out.push({ label: "urlencoded junk", raw: { body: "%%%&&&===\u0000", type: "application/x-www-form-urlencoded" }, strict: true });
  // Fill up with combinations: several fields wrong at once.
  const random = prng(data.length * 7919 + base.length);
  const names = data.map(([k]) => k);
  for (let i = 0; out.length < minimum; i++) {
    const picks = names.length
      ? Array.from({ length: 1 + Math.floor(random() * Math.min(3, names.length)) }, () => names[Math.floor(random() * names.length)]!)
      : [];
    const bads = picks.map(() => BAD_VALUES[Math.floor(random() * BAD_VALUES.length)]!);
    const extra: Fields = names.length ? [] : [[`junk${i}`, BAD_VALUES[i % BAD_VALUES.length]!.value]];
    // A field picked twice keeps its first bad value: the label and the strictness are those of the values posted.
    const used = picks.map((p, j) => (picks.indexOf(p) === j ? j : -1)).filter((j) => j >= 0);
    out.push({
      label: `combination ${i}: ${used.map((j) => `${picks[j]}=${bads[j]!.label}`).join(", ") || "junk field"}`,
      fields: [...base.map(([k, v]) => [k, picks.includes(k) ? bads[picks.indexOf(k)]!.value : v] as [string, Value]), ...extra],
      strict: used.some((j) => bads[j]!.strict),
    });
  }
  return out;
}

async function send(url: string, variant: Variant, cookie: string | null): Promise<{ status: number; text: string }> {
  const { body, type } = variant.raw ?? multipart(variant.fields!);
  const response = await fetch(base() + url, {
    method: "POST",
    body: typeof body === "string" ? body : Buffer.from(body),
    headers: headers(cookie, { "content-type": type }),
    redirect: "manual",
  });
  return { status: response.status, text: await response.text() };
}

const STACK_TRACE = /\n\s+at [\w$.<>]+ \(|node_modules\/|webpack-internal|\.next\/server/;

let world: World;

test.describe("hostile input", () => {
  test.beforeAll(async () => {
    world = await prepareWorld();
    await ensureSessions(world);
  });

  for (const probe of ACTIONS as ActionProbe[]) {
    test(`${probe.key}: 200+ malformed posts, no 5xx, and the structurally broken ones write nothing`, async ({ browser }) => {
      test.setTimeout(240_000);
      // Each action meets the objects afresh: the one before may have edited, unpublished or erased them.
      world = await prepareWorld();
      await ensureSessions(world);
      const id = actionIdsOfBuild()[probe.key]!;
      const form = await formOf(browser, world, probe, id);
      const filled: Fields = form.map(([k, v]) => [k, v]);
      for (const [k, v] of Object.entries(probe.fields?.(probe.renderAs, world) ?? {})) {
        const at = filled.findIndex(([name]) => name === k);
        if (at >= 0) filled[at] = [k, v];
        else filled.push([k, v]);
      }
      const variants = variantsOf(filled);
      expect(variants.length).toBeGreaterThanOrEqual(200);
      const problems: string[] = [];
      const url = probe.page(world);
      // The strict ones first, in one batch judged by the database; then the rest.
      const strict = variants.filter((v) => v.strict);
      const before = await fingerprint();
      for (const variant of strict) {
        await ensureSessions(world);
        const { status, text } = await send(url, variant, cookieOf(world, probe.renderAs));
        if (status >= 500 || STACK_TRACE.test(text)) problems.push(`${variant.label}: ${status}${STACK_TRACE.test(text) ? " with a stack trace" : ""}`);
      }
      const after = await fingerprint();
      const written = Object.keys(after).filter((t) => after[t] !== before[t]);
      if (written.length) problems.push(`strictly malformed posts wrote to ${written.join(", ")}`);
      for (const variant of variants.filter((v) => !v.strict)) {
        await ensureSessions(world);
        const { status, text } = await send(url, variant, cookieOf(world, probe.renderAs));
        if (status >= 500 || STACK_TRACE.test(text)) problems.push(`${variant.label}: ${status}${STACK_TRACE.test(text) ? " with a stack trace" : ""}`);
      }
      await probe.cleanup?.(world);
      expect(problems, `${variants.length} variants posted to ${url}`).toEqual([]);
    });
  }
});

/** The route handlers, each called 200+ ways: methods, paths, query strings, bodies and headers. */
const ROUTE_TARGETS: { route: string; paths: string[] }[] = [
  { route: "/healthz", paths: ["/healthz"] },
  { route: "/api/csp-report", paths: ["/api/csp-report"] },
  { route: "/readyz", paths: ["/readyz"] },
  { route: "/[locale]/account/data", paths: ["/en/account/data", "/uk/account/data"] },
  {
    route: "/[locale]/coordinator/export/[dataset]",
    paths: ["/en/coordinator/export/requests", "/uk/coordinator/export/audit", "/en/coordinator/export/..%2f"],
  },
  // Two of the API's routes (all share one handler wrapper): more would spend the API's rate limit, which every probe shares.
  { route: "/api/v1/municipalities", paths: ["/api/v1/municipalities", "/api/v1/municipalities/lviv"] },
  { route: "/api/v1/figures/[name]", paths: ["/api/v1/figures/areas", "/api/v1/figures/%00"] },
  { route: "/[locale]/sign-in/demo", paths: ["/en/sign-in/demo", "/uk/sign-in/demo", "/xx/sign-in/demo"] },
  { route: "/api/unsubscribe/[token]", paths: ["/api/unsubscribe/bm90LWEtdXNlcgpyZXF1ZXN0UmVtaW5kZXI~AAAA", "/api/unsubscribe/%00", "/api/unsubscribe/..%2f"] },
  // Demo mode is on in the e2e run: none of these bodies names a time, so nothing runs.
  { route: "/api/dev/jobs", paths: ["/api/dev/jobs"] },
  {
    route: "/api/auth/[...nextauth]",
    paths: [
      "/api/auth/session",
      "/api/auth/csrf",
      "/api/auth/providers",
      "/api/auth/signin/nodemailer",
      "/api/auth/signout",
      "/api/auth/callback/nodemailer",
      "/api/auth/error",
      "/api/auth/verify-request",
      "/api/auth/nonexistent",
      "/api/auth/callback/github",
    ],
  },
];

const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];

function routeVariants(
  paths: string[],
  minimum = 200,
): { method: string; url: string; body?: Uint8Array | string; type?: string; extra?: Record<string, string> }[] {
  const out: { method: string; url: string; body?: Uint8Array | string; type?: string; extra?: Record<string, string> }[] = [];
  const text = (v: Value) => (typeof v === "string" ? v : Buffer.from(v).toString("latin1"));
  for (const path of paths) {
    for (const method of METHODS) out.push({ method, url: path });
    for (const bad of BAD_VALUES.filter((b) => typeof b.value === "string" && b.value.length < 10_000)) {
      const q = encodeURIComponent(text(bad.value));
      out.push({ method: "GET", url: `${path}?token=${q}&email=${q}&callbackUrl=${q}` });
      out.push({
        method: "POST",
        url: path,
        ...multipart([
          ["account", bad.value],
          ["email", bad.value],
          ["csrfToken", bad.value],
          ["callbackUrl", bad.value],
        ]),
      });
      out.push({ method: "POST", url: path, body: `email=${q}&csrfToken=${q}`, type: "application/x-www-form-urlencoded" });
    }
    out.push({ method: "POST", url: path, body: "x".repeat(2_000_000), type: "application/x-www-form-urlencoded" });
    out.push({ method: "POST", url: path, body: INVALID_UTF8, type: "application/json" });
    out.push({ method: "POST", url: path, body: "{", type: "application/json" });
    out.push({ method: "GET", url: `${path}?${"a=1&".repeat(2000)}` });
    out.push({ method: "GET", url: path, extra: { cookie: "authjs.session-token=" + "z".repeat(4000), "x-forwarded-for": "not-an-ip, ' OR 1=1" } });
    out.push({ method: "POST", url: path, ...multipart([["account", "euStaff"]]), extra: { origin: "https://evil.example" } });
    out.push({ method: "GET", url: path, extra: { cookie: "authjs.callback-url=not%20a%20url; authjs.csrf-token=%%%" } });
  }
  for (let i = 0; out.length < minimum; i++)
    out.push({ ...out[i % out.length]!, url: out[i % out.length]!.url + (out[i % out.length]!.url.includes("?") ? "&" : "?") + `n=${i}` });
  return out;
}

test.describe("hostile input to route handlers", () => {
  for (const target of ROUTE_TARGETS) {
    test(`${target.route}: 200+ malformed calls, no 5xx, no stack trace`, async () => {
      test.setTimeout(180_000);
      const variants = routeVariants(target.paths);
      expect(variants.length).toBeGreaterThanOrEqual(200);
      const problems: string[] = [];
      for (const v of variants) {
        const response = await fetch(base() + v.url, {
          method: v.method,
          body: v.method === "GET" || v.body === undefined ? undefined : typeof v.body === "string" ? v.body : Buffer.from(v.body),
          headers: { ...(v.type ? { "content-type": v.type } : {}), ...(v.extra ?? {}) },
          redirect: "manual",
        });
        const body = await response.text();
        if (response.status >= 500 || STACK_TRACE.test(body)) problems.push(`${v.method} ${v.url.slice(0, 80)}: ${response.status}`);
      }
      expect(problems, `${variants.length} calls`).toEqual([]);
    });
  }
});

test("stored hostile text is shown as text, on the profile and in the coordinator's review", async ({ browser, page }) => {
  test.skip(!process.env.DATABASE_URL, "reads the e2e database");
  const w = await prepareWorld();
  await ensureSessions(w);
  const payload = `Heat pumps <img src=x onerror="document.title='pwned'"><script>document.title='pwned'</script> & 'quotes' "too"`;
  const save = ACTIONS.find((a) => a.key === "/[locale]/municipalities/[slug]/edit#saveProfileAction")!;
  const fields = await formOf(browser, w, save, actionIdsOfBuild()[save.key]!);
  const body = new FormData();
  for (const [k, v] of fields) body.append(k, k === "descriptionEn" ? `${payload} — our utilities rebuild after the winter.` : v);
  const saved = await fetch(base() + save.page(w), { method: "POST", body, headers: headers(cookieOf(w, "editorY")), redirect: "manual" });
  expect(saved.status).toBeLessThan(400);

  const response = await page.goto(`/en/municipalities/${w.Y.slug}`);
  const html = await response!.text();
  expect(html).not.toContain("<img src=x");
  expect(html).not.toContain("<script>document.title");
  await expect(page.getByText(payload, { exact: false }).first()).toBeVisible();
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  expect(await page.title()).not.toBe("pwned");
});
