import { randomBytes } from "node:crypto";
import { appendFile, cp, mkdir, mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { applyMigrations } from "@/lib/db/migrate";
import { pgliteTarget, pgTarget, type MigrationTarget } from "@/lib/db/migration-target";

const REPO_MIGRATIONS = path.resolve("prisma/migrations");

interface Fresh {
  target: MigrationTarget;
  close: () => Promise<void>;
}

const tmpDirs: string[] = [];
afterAll(async () => Promise.all(tmpDirs.map((d) => rm(d, { recursive: true, force: true }))));

/** A private copy of prisma/migrations that a test may edit or extend. */
async function migrationsCopy(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "scaleboard-migrations-"));
  tmpDirs.push(dir);
  await cp(REPO_MIGRATIONS, dir, { recursive: true });
  return dir;
}

async function addMigration(dir: string, name: string, sql: string): Promise<void> {
  await mkdir(path.join(dir, name));
  await writeFile(path.join(dir, name, "migration.sql"), sql);
}

async function migrationNames(dir = REPO_MIGRATIONS): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  return entries
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
}

async function tableNames(target: MigrationTarget): Promise<string[]> {
  const rows = await target.query<{ table_name: string }>(
    "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'",
  );
  return rows.map((r) => r.table_name);
}

// The same behaviour is required of every kind of database.
function behaves(open: () => Promise<Fresh>) {
  async function withFresh(test: (target: MigrationTarget) => Promise<void>) {
    const { target, close } = await open();
    try {
      await test(target);
    } finally {
      await close();
    }
  }

  it("migrates a fresh database and records each migration like Prisma", () =>
    withFresh(async (target) => {
      const names = await migrationNames();
      const { applied } = await applyMigrations(target);
      expect(applied).toEqual(names);
      expect(await tableNames(target)).toEqual(
        expect.arrayContaining(["User", "Prompt", "Interview", "Grade", "Review", "Comment", "_prisma_migrations"]),
      );
      const rows = await target.query<{
        migration_name: string;
        checksum: string;
        finished_at: unknown;
        applied_steps_count: number;
      }>(
        `SELECT migration_name, checksum, finished_at, applied_steps_count FROM "_prisma_migrations" ORDER BY migration_name`,
      );
      expect(rows.map((r) => r.migration_name)).toEqual(names);
      for (const row of rows) {
        expect(row.checksum).toMatch(/^[0-9a-f]{64}$/);
        expect(row.finished_at).not.toBeNull();
        expect(row.applied_steps_count).toBe(1);
      }
    }));

  it("applies nothing the second time", () =>
    withFresh(async (target) => {
      await applyMigrations(target);
      expect((await applyMigrations(target)).applied).toEqual([]);
      const [count] = await target.query<{ n: number }>(`SELECT count(*)::int AS n FROM "_prisma_migrations"`);
      expect(count?.n).toBe((await migrationNames()).length);
    }));

  it("refuses a migration edited after it was applied, naming it", () =>
    withFresh(async (target) => {
      const dir = await migrationsCopy();
      await applyMigrations(target, { migrationsDir: dir });
      const [first] = await migrationNames(dir);
      await appendFile(path.join(dir, first!, "migration.sql"), "\n-- edited afterwards\n");
      await expect(applyMigrations(target, { migrationsDir: dir })).rejects.toThrow(
        new RegExp(`Migration ${first} was modified after it was applied`),
      );
    }));

  it("rolls back a failing migration completely and says which one failed", () =>
    withFresh(async (target) => {
      const dir = await migrationsCopy();
      await addMigration(
        dir,
        "29990101000000_broken",
        'CREATE TABLE "Half" (id int);\nSELECT * FROM "no_such_table";\n',
      );
      await expect(applyMigrations(target, { migrationsDir: dir })).rejects.toThrow(
        /Migration 29990101000000_broken failed and was rolled back.*no_such_table/,
      );
      const tables = await tableNames(target);
      expect(tables).not.toContain("Half");
      expect(tables).toContain("User"); // the earlier migrations stay applied
      const rows = await target.query(
        `SELECT 1 FROM "_prisma_migrations" WHERE migration_name = '29990101000000_broken'`,
      );
      expect(rows).toHaveLength(0);
    }));
}

describe("applyMigrations on an in-memory PGlite", () => {
  behaves(async () => {
    const db = await PGlite.create();
    return { target: pgliteTarget(db), close: () => db.close() };
  });
});

// A Postgres server: TEST_POSTGRES_URL, else the run's DATABASE_URL. Each test gets a
// scratch database of its own on that server, dropped at the end.
const serverUrl = process.env.TEST_POSTGRES_URL ?? process.env.DATABASE_URL;

describe.skipIf(!serverUrl)("applyMigrations on a Postgres server", () => {
  const created: string[] = [];
  const clients: pg.Client[] = [];

  async function adminQuery(sql: string): Promise<void> {
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    try {
      await admin.query(sql);
    } finally {
      await admin.end();
    }
  }

  async function scratchDatabaseUrl(): Promise<string> {
    const name = `scaleboard_migrate_${Date.now().toString(36)}_${randomBytes(3).toString("hex")}`;
    await adminQuery(`CREATE DATABASE "${name}"`);
    created.push(name);
    const url = new URL(serverUrl!);
    url.pathname = `/${name}`;
    return url.toString();
  }

  async function connect(url: string): Promise<pg.Client> {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    clients.push(client);
    return client;
  }

  afterAll(async () => {
    await Promise.all(clients.map((c) => c.end().catch(() => undefined)));
    for (const name of created) await adminQuery(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  });

  behaves(async () => {
    const client = await connect(await scratchDatabaseUrl());
    return { target: pgTarget(client), close: () => client.end() };
  });

  it("lets two concurrent appliers apply each migration exactly once", async () => {
    const url = await scratchDatabaseUrl();
    const dir = await migrationsCopy();
    // A slow extra migration keeps the first applier inside the lock while the second arrives.
    await addMigration(dir, "29990101000000_slow", 'SELECT pg_sleep(0.5);\nCREATE TABLE "Probe" (id int);\n');
    const names = await migrationNames(dir);
    const [a, b] = await Promise.all([connect(url), connect(url)]);
    const logs: string[] = [];
    const log = (line: string) => logs.push(line);

    const [ra, rb] = await Promise.all([
      applyMigrations(pgTarget(a), { migrationsDir: dir, log }),
      applyMigrations(pgTarget(b), { migrationsDir: dir, log }),
    ]);

    expect([...ra.applied, ...rb.applied].sort()).toEqual(names);
    expect([ra.applied.length, rb.applied.length].sort()).toEqual([0, names.length]);
    expect(logs.some((l) => l.includes("waiting"))).toBe(true);
    const { rows } = await a.query<{ migration_name: string }>(
      `SELECT migration_name FROM "_prisma_migrations" ORDER BY migration_name`,
    );
    expect(rows.map((r) => r.migration_name)).toEqual(names);
  });
});
