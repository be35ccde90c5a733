// Prints the INSERTs of the funding programmes described in src/lib/funding/programmes.ts, which
// became the first rows of the funding_programme table (migration 20261207160000_funding_programmes).
// Run once to write that migration: `npx tsx scripts/funding-first-rows-sql.ts`. The portal never
// reads programmes.ts; coordinators keep the programmes on /coordinator/funding.
import { FUNDING_PROGRAMMES } from "../src/lib/funding/programmes";
import { fromFundingProgramme, programmeSchema } from "../src/lib/funding/schema";

const literal = (value: string | null) => (value === null ? "NULL" : `'${value.replaceAll("'", "''")}'`);

const rows = FUNDING_PROGRAMMES.map((p, position) => {
  const data = programmeSchema.parse(fromFundingProgramme(p));
  const areas = `ARRAY[${data.areas.map(literal).join(", ")}]::text[]`;
  return `  (${[
    literal(data.slug),
    String(position),
    `${literal(JSON.stringify(data.texts))}::jsonb`,
    areas,
    data.amountMin ?? "NULL",
    data.amountMax ?? "NULL",
    literal(data.deadlineKind),
    data.deadlineLastKnown ? `${literal(data.deadlineLastKnown)}::date` : "NULL",
    `${literal(JSON.stringify(data.rules))}::jsonb`,
    literal(data.sourceUrl),
    `${literal(data.lastChecked)}::date`,
    "CURRENT_TIMESTAMP",
  ].join(", ")})`;
});

console.log(
  `INSERT INTO "funding_programme" ("slug", "position", "texts", "areas", "amount_min", "amount_max", "deadline_kind", "deadline_last_known", "rules", "source_url", "last_checked", "updated_at") VALUES\n${rows.join(",\n")};`,
);
