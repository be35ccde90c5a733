// `npm run lighthouse [-- BASE_URL]`: Lighthouse's accessibility and performance scores for the
// home page, the catalogue, a profile and the request form (as the demo EU staff member), against
// a running portal in demo mode (default http://localhost:3000), with each failing audit listed.
// Chromium: CHROME_PATH, else /usr/bin/chromium. Exits non-zero when accessibility is below 1.
import { existsSync } from "node:fs";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";

const base = (process.argv[2] ?? process.env.PORTAL_URL ?? "http://localhost:3000").replace(/\/$/, "");
const locale = process.env.LIGHTHOUSE_LOCALE ?? "en";
const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];

/** Signs the demo EU staff member in the way the demo button does, and returns the session cookie. */
async function demoSession(): Promise<string> {
  const form = new FormData();
  form.set("account", "euStaff");
  let response = await fetch(`${base}/${locale}/sign-in/demo`, { method: "POST", body: form, headers: { origin: base }, redirect: "manual" });
  const jar = new Map<string, string>();
  for (let hops = 0; hops < 10; hops++) {
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(";");
      const [name, ...value] = pair!.split("=");
      jar.set(name!.trim(), value.join("="));
    }
    const location = response.headers.get("location");
    if (response.status < 300 || response.status >= 400 || !location) break;
    const cookie = [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
    response = await fetch(new URL(location, base), { headers: { cookie }, redirect: "manual" });
  }
  const session = SESSION_COOKIES.find((name) => jar.get(name));
  if (!session) throw new Error(`demo sign-in gave no session cookie: is ${base} running in demo mode?`);
  return `${session}=${jar.get(session)}`;
}

type Row = { page: string; accessibility: number; performance: number; failing: string[] };

async function main() {
  const chromePath = process.env.CHROME_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);
  const session = await demoSession();
  const pages = [
    { page: "home", url: `${base}/${locale}` },
    { page: "catalogue", url: `${base}/${locale}/municipalities` },
    { page: "profile (Lviv)", url: `${base}/${locale}/municipalities/lviv` },
    { page: "request form (EU staff)", url: `${base}/${locale}/municipalities/lviv/request`, cookie: session },
  ];
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--disable-background-networking"],
  });
  const rows: Row[] = [];
  try {
    for (const { page, url, cookie } of pages) {
      const result = await lighthouse(url, {
        port: chrome.port,
        output: "json",
        logLevel: "error",
        onlyCategories: ["accessibility", "performance"],
        extraHeaders: cookie ? { Cookie: cookie } : undefined,
      });
      if (!result) throw new Error(`no Lighthouse result for ${url}`);
      const { lhr } = result;
      if (lhr.runtimeError) throw new Error(`${url}: ${lhr.runtimeError.message}`);
      if (!new URL(lhr.finalDisplayedUrl).pathname.startsWith(new URL(url).pathname)) {
        throw new Error(`${url} ended at ${lhr.finalDisplayedUrl} (not signed in?)`);
      }
      const failing: string[] = [];
      for (const [category, { auditRefs }] of Object.entries(lhr.categories)) {
        for (const ref of auditRefs) {
          const audit = lhr.audits[ref.id];
          if (!audit || audit.score === null || audit.scoreDisplayMode === "informative" || audit.scoreDisplayMode === "manual") continue;
          if (audit.score < (category === "accessibility" ? 1 : 0.9)) {
            failing.push(`${category}: ${audit.id} (${audit.score}) ${audit.title}${audit.displayValue ? ` — ${audit.displayValue}` : ""}`);
          }
        }
      }
      rows.push({ page, accessibility: lhr.categories.accessibility?.score ?? 0, performance: lhr.categories.performance?.score ?? 0, failing });
    }
  } finally {
    chrome.kill();
  }
  const width = Math.max(...rows.map((r) => r.page.length));
  console.log(`\nLighthouse 12 against ${base} (${locale})\n`);
  console.log(`${"page".padEnd(width)}  accessibility  performance`);
  for (const r of rows) console.log(`${r.page.padEnd(width)}  ${r.accessibility.toFixed(2).padStart(13)}  ${r.performance.toFixed(2).padStart(11)}`);
  for (const r of rows.filter((r) => r.failing.length > 0)) console.log(`\n${r.page}:\n  ${r.failing.join("\n  ")}`);
  if (rows.some((r) => r.accessibility < 1)) process.exitCode = 1;
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
