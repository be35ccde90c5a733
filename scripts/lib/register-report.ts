import type { RegisterReport } from "../../src/server/register/import";

const LABELS = {
  added: "added",
  renamed: "renamed",
  moved: "moved to another raion or oblast",
  returned: "listed again",
  leftRegister: "no longer in the codifier, kept and marked for a coordinator to merge (they hold a profile, request, membership or partnership)",
  removed: "no longer in the codifier, deleted (they held nothing)",
} as const;

/** Prints what an import of the codifier changed, every hromada by code and name. */
export function printRegisterReport(report: RegisterReport, title: string): void {
  const total = (Object.keys(LABELS) as (keyof typeof LABELS)[]).reduce((n, k) => n + report[k].length, 0);
  console.log(`${title}: ${total === 0 ? "no change" : `${total} change(s)`}`);
  for (const key of Object.keys(LABELS) as (keyof typeof LABELS)[]) {
    const list = report[key];
    if (!list.length) continue;
    console.log(`  ${list.length} ${LABELS[key]}:`);
    // The first import adds every hromada: a count says enough.
    if (key === "added" && list.length > 50) continue;
    for (const c of list) console.log(`    ${c.katottg}  ${c.name}${c.before ? `  (was: ${c.before})` : ""}`);
  }
}
