/**
 * Starts the production build for the browser tests on a database nobody else uses:
 * a fresh database on the DATABASE_URL server, or a fresh embedded PGlite folder. Both are
 * removed when Playwright stops the server.
 */
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { openDatabase } from "@/lib/db/client";
import { createScratchDatabase } from "@/lib/db/scratch-database";
import { ensureDemoAccounts } from "@/lib/auth/demo";
import { hashPassword } from "@/lib/auth/password";
import { seedDatabase } from "@/lib/startup/seed";
import { coachResponder } from "../tests/support/coach-responder";
import { E2E_ADMIN } from "../tests/support/e2e-accounts";
import { startModelServer } from "../tests/support/openai-server";

const root = path.resolve(import.meta.dirname, "..");
const port = process.env.E2E_PORT ?? "3100";

async function freshDatabase(): Promise<{ env: Record<string, string>; cleanup: () => Promise<void> }> {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    const dir = mkdtempSync(path.join(tmpdir(), "scaleboard-e2e-"));
    return { env: { PGLITE_DIR: dir }, cleanup: () => Promise.resolve(rmSync(dir, { recursive: true, force: true })) };
  }
  const scratch = await createScratchDatabase(serverUrl, "scaleboard_e2e");
  return { env: { DATABASE_URL: scratch.url }, cleanup: scratch.drop };
}

/**
 * Prepares the database as the app would (migrations, catalog) plus what only the browser
 * tests need: a one-minute prompt, so the time-out journey takes a minute, not five, and an admin.
 */
async function prepare(env: Record<string, string>) {
  const config = env.DATABASE_URL
    ? { mode: "postgres" as const, url: env.DATABASE_URL }
    : { mode: "pglite" as const, dir: env.PGLITE_DIR! };
  const opened = await openDatabase(config);
  try {
    await seedDatabase(opened.db, { demoAccounts: false });
    // The demo mentor signs in for the review journey (tests/e2e/reviews.spec.ts); no demo review.
    await ensureDemoAccounts(opened.db);
    // The admin the access matrix and the assignment journey sign in as (tests/support/e2e-accounts.ts).
    await opened.db.user.create({
      data: {
        email: E2E_ADMIN.email,
        name: E2E_ADMIN.name,
        role: "admin",
        passwordHash: await hashPassword(E2E_ADMIN.password),
      },
    });
    await opened.db.prompt.create({
      data: {
        slug: E2E_SHORT_PROMPT,
        title: "One-minute drill (browser tests)",
        summary: "A one-minute prompt the browser tests use to run out the clock.",
        brief: "Draw a web server in front of a database.",
        topics: ["testing"],
        difficulty: "easy",
        durationMinutes: 1,
        requirements: { functional: ["Serve requests"], nonFunctional: ["None"] },
        scale: [{ label: "Users", value: "1" }],
        rubric: { rules: [{ id: "cache-layer", weight: 1 }] },
        position: 999,
      },
    });
  } finally {
    await opened.close();
  }
}

const E2E_SHORT_PROMPT = "e2e-one-minute";
const database = await freshDatabase();
await prepare(database.env);
// The AI coach talks to an OpenAI-compatible server on loopback, never to a real provider;
// the specs read what it received at E2E_MODEL_PORT's /__requests.
const modelPort = Number(process.env.E2E_MODEL_PORT ?? Number(port) + 50);
const model = await startModelServer({ port: modelPort, respond: coachResponder });
const nextBin = path.join(root, "node_modules", "next", "dist", "bin", "next");
// Every instance shares the secret and the database, as instances behind a load balancer do.
const secret = randomBytes(32).toString("base64");

function startInstance(instancePort: string) {
  return spawn(process.execPath, [nextBin, "start", "--port", instancePort, "--hostname", "127.0.0.1"], {
    cwd: root,
    stdio: "inherit",
    env: {
      ...process.env,
      ...database.env,
      NODE_ENV: "production",
      NEXTAUTH_URL: `http://127.0.0.1:${instancePort}`,
      NEXTAUTH_SECRET: secret,
      NEXT_TELEMETRY_DISABLED: "1",
      // The browser tests drive the boards through window.scaleboard (tests/e2e/README.md).
      SCALEBOARD_TEST_HOOKS: "1",
      OPENAI_BASE_URL: model.baseURL,
      OPENAI_API_KEY: "e2e-key",
      OPENAI_MODEL: "e2e-model",
    },
  });
}

// A second instance on the same Postgres proves the web tier keeps no state of its own
// (tests/e2e/scale-out.spec.ts). An embedded PGlite belongs to one process, so not there.
const instances = [startInstance(port)];
if (database.env.DATABASE_URL && process.env.E2E_SECOND_PORT)
  instances.push(startInstance(process.env.E2E_SECOND_PORT));

let stopping = false;
async function stop(code: number) {
  if (stopping) return;
  stopping = true;
  await Promise.all(
    instances.map((child) => {
      child.kill("SIGTERM");
      return new Promise((resolve) => (child.exitCode !== null ? resolve(null) : child.once("exit", resolve)));
    }),
  );
  await model.close();
  await database.cleanup().catch((error: unknown) => console.error("[e2e-server] cleanup failed:", error));
  process.exit(code);
}
process.on("SIGTERM", () => void stop(0));
process.on("SIGINT", () => void stop(0));
for (const child of instances) child.on("exit", (code) => void stop(code ?? 1));
