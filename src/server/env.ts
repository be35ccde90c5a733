import { z } from "zod";

/**
 * The portal's configuration, read from the environment once. Nothing else reads process.env
 * (scripts under scripts/ and the test harness excepted).
 */
const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /** A real Postgres. Unset: the portal runs its embedded database in DATA_DIR. */
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must be a postgres:// or postgresql:// URL")
    .optional(),
  /** Where the embedded database keeps its files. */
  DATA_DIR: z.string().min(1).default(".data"),
  /** TCP port of the embedded database on 127.0.0.1; 0 picks a free one. */
  EMBEDDED_DB_PORT: z.coerce.number().int().min(0).max(65535).default(0),
  /** With a real Postgres, seed demo data at start ("1") — normally done with `npm run db:seed`. */
  SEED_DEMO_DATA: z.enum(["0", "1"]).default("0"),
  /** Connections in the pool to a real Postgres (1 for a PGlite served over a socket). */
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
});

export type Env = z.infer<typeof schema>;

function load(): Env {
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n");
    throw new Error(`Invalid configuration:\n${problems}`);
  }
  return parsed.data;
}

export const env: Env = load();
