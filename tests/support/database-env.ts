import { inject } from "vitest";

// Runs before each integration test file is imported: point the portal at the test database.
process.env.DATABASE_URL = inject("databaseUrl");
process.env.DATABASE_POOL_SIZE = String(inject("poolSize"));
// What signs unsubscribe links (src/server/mail/unsubscribe.ts), as AUTH_SECRET does outside demo mode.
process.env.AUTH_SECRET ??= "integration-tests-only-secret-0123456789abcdef";
