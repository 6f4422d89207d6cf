import { getEnv } from "@/lib/config/env";
import { openDatabase, type Database, type OpenDatabase } from "@/lib/db/client";
import { seedDatabase } from "@/lib/startup/seed";

// One database handle per process. It lives on globalThis because Next.js may load this
// module more than once (route handlers and server components are bundled separately), and
// an embedded PGlite folder must never be opened twice.
const GLOBAL_KEY = Symbol.for("scaleboard.database");
type GlobalWithDb = typeof globalThis & { [GLOBAL_KEY]?: Promise<OpenDatabase> };

function log(line: string) {
  console.log(`[scaleboard] ${line}`);
}

async function start(): Promise<OpenDatabase> {
  const env = getEnv();
  const opened = await openDatabase(env.database, { log });
  log(
    opened.mode === "pglite"
      ? `database: embedded PGlite at ${opened.location} (set DATABASE_URL to use a Postgres server)`
      : `database: Postgres at ${opened.location}`,
  );
  const seeded = await seedDatabase(opened.db, { demoAccounts: env.demoAccounts });
  log(`prompt catalog: ${seeded.prompts} prompts`);
  if (seeded.demoAccounts.length > 0) {
    log("demo accounts (development only):");
    for (const account of seeded.demoAccounts)
      log(`  ${account.role.padEnd(9)} ${account.email} / ${account.password}`);
  }
  return opened;
}

/** The process-wide database: opened, migrated and seeded on first use. */
export function getDatabase(): Promise<OpenDatabase> {
  const store = globalThis as GlobalWithDb;
  store[GLOBAL_KEY] ??= start().catch((error: unknown) => {
    // Let the next request try again (e.g. once the database server is back).
    delete store[GLOBAL_KEY];
    throw error;
  });
  return store[GLOBAL_KEY];
}

/**
 * The handle entry points pass to services. Route handlers and server actions get it from
 * their wrapper (lib/http); pages call this; services never do, they receive it.
 */
export async function getDb(): Promise<Database> {
  return (await getDatabase()).db;
}
