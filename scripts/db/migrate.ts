// npm run db:migrate
// Applies pending migrations to DATABASE_URL if set, else to the embedded PGlite folder
// (PGLITE_DIR, default .data/pglite). Stop the dev server first when using PGlite: a
// PGlite folder must not be open in two processes at once.
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { applyMigrations } from "../../lib/db/migrate";
import { pgliteTarget, pgTarget } from "../../lib/db/migration-target";

const log = (line: string) => console.log(`[db:migrate] ${line}`);

async function main(): Promise<string[]> {
  const url = process.env.DATABASE_URL;
  if (url) {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    log(`Postgres ${client.host}:${client.port}/${client.database}`);
    try {
      return (await applyMigrations(pgTarget(client), { log })).applied;
    } finally {
      await client.end();
    }
  }
  const dir = process.env.PGLITE_DIR ?? ".data/pglite";
  const inMemory = dir.startsWith("memory://");
  if (!inMemory) await mkdir(path.resolve(dir), { recursive: true });
  log(`embedded PGlite at ${inMemory ? dir : path.resolve(dir)}`);
  const db = await PGlite.create(inMemory ? undefined : path.resolve(dir));
  try {
    return (await applyMigrations(pgliteTarget(db), { log })).applied;
  } finally {
    await db.close();
  }
}

main().then(
  (applied) => log(applied.length ? `done: ${applied.join(", ")}` : "done: nothing to apply"),
  (e: unknown) => {
    console.error(`[db:migrate] ${e instanceof Error ? e.message : String(e)}`);
    process.exitCode = 1;
  },
);
