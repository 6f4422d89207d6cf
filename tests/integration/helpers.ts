import { randomUUID } from "node:crypto";
import { parseEnv } from "@/lib/config/env";
import { openDatabase, type OpenDatabase } from "@/lib/db/client";

/** Opens (and migrates) the run's database, as the app does at start. */
export function openTestDatabase(): Promise<OpenDatabase> {
  return openDatabase(parseEnv().database);
}

export function uniqueEmail(prefix = "user"): string {
  return `${prefix}-${randomUUID().slice(0, 8)}@example.test`;
}
