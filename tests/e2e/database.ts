// Optional look into the database behind the e2e server. `npm test` with a real Postgres hands the
// e2e database's DATABASE_URL to Playwright; the embedded database (DATA_DIR) lives inside the
// server process on a port of its choosing and cannot be reached from here, so there the checks
// that need it are skipped and only what the UI shows is asserted.
import pg from "pg";

export const databaseUrl = process.env.DATABASE_URL;

/** References of the stored requests whose requester gave `role` (see uniqueRole), or null when the database is out of reach. */
export async function storedReferences(role: string): Promise<string[] | null> {
  if (!databaseUrl) return null;
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ reference: string }>("SELECT reference FROM partnership_request WHERE requester_role = $1 ORDER BY reference", [
      role,
    ]);
    return rows.map((r) => r.reference);
  } finally {
    await client.end();
  }
}

/** Who a stored request is from — its EU municipality, requester address and account — or null when the database is out of reach. */
export async function storedSender(reference: string): Promise<{ eu: string | null; email: string; userId: string | null } | null> {
  if (!databaseUrl) return null;
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ eu: string | null; email: string; userId: string | null }>(
      `SELECT m.slug AS eu, r.requester_email AS email, r.requester_user_id AS "userId"
         FROM partnership_request r LEFT JOIN municipality m ON m.id = r.eu_municipality_id WHERE r.reference = $1`,
      [reference],
    );
    return rows[0] ?? null;
  } finally {
    await client.end();
  }
}

/**
 * Fills an account's request counter for the current hour up to `limit` (as that many requests
 * would), runs `body`, then removes the counter again so later tests can send. False when the
 * database is out of reach (nothing was run).
 */
export async function withRequestLimitReached(userId: string, limit: number, body: () => Promise<void>): Promise<boolean> {
  if (!databaseUrl) return false;
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const key = `request:account:${userId}`;
  const hour = 60 * 60_000;
  try {
    await client.query(
      `INSERT INTO rate_limit_hit (key, window_start, count) VALUES ($1, $2, $3)
       ON CONFLICT (key, window_start) DO UPDATE SET count = EXCLUDED.count`,
      [key, new Date(Math.floor(Date.now() / hour) * hour), limit],
    );
    await body();
    return true;
  } finally {
    await client.query("DELETE FROM rate_limit_hit WHERE key = $1", [key]);
    await client.end();
  }
}
