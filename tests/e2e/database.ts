// Optional look into the database behind the e2e server. `npm test` with a real Postgres hands the
// e2e database's DATABASE_URL to Playwright; the embedded database (DATA_DIR) lives inside the
// server process on a port of its choosing and cannot be reached from here, so there the checks
// that need it are skipped and only what the UI shows is asserted.
import pg from "pg";

export const databaseUrl = process.env.DATABASE_URL;

/** References of the stored requests sent from `email`, or null when the database is out of reach. */
export async function storedReferences(email: string): Promise<string[] | null> {
  if (!databaseUrl) return null;
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ reference: string }>(
      "SELECT reference FROM partnership_request WHERE requester_email = $1 ORDER BY reference",
      [email],
    );
    return rows.map((r) => r.reference);
  } finally {
    await client.end();
  }
}
