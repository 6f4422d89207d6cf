import { z } from "zod";

/**
 * Every environment variable the app reads, validated once at start (see instrumentation.ts).
 * Zero-config development fills safe local defaults; production refuses to start without
 * a real secret. `.env.example` documents each variable.
 */

const DEV_ONLY_SECRET = "scaleboard-dev-only-secret-do-not-use-in-production";

const optionalString = z
  .string()
  .trim()
  .transform((value) => (value === "" ? undefined : value))
  .optional();

const booleanFlag = z
  .enum(["1", "0", "true", "false", "yes", "no", ""])
  .optional()
  .transform((value) => (value === undefined || value === "" ? undefined : ["1", "true", "yes"].includes(value)));

const rawEnvSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  PORT: z.coerce.number().int().min(1).max(65_535).default(3000),
  DATABASE_URL: optionalString.pipe(
    z
      .string()
      .regex(/^postgres(ql)?:\/\//, "must be a postgres:// or postgresql:// connection string")
      .optional(),
  ),
  PGLITE_DIR: optionalString,
  NEXTAUTH_URL: optionalString.pipe(z.url("must be an absolute URL such as https://scaleboard.example.com").optional()),
  NEXTAUTH_SECRET: optionalString,
  TRUSTED_PROXY_COUNT: z
    .string()
    .trim()
    .regex(/^\d{1,2}$/, "must be a whole number of proxies (0 when the app is reached directly)")
    .optional()
    .transform((value) => (value ? Number(value) : 0)),
  SCALEBOARD_DEMO: booleanFlag,
  SCALEBOARD_TEST_HOOKS: booleanFlag,
  GITHUB_ID: optionalString,
  GITHUB_SECRET: optionalString,
  GOOGLE_CLIENT_ID: optionalString,
  GOOGLE_CLIENT_SECRET: optionalString,
  OPENAI_API_KEY: optionalString,
  OPENAI_BASE_URL: optionalString.pipe(z.url("must be an absolute URL").optional()),
  OPENAI_MODEL: optionalString,
  OPENAI_TIMEOUT_MS: optionalString.pipe(z.coerce.number<string>().int().min(1_000).max(600_000).optional()),
  OPENAI_MAX_RETRIES: optionalString.pipe(z.coerce.number<string>().int().min(0).max(10).optional()),
  COACH_DAILY_CALLS: optionalString.pipe(z.coerce.number<string>().int().min(0).max(100_000).optional()),
});

export interface AppEnv {
  nodeEnv: "development" | "production" | "test";
  port: number;
  database: { mode: "postgres"; url: string } | { mode: "pglite"; dir: string };
  auth: { url: string | undefined; secret: string; usingDevSecret: boolean };
  /**
   * How many proxies (load balancers) in front of the app append to X-Forwarded-For: the
   * client's address is the entry that many hops from the right. 0: the connection's address.
   */
  trustedProxyCount: number;
  demoAccounts: boolean;
  /** Put the browser tests' hooks on the boards' pages (tests/e2e/README.md). */
  testHooks: boolean;
  oauth: {
    github?: { clientId: string; clientSecret: string };
    google?: { clientId: string; clientSecret: string };
  };
  /** The language model behind the AI coach; absent when neither a key nor a server is set. */
  openai?: OpenAIConfig;
}

export interface OpenAIConfig {
  apiKey: string;
  baseURL?: string;
  model: string;
  /** Per request, in ms; the SDK retries timeouts, 429 and 5xx `maxRetries` times with backoff. */
  timeoutMs: number;
  maxRetries: number;
  /** Coach calls (chat messages and feedback) one user may make per UTC day. */
  dailyCalls: number;
}

export class EnvError extends Error {
  constructor(readonly problems: string[]) {
    super(
      `Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join("\n")}\nSee .env.example for every variable.`,
    );
    this.name = "EnvError";
  }
}

function pair(
  problems: string[],
  idName: string,
  secretName: string,
  id: string | undefined,
  secret: string | undefined,
) {
  if (id && secret) return { clientId: id, clientSecret: secret };
  if (id || secret) problems.push(`${id ? secretName : idName}: required when ${id ? idName : secretName} is set`);
  return undefined;
}

const LOOPBACK_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);

/**
 * Production needs its public URL: it is the origin state-changing requests must come from,
 * and an https URL is what makes next-auth mark the session cookie Secure. Plain http is
 * accepted only on this machine (a local trial of a production build).
 */
function productionUrlProblems(url: string | undefined): string[] {
  if (!url) return ["NEXTAUTH_URL: required in production (the public URL, e.g. https://scaleboard.example.com)"];
  const parsed = new URL(url);
  if (parsed.protocol !== "https:" && !LOOPBACK_HOSTS.has(parsed.hostname))
    return ["NEXTAUTH_URL: must be an https:// URL in production (http is allowed only for localhost)"];
  return [];
}

export function parseEnv(source: Record<string, string | undefined> = process.env): AppEnv {
  const parsed = rawEnvSchema.safeParse(source);
  if (!parsed.success) {
    throw new EnvError(parsed.error.issues.map((issue) => `${issue.path.join(".") || "env"}: ${issue.message}`));
  }
  const raw = parsed.data;
  const problems: string[] = [];
  const production = raw.NODE_ENV === "production";

  let secret = raw.NEXTAUTH_SECRET;
  if (!secret) {
    if (production)
      problems.push("NEXTAUTH_SECRET: required in production (generate one with `openssl rand -base64 32`)");
    secret = DEV_ONLY_SECRET;
  } else if (production && (secret.length < 32 || secret === DEV_ONLY_SECRET)) {
    problems.push("NEXTAUTH_SECRET: must be a random string of at least 32 characters in production");
  }

  if (production) problems.push(...productionUrlProblems(raw.NEXTAUTH_URL));

  const github = pair(problems, "GITHUB_ID", "GITHUB_SECRET", raw.GITHUB_ID, raw.GITHUB_SECRET);
  const google = pair(
    problems,
    "GOOGLE_CLIENT_ID",
    "GOOGLE_CLIENT_SECRET",
    raw.GOOGLE_CLIENT_ID,
    raw.GOOGLE_CLIENT_SECRET,
  );
  if (problems.length > 0) throw new EnvError(problems);

  return {
    nodeEnv: raw.NODE_ENV,
    port: raw.PORT,
    database: raw.DATABASE_URL
      ? { mode: "postgres", url: raw.DATABASE_URL }
      : { mode: "pglite", dir: raw.PGLITE_DIR ?? ".data/pglite" },
    auth: { url: raw.NEXTAUTH_URL, secret, usingDevSecret: secret === DEV_ONLY_SECRET },
    trustedProxyCount: raw.TRUSTED_PROXY_COUNT,
    // Demo accounts exist only where nobody could mistake them for real ones.
    demoAccounts: !production && (raw.SCALEBOARD_DEMO ?? true),
    testHooks: raw.SCALEBOARD_TEST_HOOKS ?? false,
    oauth: { github, google },
    // A local server (llama.cpp, vLLM, Ollama) needs no key: its URL alone turns the coach on.
    openai:
      raw.OPENAI_API_KEY || raw.OPENAI_BASE_URL
        ? {
            apiKey: raw.OPENAI_API_KEY ?? "no-key",
            baseURL: raw.OPENAI_BASE_URL,
            model: raw.OPENAI_MODEL ?? "gpt-4o-mini",
            timeoutMs: raw.OPENAI_TIMEOUT_MS ?? 30_000,
            maxRetries: raw.OPENAI_MAX_RETRIES ?? 2,
            dailyCalls: raw.COACH_DAILY_CALLS ?? 50,
          }
        : undefined,
  };
}

let cached: AppEnv | undefined;

/** The validated environment of this process (parsed on first use). */
export function getEnv(): AppEnv {
  cached ??= parseEnv();
  return cached;
}
