import { inject } from "vitest";

// Runs in every integration worker before the test file loads, so the app's own modules
// (getEnv, getDb) see the run's database.
const databaseUrl = inject("databaseUrl");
if (databaseUrl) {
  process.env.DATABASE_URL = databaseUrl;
} else {
  delete process.env.DATABASE_URL;
  process.env.PGLITE_DIR = "memory://";
}
