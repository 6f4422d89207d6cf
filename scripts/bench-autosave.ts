/**
 * npm run bench:autosave -- [--candidates 50] [--seconds 60] [--interval 2000]
 *
 * Drives autosaves on a started production app on a real Postgres: N simulated candidates each
 * save a 300-element drawing every 2 s, through HTTP with a real session cookie, for a minute.
 * Prints p50/p95/p99 latency, errors and lost saves, then the same payload written straight
 * through `pg` as the baseline. Needs DATABASE_URL (a server; a fresh database is created and
 * dropped) and a build (`npm run build`). Target: p95 under 50 ms, 0 errors, 0 lost saves.
 */
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { encode } from "next-auth/jwt";
import pg from "pg";
import { openDatabase } from "@/lib/db/client";
import { seedDatabase } from "@/lib/startup/seed";
import { startInterview } from "@/lib/interviews/start";
import { percentile, printMachine } from "./bench-stats";

const root = path.resolve(import.meta.dirname, "..");
function flag(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? Number(process.argv[index + 1]) : fallback;
}
const CANDIDATES = flag("candidates", 50);
const SECONDS = flag("seconds", 60);
const INTERVAL_MS = flag("interval", 2000);
const ELEMENTS = 300;

function drawing(round: number) {
  const elements: Record<string, unknown>[] = [];
  for (let index = 0; index < ELEMENTS / 2; index++) {
    const id = `shape-${index}`;
    const common = {
      angle: 0,
      strokeColor: "#1e1e1e",
      backgroundColor: "#a5d8ff",
      fillStyle: "solid",
      strokeWidth: 2,
      strokeStyle: "solid",
      roughness: 1,
      opacity: 100,
      groupIds: [],
      frameId: null,
      seed: index + 1,
      versionNonce: round,
      isDeleted: false,
      updated: Date.now(),
      link: null,
      locked: false,
    };
    elements.push({
      ...common,
      id,
      type: "rectangle",
      x: (index % 15) * 220,
      y: Math.floor(index / 15) * 140 + round,
      width: 180,
      height: 80,
      version: round + 1,
      roundness: { type: 3 },
      boundElements: [{ id: `${id}-label`, type: "text" }],
    });
    elements.push({
      ...common,
      id: `${id}-label`,
      type: "text",
      x: (index % 15) * 220 + 20,
      y: Math.floor(index / 15) * 140 + 30,
      width: 140,
      height: 25,
      version: round + 1,
      roundness: null,
      boundElements: null,
      text: `Web server ${index}`,
      originalText: `Web server ${index}`,
      fontSize: 20,
      fontFamily: 5,
      textAlign: "center",
      verticalAlign: "middle",
      containerId: id,
      autoResize: true,
      lineHeight: 1.25,
    });
  }
  return { type: "excalidraw", version: 2, elements, appState: { viewBackgroundColor: "#ffffff" }, files: {} };
}

function report(name: string, latencies: number[]) {
  const fmt = (value: number) => `${value.toFixed(1)} ms`;
  console.log(
    `${name.padEnd(22)} n=${String(latencies.length).padEnd(6)} p50 ${fmt(percentile(latencies, 50)).padEnd(10)} p95 ${fmt(percentile(latencies, 95)).padEnd(10)} p99 ${fmt(percentile(latencies, 99))}`,
  );
  return percentile(latencies, 95);
}

/** Runs `work` for every candidate every INTERVAL_MS for SECONDS, staggered so load is even. */
async function drive(work: (candidate: number, round: number) => Promise<void>) {
  const deadline = Date.now() + SECONDS * 1000;
  await Promise.all(
    Array.from({ length: CANDIDATES }, async (_, candidate) => {
      await new Promise((resolve) => setTimeout(resolve, (candidate * INTERVAL_MS) / CANDIDATES));
      for (let round = 1; Date.now() < deadline; round++) {
        const started = Date.now();
        await work(candidate, round);
        await new Promise((resolve) => setTimeout(resolve, Math.max(0, INTERVAL_MS - (Date.now() - started))));
      }
    }),
  );
}

const serverUrl = process.env.DATABASE_URL;
if (!serverUrl) {
  console.error("bench:autosave needs DATABASE_URL (a Postgres server); it creates and drops a database of its own.");
  process.exit(2);
}
printMachine();
const dbName = `scaleboard_bench_${Date.now().toString(36)}`;
const admin = new pg.Client({ connectionString: serverUrl });
await admin.connect();
await admin.query(`CREATE DATABASE "${dbName}"`);
const url = new URL(serverUrl);
url.pathname = `/${dbName}`;
const secret = randomBytes(32).toString("base64");
const port = 3900 + Math.floor(Math.random() * 90);
let server: ReturnType<typeof spawn> | undefined;

try {
  // Candidates, their interviews and session cookies, prepared directly in the database.
  const database = await openDatabase({ mode: "postgres", url: url.toString() });
  await seedDatabase(database.db, { demoAccounts: false });
  const candidates: { interviewId: string; cookie: string; version: number; saves: number; lastRound: number }[] = [];
  for (let index = 0; index < CANDIDATES; index++) {
    const user = await database.db.user.create({
      data: { email: `bench-${index}@example.test`, name: `Bench ${index}` },
    });
    const interview = await startInterview(database.db, user.id, "scale-to-millions");
    await database.db.interview.update({
      where: { id: interview.id },
      data: { deadline: new Date(Date.now() + 3_600_000) },
    });
    const token = await encode({ token: { uid: user.id, sub: user.id }, secret });
    candidates.push({
      interviewId: interview.id,
      cookie: `next-auth.session-token=${token}`,
      version: 0,
      saves: 0,
      lastRound: 0,
    });
  }
  await database.close();

  server = spawn(
    process.execPath,
    [path.join(root, "node_modules/next/dist/bin/next"), "start", "--port", String(port), "--hostname", "127.0.0.1"],
    {
      cwd: root,
      stdio: ["ignore", "ignore", "inherit"],
      env: {
        ...process.env,
        NODE_ENV: "production",
        DATABASE_URL: url.toString(),
        NEXTAUTH_SECRET: secret,
        NEXTAUTH_URL: `http://127.0.0.1:${port}`,
      },
    },
  );
  const base = `http://127.0.0.1:${port}`;
  for (let attempt = 0; ; attempt++) {
    const ok = await fetch(`${base}/api/health`).then(
      (response) => response.ok,
      () => false,
    );
    if (ok) break;
    if (attempt > 120) throw new Error("the app did not start; run `npm run build` first");
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  const payloadBytes = Buffer.byteLength(JSON.stringify({ baseVersion: 0, scene: drawing(1), notes: "" }));
  console.log(
    `${CANDIDATES} candidates × a ${ELEMENTS}-element drawing (${(payloadBytes / 1024).toFixed(0)} KB) every ${INTERVAL_MS / 1000} s for ${SECONDS} s`,
  );

  // Warm the server (first requests compile and open pools) before measuring.
  for (const candidate of candidates.slice(0, 3))
    await fetch(`${base}/api/interviews/${candidate.interviewId}`, { headers: { cookie: candidate.cookie } });

  const latencies: number[] = [];
  let errors = 0;
  await drive(async (index, round) => {
    const candidate = candidates[index]!;
    const body = JSON.stringify({ baseVersion: candidate.version, scene: drawing(round), notes: `round ${round}` });
    const started = performance.now();
    try {
      const response = await fetch(`${base}/api/interviews/${candidate.interviewId}/draft`, {
        method: "PUT",
        headers: { cookie: candidate.cookie, "content-type": "application/json" },
        body,
      });
      const result = (await response.json()) as { version?: number };
      latencies.push(performance.now() - started);
      if (response.status !== 200 || typeof result.version !== "number") {
        errors++;
        return;
      }
      candidate.version = result.version;
      candidate.saves++;
      candidate.lastRound = round;
    } catch {
      errors++;
    }
  });

  // A save is lost if the server's final state is not the last acknowledged one.
  const check = new pg.Client({ connectionString: url.toString() });
  await check.connect();
  let lost = 0;
  for (const candidate of candidates) {
    const { rows } = await check.query<{ version: number; notes: string }>(
      'SELECT version, notes FROM "Interview" WHERE id = $1',
      [candidate.interviewId],
    );
    if (rows[0]?.version !== candidate.saves || rows[0]?.notes !== `round ${candidate.lastRound}`) lost++;
  }
  const appP95 = report("app (HTTP autosave)", latencies);
  console.log(`errors ${errors}, lost saves ${lost}, throughput ${(latencies.length / SECONDS).toFixed(1)} saves/s`);

  // Baseline: the same JSON written straight through pg with the same version check.
  const pool = new pg.Pool({ connectionString: url.toString(), max: 10 });
  const baseline: number[] = [];
  await drive(async (index, round) => {
    const candidate = candidates[index]!;
    const scene = JSON.stringify(drawing(round));
    const started = performance.now();
    await pool.query(
      'UPDATE "Interview" SET scene = $1::jsonb, notes = $2, version = version + 1, "updatedAt" = now() WHERE id = $3',
      [scene, `round ${round}`, candidate.interviewId],
    );
    baseline.push(performance.now() - started);
  });
  report("baseline (pg UPDATE)", baseline);
  await pool.end();
  await check.end();
  console.log(
    `target: p95 < 50 ms with 0 errors and 0 lost saves: ${appP95 < 50 && errors === 0 && lost === 0 ? "MET" : "NOT MET"}`,
  );
} finally {
  server?.kill("SIGTERM");
  await new Promise((resolve) => setTimeout(resolve, 1000));
  await admin.query(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`);
  await admin.end();
}
