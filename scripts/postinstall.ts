/**
 * Runs after `npm install` / `npm ci`:
 * 1. Generates the Prisma client into lib/db/generated. Prisma's CLI wants its native schema
 *    engine even though `generate` never runs it, and that engine cannot be downloaded
 *    offline; pointing PRISMA_SCHEMA_ENGINE_BINARY at any existing file satisfies the check.
 * 2. Copies Excalidraw's fonts into public/fonts so the whiteboard never asks a CDN for them
 *    (13 MB of them is the CJK font that Korean labels need).
 * 3. Copies Noto Sans KR's regular-weight subsets into public/fonts/NotoSansKR: the Hangul the
 *    board's fonts lack (components/excalidraw/hangul-fonts.ts). Its licence is in docs/licences.
 * 4. Copies Excalidraw's font-subsetting worker (and the chunks it imports) into
 *    public/excalidraw, so SVG exports subset fonts in a worker, not on the page
 *    (components/excalidraw/subset-worker.ts), and gives that worker longer to answer (below).
 */
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");

function generatePrismaClient() {
  const prismaCli = path.join(root, "node_modules", "prisma", "build", "index.js");
  execFileSync(process.execPath, [prismaCli, "generate"], {
    cwd: root,
    stdio: "inherit",
    env: {
      ...process.env,
      PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? path.join(root, "package.json"),
      PRISMA_HIDE_UPDATE_MESSAGE: "1",
    },
  });
}

function copyExcalidrawFonts() {
  const source = path.join(root, "node_modules", "@excalidraw", "excalidraw", "dist", "prod", "fonts");
  if (!existsSync(source)) {
    console.warn("[postinstall] Excalidraw fonts not found; the whiteboard will fall back to system fonts");
    return;
  }
  cpSync(source, path.join(root, "public", "fonts"), { recursive: true });
  console.log("[postinstall] copied Excalidraw fonts to public/fonts");
}

function copyKoreanBoardFont() {
  const source = path.join(root, "node_modules", "@fontsource", "noto-sans-kr", "files");
  if (!existsSync(source)) {
    console.warn("[postinstall] Noto Sans KR not found; Korean letters Excalidraw's fonts lack will use system fonts");
    return;
  }
  const target = path.join(root, "public", "fonts", "NotoSansKR");
  mkdirSync(target, { recursive: true });
  // The numbered (Korean) subsets at the regular weight: the only files the board asks for.
  const files = readdirSync(source).filter((name) => /^noto-sans-kr-\d+-400-normal\.woff2$/.test(name));
  for (const name of files) cpSync(path.join(source, name), path.join(target, name));
  console.log(`[postinstall] copied ${files.length} Noto Sans KR subsets to public/fonts/NotoSansKR`);
}

/** The worker's entry and every chunk it imports, by relative path: the package's ES modules as they are. */
function copySubsetWorker() {
  const source = path.join(root, "node_modules", "@excalidraw", "excalidraw", "dist", "prod");
  const entry = "subset-worker.chunk.js";
  if (!existsSync(path.join(source, entry))) {
    console.warn("[postinstall] Excalidraw's subset worker not found; SVG exports will embed whole fonts");
    return;
  }
  const target = path.join(root, "public", "excalidraw");
  mkdirSync(target, { recursive: true });
  const pending = [entry];
  const copied = new Set<string>();
  while (pending.length > 0) {
    const name = pending.pop()!;
    if (copied.has(name)) continue;
    copied.add(name);
    cpSync(path.join(source, name), path.join(target, name));
    const code = readFileSync(path.join(source, name), "utf8");
    for (const [, imported] of code.matchAll(/(?:from|import)\s*"\.\/([\w.-]+\.js)"/g)) pending.push(imported!);
  }
  console.log(`[postinstall] copied Excalidraw's subset worker (${copied.size} files) to public/excalidraw`);
}

/**
 * Excalidraw gives a subsetting worker one second to answer a job and, past it, subsets every
 * later font of the page on the page itself, where the page's Content-Security-Policy refuses
 * the `new Function` its WebAssembly glue needs (the export then embeds whole fonts). The page's
 * few workers answer jobs in turn, and a drawing with several fonts (Korean text touches
 * several faces) queues longer than a second on a busy machine. The bundle's time-out (its
 * WorkerPool's `ttl`, which the package offers no option for) is raised to 30 s, in both of
 * its builds; the pool's idle shutdown uses the same value, which our handles ignore.
 */
function raiseSubsetWorkerTimeout() {
  const dist = path.join(root, "node_modules", "@excalidraw", "excalidraw", "dist");
  const timeout = /(workerTTL\s*=\s*\w+\.ttl\s*\|\|\s*)1e3\b/;
  let patched = 0;
  for (const build of ["prod", "dev"]) {
    const folder = path.join(dist, build);
    if (!existsSync(folder)) continue;
    for (const name of readdirSync(folder).filter((file) => file.endsWith(".js"))) {
      const file = path.join(folder, name);
      const code = readFileSync(file, "utf8");
      if (/workerTTL\s*=\s*\w+\.ttl\s*\|\|\s*3e4\b/.test(code)) patched++;
      else if (timeout.test(code)) {
        writeFileSync(file, code.replace(timeout, "$13e4"));
        patched++;
      }
    }
  }
  if (patched === 0)
    console.warn(
      "[postinstall] Excalidraw's subset worker time-out not found; large SVG exports may embed whole fonts",
    );
  else console.log(`[postinstall] Excalidraw's subset worker time-out is 30 s (${patched} builds)`);
}

generatePrismaClient();
copyExcalidrawFonts();
copyKoreanBoardFont();
copySubsetWorker();
raiseSubsetWorkerTimeout();
