// npm run db:migration:create -- <name>
// Writes prisma/migrations/<YYYYMMDDHHMMSS>_<name>/migration.sql with the SQL that takes
// "all existing migrations" to prisma/schema.prisma, like `prisma migrate dev --create-only`
// but without the native engine (see schema-engine.ts).
import { mkdir, readdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { diffMigrationsToSchema, MIGRATION_LOCK, MIGRATIONS_DIR } from "./schema-engine";

/** Prisma's folder naming: UTC timestamp, then the name in snake case. */
export function migrationFolderName(name: string, now = new Date()): string {
  const slug = name
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "");
  if (!slug) throw new Error(`invalid migration name: ${JSON.stringify(name)}`);
  const stamp = now.toISOString().replace(/\D/g, "").slice(0, 14);
  return `${stamp}_${slug}`;
}

async function main(): Promise<void> {
  const name = process.argv[2];
  if (!name) throw new Error("usage: npm run db:migration:create -- <name>");
  const folder = migrationFolderName(name);

  // The applier runs folders in name order; a new one must come last.
  const existing = (await readdir(MIGRATIONS_DIR, { withFileTypes: true }).catch(() => []))
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  const last = existing.at(-1);
  if (last && last >= folder) throw new Error(`${folder} would sort before existing ${last}`);

  const started = performance.now();
  const sql = await diffMigrationsToSchema();
  const ms = Math.round(performance.now() - started);
  if (!sql) {
    console.log(`No difference between prisma/migrations and the schema (${ms} ms); nothing written.`);
    return;
  }

  const dir = path.join(MIGRATIONS_DIR, folder);
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, "migration.sql"), sql);
  await writeFile(path.join(MIGRATIONS_DIR, "migration_lock.toml"), MIGRATION_LOCK);
  console.log(`Wrote ${dir}/migration.sql (${sql.length} bytes; diff took ${ms} ms).`);
}

main().then(
  // The engine leaves a timer pending for several seconds; don't wait for it.
  () => process.exit(0),
  (e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  },
);
