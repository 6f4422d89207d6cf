import { mkdir } from "node:fs/promises";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import type { AppEnv } from "@/lib/config/env";
import { PrismaClient } from "@/lib/db/generated/client";
import { applyMigrations } from "@/lib/db/migrate";
import { pgliteTarget, pgTarget } from "@/lib/db/migration-target";

export type Database = PrismaClient;
export type DatabaseConfig = AppEnv["database"];

export interface OpenDatabase {
  db: Database;
  mode: DatabaseConfig["mode"];
  /** Human-readable location: the folder of an embedded database, or host/db of a server. */
  location: string;
  close(): Promise<void>;
}

interface OpenOptions {
  /** Apply pending migrations before returning (default true). */
  migrate?: boolean;
  log?: (line: string) => void;
}

function describeUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname}:${parsed.port || "5432"}${parsed.pathname}`;
  } catch {
    return "postgres";
  }
}

async function openPostgres(url: string, options: OpenOptions): Promise<OpenDatabase> {
  if (options.migrate !== false) {
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
    await client.connect();
    try {
      await applyMigrations(pgTarget(client), { log: options.log });
    } finally {
      await client.end();
    }
  }
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    connectionTimeoutMillis: 5_000,
    idleTimeoutMillis: 30_000,
  });
  const db = new PrismaClient({ adapter: new PrismaPg(pool) });
  return {
    db,
    mode: "postgres",
    location: describeUrl(url),
    async close() {
      await db.$disconnect();
      await pool.end().catch(() => undefined);
    },
  };
}

/** `dir` is a folder path, or "memory://" for a throwaway in-memory database (tests). */
async function openPglite(dir: string, options: OpenOptions): Promise<OpenDatabase> {
  const inMemory = dir.startsWith("memory://");
  const location = inMemory ? dir : path.resolve(dir);
  if (!inMemory) await mkdir(location, { recursive: true });
  const pglite = await PGlite.create(inMemory ? undefined : location);
  if (options.migrate !== false) await applyMigrations(pgliteTarget(pglite), { log: options.log });
  const db = new PrismaClient({ adapter: new PrismaPGlite(pglite) });
  return {
    db,
    mode: "pglite",
    location,
    async close() {
      await db.$disconnect();
      await pglite.close();
    },
  };
}

/** Opens the configured database (Postgres through @prisma/adapter-pg, else embedded PGlite). */
export function openDatabase(config: DatabaseConfig, options: OpenOptions = {}): Promise<OpenDatabase> {
  return config.mode === "postgres" ? openPostgres(config.url, options) : openPglite(config.dir, options);
}
