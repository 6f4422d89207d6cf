import { expect, test } from "@playwright/test";

// Two app instances on one Postgres, as behind a load balancer: a session started on one is
// honoured by the other, and what one saves the other reads. Only with DATABASE_URL: the
// embedded PGlite database belongs to a single process.
const second = `http://127.0.0.1:${process.env.E2E_SECOND_PORT}`;

test.skip(!process.env.DATABASE_URL, "needs DATABASE_URL: an embedded PGlite database serves one process");

test("any instance serves any request: sessions and drawings are shared, not kept in memory", async ({
  page,
  playwright,
}) => {
  const email = `scale-${Date.now().toString(36)}@example.test`;
  await page.goto("/sign-up");
  await page.getByLabel("Name").fill("Sam Scale");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("a long enough passphrase");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/dashboard/, { timeout: 30_000 }); // bcrypt on a busy two-core server

  const started = await page.request.post("/api/interviews", { data: { promptSlug: "warm-up-cache" } });
  expect(started.status()).toBe(201);
  const { id } = (await started.json()) as { id: string };
  const saved = await page.request.put(`/api/interviews/${id}/draft`, {
    data: {
      baseVersion: 0,
      scene: { elements: [{ id: "box", type: "rectangle", x: 0, y: 0, width: 100, height: 50 }] },
      notes: "from instance one",
    },
  });
  expect(saved.status()).toBe(200);

  // The other instance, with the same cookies.
  const other = await playwright.request.newContext({
    baseURL: second,
    storageState: await page.context().storageState(),
  });
  const health = await other.get("/api/health");
  expect(await health.json()).toMatchObject({ status: "ok", database: { mode: "postgres" } });
  const read = await other.get(`/api/interviews/${id}`);
  expect(read.status()).toBe(200);
  expect(await read.json()).toMatchObject({ interview: { version: 1, notes: "from instance one" } });
  // A stale save on the second instance meets the first one's version: no silent overwrite.
  const stale = await other.put(`/api/interviews/${id}/draft`, {
    data: { baseVersion: 0, scene: { elements: [] }, notes: "stale" },
  });
  expect(stale.status()).toBe(409);
  await other.dispose();
});
