import { describe, expect, it, vi } from "vitest";

// Point this file's process at a port where no database listens, before the app loads.
process.env.DATABASE_URL = "postgresql://postgres@127.0.0.1:9/unreachable";

describe("GET /api/health with the database gone", () => {
  it("answers 503 and says the database is down", async () => {
    const { GET } = await import("@/app/api/health/route");
    const log = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const response = await GET(new Request("http://localhost/api/health"));
    const body = JSON.stringify(await response.clone().json());
    // Said in words of its own, never the driver's text with the server's address.
    expect(body).not.toMatch(/127\.0\.0\.1|:9\b|unreachable"/);
    expect(log).toHaveBeenCalled();
    log.mockRestore();
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({
      status: "degraded",
      app: { name: "scaleboard" },
      database: { mode: "postgres", status: "down", error: expect.stringMatching(/\S/) },
    });
  });
});
