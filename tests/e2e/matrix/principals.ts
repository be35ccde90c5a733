// The people of the authorization matrix, and the database facts its cells are judged by.
// Needs the e2e server's database (a real Postgres: `npm test` with DATABASE_URL set).
import { randomUUID } from "node:crypto";
import pg from "pg";

export const WHO = ["anonymous", "staffA", "staffB", "editorX", "editorY", "coordinator", "administrator"] as const;
export type Who = (typeof WHO)[number];

/** The objects the cells act on: X and Y are Ukrainian municipalities, A and B EU ones. A is a
 * partner of X; B is a partner of neither X nor Y; Y is a partner of neither A nor B. */
export type World = {
  X: { id: number; slug: string };
  Y: { id: number; slug: string };
  A: { id: number; slug: string };
  B: { id: number; slug: string };
  /** A hromada of the register with no profile (its page offers EU staff "tell the network"). */
  R: { id: number; slug: string };
  /** Another municipality of A's country: the back office's merge confirmation needs a pair of one country. */
  A2: { id: number; slug: string };
  users: Record<Exclude<Who, "anonymous">, string>;
  sessions: Record<Exclude<Who, "anonymous">, string>;
  /** Requests of the matrix's own, from B's staff to X, still open: no other spec's request is touched. */
  openRequest: string;
  withdrawableRequest: string;
  /** B's request to X on which a coordinator asked for more information. */
  questionedRequest: string;
  /** A membership of a newcomer to Y, waiting for a coordinator. */
  pendingMembershipId: number;
  /** A partnership of the matrix's own between Y and B, so that X and A are outsiders to it. */
  partnershipYB: number;
  /** The conversation of Y–B's partnership, with a message and a PDF of B's staff: X's and A's people are outsiders guessing its ids. */
  conversationYB: number;
  attachmentYB: number;
  /** A version of a document in Y–B's workspace, uploaded by B's staff, and a joint project of Y–B (not public). */
  documentVersionYB: number;
  projectYB: number;
  /** Two proposals of municipalities of the matrix's own, waiting for a coordinator (oldest first). */
  joinProposals: [number, number];
  /** A message on the contact form, waiting for an answer. */
  contactMessage: number;
  /** One of the network's interpreters (outside the seven), assigned to Y–B's partnership. */
  interpreterId: number;
  /** Someone outside the seven, whose own account-deletion form the seven replay. */
  leaver: { id: string; email: string; session: string };
};

export const SESSION_COOKIE = "authjs.session-token";

/**
 * One pool per test process: the hostile-input suite asks before each of its ~12,000 posts that
 * the seven's sessions still exist, and a connection of its own each time cost Postgres a new
 * backend process per post. Idle connections close after a second and never keep the process alive.
 */
let pool: pg.Pool | undefined;

export async function withClient<T>(run: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  if (!pool) {
    pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 2, idleTimeoutMillis: 1_000, allowExitOnIdle: true });
    // An idle connection the server ends (a restart) is dropped by the pool; the next call opens another.
    pool.on("error", () => undefined);
  }
  const client = await pool.connect();
  try {
    return await run(client);
  } finally {
    client.release();
  }
}

async function one<T extends pg.QueryResultRow>(client: pg.ClientBase, sql: string, values: unknown[] = []): Promise<T> {
  const { rows } = await client.query<T>(sql, values);
  if (!rows[0]) throw new Error(`matrix fixture: no row for ${sql}`);
  return rows[0];
}

/**
 * The demo data's editor of Lviv (X), staff of Sindelfingen (A, Lviv's partner), coordinator and
 * administrator, plus an editor of Y and staff of B created here, each with a session of their own.
 */
export async function prepareWorld(): Promise<World> {
  return withClient(async (client) => {
    const X = await one<{ id: number; slug: string }>(client, "SELECT id, slug FROM municipality WHERE slug = 'lviv'");
    const A = await one<{ id: number; slug: string }>(client, "SELECT id, slug FROM municipality WHERE slug = 'sindelfingen'");
    const B = await one<{ id: number; slug: string }>(
      client,
      `SELECT m.id, m.slug FROM municipality m
        WHERE m.country <> 'UA' AND m.status = 'PUBLISHED' AND m.id <> $1
          AND NOT EXISTS (SELECT 1 FROM partnership p WHERE p.eu_municipality_id = m.id AND p.ukrainian_municipality_id = $2)
        ORDER BY m.slug LIMIT 1`,
      [A.id, X.id],
    );
    // Y is chosen without regard to its status, and put back to published and seeking partners:
    // the hostile-input suite edits it.
    const Y = await one<{ id: number; slug: string }>(
      client,
      `SELECT m.id, m.slug FROM municipality m JOIN region r ON r.id = m.region_id
        WHERE m.country = 'UA' AND NOT r.occupied AND m.id <> $1 AND m.profile_confirmed_at IS NOT NULL
          AND NOT EXISTS (SELECT 1 FROM partnership p WHERE p.ukrainian_municipality_id = m.id AND p.eu_municipality_id IN ($2, $3))
        ORDER BY m.slug LIMIT 1`,
      [X.id, A.id, B.id],
    );
    await client.query("UPDATE municipality SET status = 'PUBLISHED', seeks_partners = true WHERE id = $1", [Y.id]);
    const R = await one<{ id: number; slug: string }>(
      client,
      `SELECT id, slug FROM municipality
        WHERE country = 'UA' AND katottg IS NOT NULL AND status = 'DRAFT' AND description_en IS NULL AND occupied_since IS NULL
        ORDER BY slug LIMIT 1`,
    );
    const A2 = await one<{ id: number; slug: string }>(
      client,
      "SELECT id, slug FROM municipality WHERE country = (SELECT country FROM municipality WHERE id = $1) AND id <> $1 ORDER BY slug LIMIT 1",
      [A.id],
    );
    const users = {
      staffA: "demo-staff-sindelfingen",
      staffB: "matrix-staff-b",
      editorX: "demo-editor-lviv",
      editorY: "matrix-editor-y",
      coordinator: "demo-coordinator",
      administrator: "demo-administrator",
    };
    for (const [id, municipalityId] of [
      [users.staffB, B.id],
      [users.editorY, Y.id],
    ] as const) {
      await client.query(`INSERT INTO app_user (id, email, name, email_verified, updated_at) VALUES ($1, $2, $3, now(), now()) ON CONFLICT (id) DO NOTHING`, [
        id,
        `${id}@matrix.example`,
        id,
      ]);
      await client.query(
        `INSERT INTO membership (user_id, municipality_id, status, decided_at) VALUES ($1, $2, 'APPROVED', now())
         ON CONFLICT (user_id, municipality_id) DO NOTHING`,
        [id, municipalityId],
      );
    }
    const sessions = Object.fromEntries(Object.keys(users).map((who) => [who, `matrix-${who}-${randomUUID()}`])) as World["sessions"];
    const references: string[] = [];
    for (const reference of ["C4C-MATRX2", "C4C-MATRX3"]) {
      const request = await one<{ reference: string }>(
        client,
        `INSERT INTO partnership_request (reference, submission_token, ukrainian_municipality_id, eu_municipality_id, message,
           requester_name, requester_role, requester_email, languages, locale, requester_user_id, updated_at)
         VALUES ($1, gen_random_uuid(), $2, $3, 'A request made by the authorization matrix.',
           'Staff of B', 'International relations', 'matrix-staff-b@matrix.example', '{de,en}', 'en', $4, now())
         ON CONFLICT (reference) DO UPDATE SET status = 'SUBMITTED', decided_at = NULL RETURNING reference`,
        [reference, X.id, B.id, users.staffB],
      );
      references.push(request.reference);
    }
    const questioned = await one<{ reference: string }>(
      client,
      `INSERT INTO partnership_request (reference, submission_token, ukrainian_municipality_id, eu_municipality_id, message,
         requester_name, requester_role, requester_email, languages, locale, requester_user_id, status, updated_at)
       VALUES ('C4C-MATRX4', gen_random_uuid(), $1, $2, 'A request the authorization matrix was asked about.',
         'Staff of B', 'International relations', 'matrix-staff-b@matrix.example', '{de,en}', 'en', $3, 'INFORMATION_REQUESTED', now())
       ON CONFLICT (reference) DO UPDATE SET status = 'INFORMATION_REQUESTED', decided_at = NULL RETURNING reference`,
      [X.id, B.id, users.staffB],
    );
    await client.query(
      `INSERT INTO app_user (id, email, name, email_verified, updated_at) VALUES ('matrix-applicant', 'matrix.applicant@matrix.example', 'Applicant', now(), now())
       ON CONFLICT (id) DO NOTHING`,
    );
    const membership = await one<{ id: number }>(
      client,
      `INSERT INTO membership (user_id, municipality_id, status) VALUES ('matrix-applicant', $1, 'PENDING')
       ON CONFLICT (user_id, municipality_id) DO UPDATE SET status = 'PENDING', decided_at = NULL, decided_by = NULL RETURNING id`,
      [Y.id],
    );
    const partnership = await one<{ id: number }>(
      client,
      `INSERT INTO partnership (ukrainian_municipality_id, eu_municipality_id, since, stage, updated_at) VALUES ($1, $2, '2026-01-15', 'IN_CONTACT', now())
       ON CONFLICT (ukrainian_municipality_id, eu_municipality_id) DO UPDATE SET stage = 'IN_CONTACT' RETURNING id`,
      [Y.id, B.id],
    );
    const conversation = await one<{ id: number }>(
      client,
      `INSERT INTO conversation (partnership_id, last_message_at) VALUES ($1, now())
       ON CONFLICT (partnership_id) DO UPDATE SET last_message_at = now() RETURNING id`,
      [partnership.id],
    );
    const message = await one<{ id: number }>(
      client,
      `INSERT INTO conversation_message (conversation_id, author_user_id, body, language) VALUES ($1, $2, 'A message of the authorization matrix.', 'en') RETURNING id`,
      [conversation.id, users.staffB],
    );
    const pdf = Buffer.from("%PDF-1.4\n% authorization matrix\n%%EOF\n");
    const attachment = await one<{ id: number }>(
      client,
      `INSERT INTO conversation_attachment (message_id, file_name, content_type, size, data) VALUES ($1, 'matrix.pdf', 'application/pdf', $2, $3) RETURNING id`,
      [message.id, pdf.length, pdf],
    );
    // Y–B's workspace: a document of the matrix's own (made once) and a project its replays edit.
    const document = await one<{ id: number }>(
      client,
      `WITH found AS (SELECT id FROM workspace_document WHERE partnership_id = $1 AND title = 'Matrix letter'),
            made AS (INSERT INTO workspace_document (partnership_id, kind, title) SELECT $1, 'LETTER_OF_INTENT', 'Matrix letter' WHERE NOT EXISTS (SELECT 1 FROM found) RETURNING id)
       SELECT id FROM found UNION ALL SELECT id FROM made`,
      [partnership.id],
    );
    const documentVersion = await one<{ id: number }>(
      client,
      `INSERT INTO workspace_document_version (document_id, number, uploader_user_id, file_name, content_type, size, data) VALUES ($1, 1, $2, 'matrix-letter.pdf', 'application/pdf', $3, $4)
       ON CONFLICT (document_id, number) DO UPDATE SET size = EXCLUDED.size RETURNING id`,
      [document.id, users.staffB, pdf.length, pdf],
    );
    const project = await one<{ id: number }>(
      client,
      `WITH found AS (SELECT id FROM joint_project WHERE partnership_id = $1 AND recorded_by_user_id = $2 ORDER BY id LIMIT 1),
            made AS (INSERT INTO joint_project (partnership_id, title, areas, recorded_by_user_id, updated_at) SELECT $1, 'Matrix project', '{culture}', $2, now() WHERE NOT EXISTS (SELECT 1 FROM found) RETURNING id)
       SELECT id FROM found UNION ALL SELECT id FROM made`,
      [partnership.id, users.staffB],
    );
    // Dated long ago, so that the queue lists them first whatever other specs proposed.
    const joinProposals: number[] = [];
    for (const [name, day] of [
      ["Matrix Approve Town", "2000-01-01"],
      ["Matrix Reject Town", "2000-01-02"],
    ] as const) {
      const proposal = await one<{ id: number }>(
        client,
        `INSERT INTO join_proposal (place_key, name, country, created_at) VALUES ($1, $2, 'AT', $3)
         ON CONFLICT (place_key) DO UPDATE SET status = 'PENDING', decided_at = NULL, decided_by = NULL, reason = NULL RETURNING id`,
        [`t:AT:${name.toLowerCase()}`, name, day],
      );
      await client.query(
        `INSERT INTO join_proposer (proposal_id, user_id, name, role, email, locale) VALUES ($1, 'matrix-applicant', 'Applicant', 'Mayor', 'matrix.applicant@matrix.example', 'en')
         ON CONFLICT (proposal_id, user_id) DO NOTHING`,
        [proposal.id],
      );
      joinProposals.push(proposal.id);
    }
    const contactMessage = await one<{ id: number }>(
      client,
      `INSERT INTO contact_message (name, email, subject, message, locale)
       VALUES ('Matrix Writer', 'matrix.writer@matrix.example', 'A question (authorization matrix)', 'How does a municipality join the network? (authorization matrix)', 'en') RETURNING id`,
    );
    // An interpreter of the matrix's own, assigned to Y–B's partnership (the unassign form's object).
    await client.query(
      `INSERT INTO app_user (id, email, name, email_verified, updated_at) VALUES ('matrix-interpreter', 'matrix.interpreter@matrix.example', 'Matrix Interpreter', now(), now())
       ON CONFLICT (id) DO NOTHING`,
    );
    const interpreter = await one<{ id: number }>(
      client,
      `INSERT INTO interpreter (user_id, name, language_pairs, updated_at) VALUES ('matrix-interpreter', 'Matrix Interpreter', '{uk-de}', now())
       ON CONFLICT (user_id) DO UPDATE SET active = true RETURNING id`,
    );
    await client.query(
      `INSERT INTO interpreter_assignment (interpreter_id, partnership_id) VALUES ($1, $2) ON CONFLICT (interpreter_id, partnership_id) DO NOTHING`,
      [interpreter.id, partnership.id],
    );
    const leaver = {
      id: `matrix-leaver-${randomUUID().slice(0, 8)}`,
      email: `leaver.${randomUUID().slice(0, 8)}@matrix.example`,
      session: `matrix-leaver-${randomUUID()}`,
    };
    await client.query(`INSERT INTO app_user (id, email, name, email_verified, updated_at) VALUES ($1, $2, 'Leaver', now(), now())`, [leaver.id, leaver.email]);
    await client.query(`INSERT INTO session (session_token, user_id, expires) VALUES ($1, $2, now() + interval '7 days')`, [leaver.session, leaver.id]);
    return {
      X,
      Y,
      A,
      B,
      R,
      A2,
      users,
      sessions,
      openRequest: references[0]!,
      withdrawableRequest: references[1]!,
      questionedRequest: questioned.reference,
      pendingMembershipId: membership.id,
      partnershipYB: partnership.id,
      joinProposals: [joinProposals[0]!, joinProposals[1]!],
      contactMessage: contactMessage.id,
      interpreterId: interpreter.id,
      conversationYB: conversation.id,
      attachmentYB: attachment.id,
      documentVersionYB: documentVersion.id,
      projectYB: project.id,
      leaver,
    };
  });
}

/** (Re)creates the sessions: a sign-out cell ends its principal's session. */
export async function ensureSessions(world: World): Promise<void> {
  const who = Object.keys(world.sessions) as (keyof World["sessions"])[];
  await withClient((client) =>
    client.query(
      `INSERT INTO session (session_token, user_id, expires)
       SELECT token, user_id, now() + interval '7 days' FROM unnest($1::text[], $2::text[]) AS s(token, user_id)
       ON CONFLICT (session_token) DO NOTHING`,
      [who.map((w) => world.sessions[w]), who.map((w) => world.users[w])],
    ),
  );
}

/** Tables whose rows change without being a write of the endpoint under test. */
// conversation_read: showing a conversation (also after a refused post) moves the reader's read mark.
const NOT_FINGERPRINTED = new Set(["audit_event", "session", "rate_limit_hit", "_prisma_migrations", "conversation_read"]);
/** Columns that change in the background: the outbox sender delivers mail queued by earlier cells. */
const STABLE_COLUMNS: Record<string, string> = { outbox_message: "id, recipient, subject, text" };

/** A digest of every row of every other table: equal before and after means nothing was written. */
export async function fingerprint(): Promise<Record<string, string>> {
  return withClient(async (client) => {
    const { rows: tables } = await client.query<{ table_name: string }>(
      "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name",
    );
    const digest: Record<string, string> = {};
    for (const { table_name } of tables) {
      if (NOT_FINGERPRINTED.has(table_name)) continue;
      const columns = STABLE_COLUMNS[table_name] ?? "*";
      const row = await one<{ d: string }>(
        client,
        `SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS d FROM (SELECT ${columns} FROM "${table_name}") t`,
      );
      digest[table_name] = row.d;
    }
    return digest;
  });
}

/** The newest audit event id: refusals recorded after it belong to the cell under test. */
export async function lastAuditId(): Promise<number> {
  return withClient(async (client) => (await one<{ id: number }>(client, "SELECT coalesce(max(id), 0)::int AS id FROM audit_event")).id);
}

/** Refusals recorded since `afterId` for this person (null: anonymous). */
export async function refusalsSince(afterId: number, userId: string | null): Promise<string[]> {
  return withClient(async (client) => {
    const { rows } = await client.query<{ action: string }>(
      `SELECT action FROM audit_event WHERE id > $1 AND outcome = 'REFUSED' AND actor_user_id IS NOT DISTINCT FROM $2 ORDER BY id`,
      [afterId, userId],
    );
    return rows.map((r) => r.action);
  });
}

export async function query<T extends pg.QueryResultRow>(sql: string, values: unknown[] = []): Promise<T[]> {
  return withClient(async (client) => (await client.query<T>(sql, values)).rows);
}
