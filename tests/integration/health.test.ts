import { afterAll, describe, expect, it } from "vitest";
import { GET as health } from "@/app/api/health/route";
import { getDatabase } from "@/lib/startup/database";
import { checkHealth } from "@/lib/health/check";
import { openTestDatabase } from "./helpers";

afterAll(async () => {
  await (await getDatabase()).close();
});

describe("GET /api/health", () => {
  it("answers 200 with the app and the database mode", async () => {
    const response = await health(new Request("http://localhost/api/health"));
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body).toMatchObject({
      status: "ok",
      app: { name: "scaleboard" },
      database: { mode: process.env.DATABASE_URL ? "postgres" : "pglite", status: "up" },
    });
    expect(response.headers.get("cache-control")).toBe("no-store");
  });
});

describe("health when the database is gone", () => {
  it("reports 'down' once the database stops answering", async () => {
    const database = await openTestDatabase();
    expect((await checkHealth(() => Promise.resolve(database))).database.status).toBe("up");
    await database.close();
    const report = await checkHealth(() => Promise.resolve(database));
    expect(report).toMatchObject({ status: "degraded", database: { status: "down" } });
  });
});
