import { inject } from "vitest";

// Runs before each integration test file is imported: point the portal at the test database.
process.env.DATABASE_URL = inject("databaseUrl");
process.env.DATABASE_POOL_SIZE = String(inject("poolSize"));
