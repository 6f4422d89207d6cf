import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_ACCOUNTS } from "@/lib/auth/demo";
import { authenticateWithPassword } from "@/lib/auth/credentials";
import type { OpenDatabase } from "@/lib/db/client";
import { seedDatabase } from "@/lib/startup/seed";
import { PROMPT_CATALOG } from "@/lib/prompts/catalog";
import { openTestDatabase } from "./helpers";

let database: OpenDatabase;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => {
  await database.close();
});

describe("seed", () => {
  it("loads the whole prompt catalog, the seeds' own exercise first", async () => {
    await seedDatabase(database.db, { demoAccounts: false });
    const prompts = await database.db.prompt.findMany({ orderBy: { position: "asc" } });
    expect(prompts.map((prompt) => prompt.slug)).toEqual(PROMPT_CATALOG.map((prompt) => prompt.slug));
    expect(prompts.length).toBeGreaterThanOrEqual(8);
    expect(prompts[0]).toMatchObject({
      slug: "scale-to-millions",
      title: "Scale a web service from one server to millions of users",
    });
    expect(prompts[0]!.rubric).toEqual(PROMPT_CATALOG[0]!.rubric);
  });

  it("is idempotent: a second run writes nothing and changes nothing", async () => {
    await seedDatabase(database.db, { demoAccounts: true });
    const before = await database.db.prompt.findMany({ orderBy: { slug: "asc" } });
    const users = await database.db.user.count();
    const second = await seedDatabase(database.db, { demoAccounts: true });
    expect(second.created).toEqual([]);
    expect(second.updated).toEqual([]);
    expect(await database.db.prompt.findMany({ orderBy: { slug: "asc" } })).toEqual(before);
    expect(await database.db.user.count()).toBe(users);
  });

  it("repairs a catalog prompt edited in the database, but leaves admin-authored prompts alone", async () => {
    await database.db.prompt.update({ where: { slug: "url-shortener" }, data: { durationMinutes: 1 } });
    const report = await seedDatabase(database.db, { demoAccounts: false });
    expect(report.updated).toEqual(["url-shortener"]);
    const repaired = await database.db.prompt.findUniqueOrThrow({ where: { slug: "url-shortener" } });
    expect(repaired.durationMinutes).toBe(
      PROMPT_CATALOG.find((prompt) => prompt.slug === "url-shortener")!.durationMinutes,
    );
  });

  it("creates demo accounts that can sign in, with their roles", async () => {
    await seedDatabase(database.db, { demoAccounts: true });
    for (const account of DEMO_ACCOUNTS) {
      const user = await authenticateWithPassword(
        database.db,
        { email: account.email, password: account.password },
        null,
      );
      expect(user?.role).toBe(account.role);
    }
  });
});
