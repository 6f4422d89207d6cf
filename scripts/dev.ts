/**
 * `npm run dev`: the app with zero configuration. Without DATABASE_URL it runs on an
 * embedded Postgres (PGlite) in .data/pglite, migrated and seeded with the prompt catalog and
 * two demo accounts whose credentials are printed once the server is up.
 */
import { spawn } from "node:child_process";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const port = process.env.PORT ?? "3000";
const env: Record<string, string | undefined> = {
  ...process.env,
  PORT: port,
  NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
  NEXT_TELEMETRY_DISABLED: "1",
};

console.log(
  env.DATABASE_URL
    ? "[scaleboard] starting with DATABASE_URL"
    : "[scaleboard] starting with an embedded database in .data/pglite (set DATABASE_URL to use Postgres)",
);

const nextBin = path.join(root, "node_modules", "next", "dist", "bin", "next");
const child = spawn(process.execPath, [nextBin, "dev", "--port", port, ...process.argv.slice(2)], {
  cwd: root,
  env: env as NodeJS.ProcessEnv,
  stdio: "inherit",
});

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => child.kill(signal));
}
child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
