/**
 * Runs after `npm install` / `npm ci`:
 * 1. Generates the Prisma client into lib/db/generated. Prisma's CLI wants its native schema
 *    engine even though `generate` never runs it, and that engine cannot be downloaded
 *    offline; pointing PRISMA_SCHEMA_ENGINE_BINARY at any existing file satisfies the check.
 * 2. Copies Excalidraw's fonts into public/fonts so the whiteboard never asks a CDN for them
 *    (13 MB of them is the CJK font that Korean labels need).
 * 3. Copies Noto Sans KR's regular-weight subsets into public/fonts/NotoSansKR: the Hangul the
 *    board's fonts lack (components/excalidraw/hangul-fonts.ts). Its licence is in docs/licences.
 */
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readdirSync } from "node:fs";
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

generatePrismaClient();
copyExcalidrawFonts();
copyKoreanBoardFont();
