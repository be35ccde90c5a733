import { defineConfig } from "prisma/config";

// Read process.env directly with a fallback: env("DATABASE_URL") throws when it is unset, and
// `prisma generate` (run on install) needs no database at all.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/unused" },
});
