// Applies prisma/migrations/*/migration.sql as plain SQL, at app start and before tests, on
// any Postgres (server or PGlite). Prisma's own `migrate deploy` needs a native engine that
// cannot be downloaded offline; this keeps its bookkeeping (the `_prisma_migrations` table,
// its checksums and its advisory lock) so `prisma migrate deploy/status` still agree with us
// wherever that engine exists. Node only: it reads the migrations from disk.
import { createHash, randomUUID } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import type { MigrationTarget } from "./migration-target";

// Prisma's migrate engine locks this key too, so our applier and `prisma migrate deploy`
// also exclude each other.
const ADVISORY_LOCK_KEY = 72707369;

// Exactly the table Prisma's engine creates.
const CREATE_MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                  VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"            VARCHAR(64) NOT NULL,
    "finished_at"         TIMESTAMPTZ,
    "migration_name"      VARCHAR(255) NOT NULL,
    "logs"                TEXT,
    "rolled_back_at"      TIMESTAMPTZ,
    "started_at"          TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

export interface MigrationFile {
  /** The folder name, e.g. 20261122015111_init. */
  name: string;
  sql: string;
  /** sha256 hex of migration.sql, as Prisma records it. */
  checksum: string;
}

class MigrationError extends Error {
  constructor(
    message: string,
    readonly migration?: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = "MigrationError";
  }
}

const DEFAULT_MIGRATIONS_DIR = "prisma/migrations";

const sha256 = (text: string) => createHash("sha256").update(text, "utf8").digest("hex");

/** The migration folders in `dir`, in the order they apply (by folder name). */
async function readMigrations(dir: string): Promise<MigrationFile[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch((e: NodeJS.ErrnoException) => {
    if (e.code === "ENOENT") throw new MigrationError(`No migrations folder at ${dir}`, undefined, { cause: e });
    throw e;
  });
  const names = entries
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  return Promise.all(
    names.map(async (name) => {
      const file = path.join(dir, name, "migration.sql");
      const sql = await readFile(file, "utf8").catch((e: unknown) => {
        throw new MigrationError(`Migration ${name} has no readable migration.sql (${file})`, name, { cause: e });
      });
      return { name, sql, checksum: sha256(sql) };
    }),
  );
}

// Like Prisma, accept a file whose line endings git has converted since it was applied.
function checksumMatches(sql: string, recorded: string): boolean {
  const lf = sql.replace(/\r\n/g, "\n");
  return [sql, lf, lf.replace(/\n/g, "\r\n")].some((variant) => sha256(variant) === recorded);
}

interface AppliedRow extends Record<string, unknown> {
  migration_name: string;
  checksum: string;
  finished_at: unknown;
}

/**
 * Applies the pending migrations, each in its own transaction together with its
 * `_prisma_migrations` row, so a failure leaves neither. Applying twice is a no-op.
 */
export async function applyMigrations(
  target: MigrationTarget,
  opts: { log?: (line: string) => void; migrationsDir?: string } = {},
): Promise<{ applied: string[] }> {
  const log = opts.log ?? (() => {});
  const dir = path.resolve(process.cwd(), opts.migrationsDir ?? DEFAULT_MIGRATIONS_DIR);
  const migrations = await readMigrations(dir);

  await lock(target, log);
  try {
    // Created and read under the lock: a concurrent starter waits, then sees our rows.
    await target.exec(CREATE_MIGRATIONS_TABLE);
    const rows = await target.query<AppliedRow>(
      `SELECT migration_name, checksum, finished_at FROM "_prisma_migrations"
       WHERE rolled_back_at IS NULL ORDER BY started_at`,
    );
    const done = checkHistory(migrations, rows, log);
    const pending = migrations.filter((m) => !done.has(m.name));
    for (const migration of pending) await applyOne(target, migration, log);
    log(
      pending.length ? `applied ${pending.length} migration(s)` : `database is up to date (${done.size} migration(s))`,
    );
    return { applied: pending.map((m) => m.name) };
  } finally {
    // If the session died the server has released the lock already.
    await target.query("SELECT pg_advisory_unlock($1)", [ADVISORY_LOCK_KEY]).catch(() => undefined);
  }
}

async function lock(target: MigrationTarget, log: (line: string) => void): Promise<void> {
  const [row] = await target.query<{ locked: boolean }>("SELECT pg_try_advisory_lock($1) AS locked", [
    ADVISORY_LOCK_KEY,
  ]);
  if (row?.locked) return;
  log("another process is applying migrations; waiting for it");
  await target.query("SELECT pg_advisory_lock($1)::text", [ADVISORY_LOCK_KEY]);
}

/** Refuses to go on over an edited or failed migration; returns the names already applied. */
function checkHistory(migrations: MigrationFile[], rows: AppliedRow[], log: (line: string) => void): Set<string> {
  const local = new Map(migrations.map((m) => [m.name, m]));
  const done = new Set<string>();
  for (const row of rows) {
    const name = row.migration_name;
    if (row.finished_at === null) {
      throw new MigrationError(
        `Migration ${name} is recorded as failed in _prisma_migrations. Repair the database by hand, ` +
          `then mark it rolled back or applied (prisma migrate resolve), or delete that row.`,
        name,
      );
    }
    const file = local.get(name);
    if (!file) {
      log(`warning: migration ${name} is applied but missing from ${DEFAULT_MIGRATIONS_DIR}`);
    } else if (!checksumMatches(file.sql, row.checksum)) {
      throw new MigrationError(
        `Migration ${name} was modified after it was applied: its migration.sql (sha256 ${file.checksum}) ` +
          `does not match the checksum recorded in _prisma_migrations (${row.checksum}). ` +
          `Restore the file and put the change in a new migration.`,
        name,
      );
    }
    done.add(name);
  }
  return done;
}

async function applyOne(target: MigrationTarget, m: MigrationFile, log: (line: string) => void): Promise<void> {
  const started = performance.now();
  await target.exec("BEGIN");
  try {
    await target.exec(m.sql);
    // applied_steps_count 1: Prisma runs a Postgres migration script as one step.
    await target.query(
      `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, finished_at, applied_steps_count)
       VALUES ($1, $2, $3, now(), clock_timestamp(), 1)`,
      [randomUUID(), m.checksum, m.name],
    );
    await target.exec("COMMIT");
  } catch (e) {
    await target.exec("ROLLBACK").catch(() => undefined);
    throw new MigrationError(
      `Migration ${m.name} failed and was rolled back (nothing of it was applied): ${describe(e)}`,
      m.name,
      { cause: e },
    );
  }
  log(`applied migration ${m.name} (${Math.round(performance.now() - started)} ms)`);
}

function describe(e: unknown): string {
  if (!(e instanceof Error)) return String(e);
  const { detail, hint } = e as { detail?: string; hint?: string };
  return [e.message, detail, hint].filter(Boolean).join(" — ");
}
