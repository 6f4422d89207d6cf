import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { checkMigrationsInSync } from "@/scripts/db/schema-engine";

// Replays prisma/migrations on an in-memory shadow PGlite and diffs against the schema
// (about 4-6 s with the wasm engine), so a schema change without a migration fails CI.
describe("prisma/migrations vs prisma/schema.prisma", () => {
  const tmp = mkdtemp(path.join(os.tmpdir(), "scaleboard-schema-"));
  afterAll(async () => rm(await tmp, { recursive: true, force: true }));

  it("are in sync (run `npm run db:migration:create -- <name>` if not)", async () => {
    const { inSync, sql, ms } = await checkMigrationsInSync();
    console.log(`[migrations-in-sync] wasm diff took ${ms} ms`);
    expect(sql).toBe("");
    expect(inSync).toBe(true);
  });

  it("reports a schema change that no migration captures", async () => {
    const schemaPath = path.join(await tmp, "schema.prisma");
    const schema = await readFile("prisma/schema.prisma", "utf8");
    await writeFile(schemaPath, `${schema}\nmodel SyncProbe {\n  id Int @id\n}\n`);
    const { inSync, sql } = await checkMigrationsInSync({ schemaPath });
    expect(inSync).toBe(false);
    expect(sql).toContain('CREATE TABLE "SyncProbe"');
  });
});
