// `npm run admin:grant -- EMAIL ROLE`: gives a person a network role, COORDINATOR or ADMINISTRATOR
// (or `none` to take it back). The first administrator of a fresh database is made this way;
// administrators then grant and take back roles in the portal as well. The person signs in with
// a link sent to EMAIL as anyone else does; the role is waiting for them. Audited.
import { env } from "../src/server/env";
import { startEmbeddedDatabase } from "../src/server/db/embedded";
import { setEmbeddedDatabaseUrl } from "../src/server/db/embedded-url";
import { db } from "../src/server/db/client";
import { DomainError } from "../src/server/errors";
import { GRANTABLE_ROLES, setNetworkRole, type GrantableRole } from "../src/server/accounts/roles";

const MESSAGES: Record<string, string> = {
  email: "is not an e-mail address",
  role: `is not a role: use ${GRANTABLE_ROLES.join(", ")} or none`,
  lastAdministrator: "is the network's last administrator: grant the role to someone else first",
};

async function main() {
  const [email, roleArg] = process.argv.slice(2);
  const role = roleArg?.toUpperCase();
  if (!email || !role) throw new Error(`Usage: npm run admin:grant -- EMAIL ${GRANTABLE_ROLES.join("|")}|none`);
  if (role !== "NONE" && !(GRANTABLE_ROLES as readonly string[]).includes(role)) throw new Error(`${roleArg} ${MESSAGES.role}`);
  const embedded = env.DATABASE_URL ? null : await startEmbeddedDatabase(env.DATA_DIR, env.EMBEDDED_DB_PORT);
  if (embedded) setEmbeddedDatabaseUrl(embedded.url);
  try {
    const result = await setNetworkRole(db(), email, role === "NONE" ? null : (role as GrantableRole), null);
    const what = role === "NONE" ? "no longer holds a network role" : `is now ${role.toLowerCase()}`;
    console.log(
      `${email.trim().toLowerCase()} ${what}${result.created ? " (account created: they sign in with a link sent to this address)" : ""}${result.previous ? `; was ${result.previous.toLowerCase()}` : ""}.`,
    );
    await db().$disconnect();
  } catch (error) {
    if (error instanceof DomainError) throw new Error(`${error.code === "role" ? roleArg : email} ${MESSAGES[error.code] ?? error.code}; nothing was changed.`);
    throw error;
  } finally {
    await embedded?.stop();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
