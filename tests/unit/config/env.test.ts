import { describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "@/lib/config/env";

function problemsOf(source: Record<string, string>): string[] {
  try {
    parseEnv(source);
  } catch (error) {
    if (error instanceof EnvError) return error.problems;
    throw error;
  }
  return [];
}

describe("configuration", () => {
  it("needs nothing in development: embedded database, dev secret, demo accounts", () => {
    const env = parseEnv({ NODE_ENV: "development" });
    expect(env.database).toEqual({ mode: "pglite", dir: ".data/pglite" });
    expect(env.auth.usingDevSecret).toBe(true);
    expect(env.demoAccounts).toBe(true);
    expect(env.port).toBe(3000);
    expect(env.oauth).toEqual({ github: undefined, google: undefined });
    expect(env.openai).toBeUndefined();
  });

  it("uses Postgres when DATABASE_URL is set", () => {
    const env = parseEnv({ DATABASE_URL: "postgresql://postgres@127.0.0.1:5432/app" });
    expect(env.database).toEqual({ mode: "postgres", url: "postgresql://postgres@127.0.0.1:5432/app" });
  });

  it("refuses to start production without a real secret, and has no demo accounts there", () => {
    const url = "https://scaleboard.example.com";
    expect(problemsOf({ NODE_ENV: "production", NEXTAUTH_URL: url })).toEqual([
      expect.stringMatching(/^NEXTAUTH_SECRET: required in production/),
    ]);
    expect(problemsOf({ NODE_ENV: "production", NEXTAUTH_URL: url, NEXTAUTH_SECRET: "short" })[0]).toMatch(
      /at least 32 characters/,
    );
    const env = parseEnv({
      NODE_ENV: "production",
      NEXTAUTH_URL: url,
      NEXTAUTH_SECRET: "s".repeat(40),
      SCALEBOARD_DEMO: "1",
    });
    expect(env.demoAccounts).toBe(false);
  });

  it("requires the public URL in production, https unless it is this machine", () => {
    const secret = "s".repeat(40);
    expect(problemsOf({ NODE_ENV: "production", NEXTAUTH_SECRET: secret })).toEqual([
      expect.stringMatching(/^NEXTAUTH_URL: required in production/),
    ]);
    expect(problemsOf({ NODE_ENV: "production", NEXTAUTH_SECRET: secret, NEXTAUTH_URL: "http://example.com" })).toEqual(
      [expect.stringMatching(/^NEXTAUTH_URL: must be an https:\/\/ URL/)],
    );
    const local = { NODE_ENV: "production", NEXTAUTH_SECRET: secret, NEXTAUTH_URL: "http://127.0.0.1:3300" };
    expect(parseEnv(local).auth.url).toBe("http://127.0.0.1:3300");
  });

  it("reads the number of trusted proxies, 0 unless set", () => {
    expect(parseEnv({}).trustedProxyCount).toBe(0);
    expect(parseEnv({ TRUSTED_PROXY_COUNT: "2" }).trustedProxyCount).toBe(2);
    expect(problemsOf({ TRUSTED_PROXY_COUNT: "-1" })).toEqual([expect.stringMatching(/^TRUSTED_PROXY_COUNT/)]);
  });

  it("names every bad variable at once", () => {
    const problems = problemsOf({ DATABASE_URL: "mysql://x", NEXTAUTH_URL: "not a url", PORT: "99999" });
    expect(problems.map((problem) => problem.split(":")[0])).toEqual(
      expect.arrayContaining(["DATABASE_URL", "NEXTAUTH_URL", "PORT"]),
    );
    expect(new EnvError(problems).message).toMatch(/See \.env\.example/);
  });

  it("enables an OAuth provider only when both of its variables are set", () => {
    expect(parseEnv({ GITHUB_ID: "id", GITHUB_SECRET: "secret" }).oauth.github).toEqual({
      clientId: "id",
      clientSecret: "secret",
    });
    expect(problemsOf({ GOOGLE_CLIENT_ID: "id" })).toEqual([
      "GOOGLE_CLIENT_SECRET: required when GOOGLE_CLIENT_ID is set",
    ]);
  });

  it("treats empty strings as unset", () => {
    expect(parseEnv({ DATABASE_URL: "", NEXTAUTH_SECRET: "", OPENAI_API_KEY: "" }).database.mode).toBe("pglite");
  });

  it("configures the language model with a key or a server", () => {
    expect(parseEnv({ OPENAI_API_KEY: "k", OPENAI_BASE_URL: "http://127.0.0.1:9999/v1" }).openai).toEqual({
      apiKey: "k",
      baseURL: "http://127.0.0.1:9999/v1",
      model: "gpt-4o-mini",
      timeoutMs: 30_000,
      maxRetries: 2,
      dailyCalls: 50,
    });
    const local = parseEnv({
      OPENAI_BASE_URL: "http://127.0.0.1:8080/v1",
      OPENAI_MODEL: "qwen2.5",
      OPENAI_TIMEOUT_MS: "5000",
      COACH_DAILY_CALLS: "3",
    }).openai;
    expect(local).toMatchObject({ apiKey: "no-key", model: "qwen2.5", timeoutMs: 5000, dailyCalls: 3 });
  });

  it("refuses a coach setting that is not a number in range", () => {
    expect(() => parseEnv({ OPENAI_API_KEY: "k", COACH_DAILY_CALLS: "many" })).toThrow(/COACH_DAILY_CALLS/);
    expect(() => parseEnv({ OPENAI_API_KEY: "k", OPENAI_TIMEOUT_MS: "10" })).toThrow(/OPENAI_TIMEOUT_MS/);
  });
});
