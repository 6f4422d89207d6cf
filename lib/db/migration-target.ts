// The small surface applyMigrations needs from a database, over node-postgres and PGlite.
// Type-only imports: this module pulls in neither driver.
import type { PGlite } from "@electric-sql/pglite";
import type { ClientBase } from "pg";

export interface MigrationTarget {
  /** One statement with $1-style parameters; returns its rows. */
  query<R extends Record<string, unknown>>(sql: string, params?: unknown[]): Promise<R[]>;
  /** A script of several statements, without parameters (a migration.sql file). */
  exec(sql: string): Promise<void>;
}

/**
 * A single node-postgres connection (a Client, or a client checked out of a Pool). Not a
 * Pool itself: the advisory lock and each transaction must stay on one session.
 */
export function pgTarget(client: ClientBase): MigrationTarget {
  return {
    async query<R extends Record<string, unknown>>(sql: string, params: unknown[] = []) {
      return (await client.query(sql, params)).rows as R[];
    },
    async exec(sql) {
      // Without parameters node-postgres uses the simple protocol, which runs several statements.
      await client.query(sql);
    },
  };
}

export function pgliteTarget(db: PGlite): MigrationTarget {
  return {
    async query<R extends Record<string, unknown>>(sql: string, params: unknown[] = []) {
      return (await db.query<R>(sql, params)).rows;
    },
    async exec(sql) {
      await db.exec(sql);
    },
  };
}
