import type { OpenDatabase } from "@/lib/db/client";

const APP_VERSION = process.env.npm_package_version ?? "0.1.0";

export interface HealthReport {
  status: "ok" | "degraded";
  app: { name: "scaleboard"; version: string; uptimeSeconds: number };
  database: { mode: "postgres" | "pglite" | "unknown"; status: "up" | "down"; latencyMs?: number; error?: string };
}

// Opening includes migrating and seeding on a process's first request, which may take a
// few seconds; once open, a healthy database answers `SELECT 1` in milliseconds.
const OPEN_TIMEOUT_MS = 20_000;
const PROBE_TIMEOUT_MS = 3_000;

class ProbeTimeout extends Error {}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return Promise.race([
    promise,
    new Promise<T>((_, reject) =>
      setTimeout(() => reject(new ProbeTimeout(`no answer within ${ms} ms`)), ms).unref?.(),
    ),
  ]);
}

/** Probes the database with `SELECT 1`; `open` yields the process's database handle. */
export async function checkHealth(
  open: () => Promise<OpenDatabase>,
  mode?: HealthReport["database"]["mode"],
): Promise<HealthReport> {
  const app = { name: "scaleboard" as const, version: APP_VERSION, uptimeSeconds: Math.round(process.uptime()) };
  const started = performance.now();
  try {
    const database = await withTimeout(open(), OPEN_TIMEOUT_MS);
    await withTimeout(database.db.$queryRaw`SELECT 1`, PROBE_TIMEOUT_MS);
    return {
      status: "ok",
      app,
      database: { mode: database.mode, status: "up", latencyMs: Math.round(performance.now() - started) },
    };
  } catch (error) {
    // The driver's text names hosts and ports and often starts with a blank line: it goes to
    // the log; the public report says what happened in words of its own.
    console.error("[scaleboard] health: the database probe failed:", error);
    const message = error instanceof ProbeTimeout ? error.message : "the database refused the connection or the query";
    return { status: "degraded", app, database: { mode: mode ?? "unknown", status: "down", error: message } };
  }
}
