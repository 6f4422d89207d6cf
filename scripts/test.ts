/**
 * `npm test`: the type check, lint and format checks, every unit and integration test (vitest), then the browser tests
 * (Playwright on a production build) when a Chromium is found. Integration and browser tests
 * use DATABASE_URL when set (a fresh database per run), else an embedded PGlite.
 */
import { spawnSync } from "node:child_process";
import path from "node:path";
import { findChromium } from "../tests/e2e/chromium";

const root = path.resolve(import.meta.dirname, "..");
const bin = (name: string) => path.join(root, "node_modules", ".bin", name);
const results: { step: string; ok: boolean; seconds: number; skipped?: boolean }[] = [];

function run(step: string, command: string, args: string[], env: Record<string, string> = {}) {
  console.log(`\n▶ ${step}: ${path.basename(command)} ${args.join(" ")}`);
  const started = Date.now();
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit", env: { ...process.env, ...env } });
  const ok = result.status === 0;
  results.push({ step, ok, seconds: Math.round((Date.now() - started) / 100) / 10 });
  return ok;
}

console.log(
  process.env.DATABASE_URL
    ? "Database: DATABASE_URL is set; tests create and drop fresh databases on that server."
    : "Database: DATABASE_URL is not set; tests use embedded PGlite databases.",
);

const onlyUnit = process.argv.includes("--no-e2e");
run("type check", bin("tsc"), ["--noEmit", "-p", "."]);
run("lint", bin("eslint"), [".", "--max-warnings=0"]);
run("format check", bin("prettier"), ["--check", "."]);
run("unit + integration tests", bin("vitest"), ["run"]);

const chromium = findChromium();
if (onlyUnit) {
  results.push({ step: "browser tests", ok: true, seconds: 0, skipped: true });
} else if (!chromium) {
  console.warn(
    [
      "",
      "!".repeat(78),
      "!! BROWSER TESTS SKIPPED: no Chromium found (CHROMIUM_PATH, /usr/bin/chromium, ...).",
      "!! Install one (Debian: apt-get install -y chromium) or set CHROMIUM_PATH.",
      "!".repeat(78),
    ].join("\n"),
  );
  results.push({ step: "browser tests", ok: true, seconds: 0, skipped: true });
} else if (run("production build", bin("next"), ["build"], { NEXT_TELEMETRY_DISABLED: "1" })) {
  run("browser tests", bin("playwright"), ["test"], { CHROMIUM_PATH: chromium });
} else {
  results.push({ step: "browser tests", ok: false, seconds: 0 });
}

console.log("\nSummary");
for (const result of results) {
  const status = result.skipped ? "SKIPPED" : result.ok ? "ok" : "FAILED";
  console.log(`  ${status.padEnd(8)} ${result.step} (${result.seconds}s)`);
}
const failed = results.filter((result) => !result.ok).length;
process.exit(failed === 0 ? 0 : 1);
