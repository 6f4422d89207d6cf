import pg from "pg";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    /** A fresh database for this run, or "" to use an in-memory PGlite per test file. */
    databaseUrl: string;
  }
}

/**
 * With DATABASE_URL, every run gets a database of its own on that server, dropped at the
 * end; without it, each test file opens an in-memory PGlite. Either way nothing is left behind.
 */
export default async function setup(project: TestProject) {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    console.log("[integration] DATABASE_URL is not set: each file uses an in-memory embedded Postgres (PGlite)");
    project.provide("databaseUrl", "");
    return;
  }
  const name = `scaleboard_test_${Date.now().toString(36)}_${process.pid}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  console.log(`[integration] using fresh database ${name} on ${url.host}`);
  project.provide("databaseUrl", url.toString());

  return async () => {
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await client.end();
  };
}
