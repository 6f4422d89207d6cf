import { defineConfig, devices } from "@playwright/test";
import { CHROMIUM_ARGS, findChromium } from "./tests/e2e/chromium";

// A port of its own per run (workers inherit it through the environment), so two runs on
// one machine never meet.
process.env.E2E_PORT ??= String(3100 + Math.floor(Math.random() * 800));
process.env.E2E_SECOND_PORT ??= String(Number(process.env.E2E_PORT) + 1000);
// The loopback model server the AI coach talks to (scripts/e2e-server.ts starts it).
process.env.E2E_MODEL_PORT ??= String(Number(process.env.E2E_PORT) + 2000);
const port = Number(process.env.E2E_PORT);
const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: "tests/e2e",
  testMatch: "**/*.spec.ts",
  fullyParallel: false,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    viewport: { width: 1440, height: 900 },
    launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], viewport: { width: 1440, height: 900 } } }],
  // A production build on a fresh database of its own (see scripts/e2e-server.ts).
  webServer: {
    command: "npx tsx scripts/e2e-server.ts",
    url: `${baseURL}/api/health`,
    reuseExistingServer: false,
    timeout: 180_000,
    stdout: "pipe",
    stderr: "pipe",
    gracefulShutdown: { signal: "SIGTERM", timeout: 10_000 },
    env: {
      E2E_PORT: String(port),
      E2E_SECOND_PORT: process.env.E2E_SECOND_PORT,
      E2E_MODEL_PORT: process.env.E2E_MODEL_PORT,
    },
  },
});
