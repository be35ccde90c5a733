import "server-only";
import { Prisma } from "@/server/db";

// The planner devices the page queries use, named so that a reader sees them for what they are.
// Each was measured (README.md, "Measurements"); taking one out changes the plan, not the result.

/**
 * A CTE that Postgres plans on its own and computes at most once, and only if some part of the
 * query reads rows from it. Planned on its own, its filter gets the index scans it would get as
 * a query of its own (a BitmapOr over the trigram and text indexes) instead of being folded into
 * the page's ordering; read by a branch that a one-time condition turns off (`readOnlyIf`), it is
 * never computed at all.
 */
export function planApart(name: string, body: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`${Prisma.raw(name)} AS MATERIALIZED (${body}
    )`;
}

/**
 * The WHERE of a UNION branch that reads its rows only when `condition` holds. `condition` reads
 * no column of the branch (it counts rows of other CTEs), so Postgres evaluates it once, as a
 * "One-Time Filter", before the branch's first row: false, the branch reads nothing, and a
 * `planApart` CTE that only it reads is never computed.
 */
export function readOnlyIf(condition: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`WHERE ${condition}`;
}

/**
 * Ends a subquery so that Postgres keeps it as a subquery instead of merging it into the query
 * around it (a LIMIT or OFFSET stops that pull-up). Merged, an expression the subquery computes
 * once per row (the match tier, a long CASE of LIKEs) would be copied into every place the outer
 * query uses it and computed again at each.
 */
export const COMPUTE_ONCE = Prisma.sql`OFFSET 0`;

/**
 * A value that Postgres does not see when it plans the query: a scalar subquery, computed once
 * before the first row (an InitPlan) and then used like a parameter, by index scans too. The
 * planner then estimates the rows a test of it selects by its default (0.5 % for a text-search
 * query), not from the value. For a broad keyword's text test (match.ts, textCondition): seen,
 * its query was estimated at nearly every row, and the sequential scan chosen for it read every
 * row's text out of line (TOAST); estimated few, the search gets its BitmapOr, whose text index
 * names the matching rows without reading a text. The estimate is then far too low: use it only
 * where what reads the rows does not depend on it (the matched rows are planned apart, read
 * whole and sorted; the counts' `base` CTE is aggregated).
 */
export function hiddenFromPlanner(value: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`(SELECT ${value})`;
}
