import { createScratchDatabase } from "../../lib/db/scratch-database";
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
  const scratch = await createScratchDatabase(serverUrl, "scaleboard_test");
  console.log(`[integration] using fresh database ${scratch.name} on ${new URL(scratch.url).host}`);
  project.provide("databaseUrl", scratch.url);

  return scratch.drop;
}
