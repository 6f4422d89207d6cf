/**
 * Runs after `npm install` / `npm ci`:
 * 1. Generates the Prisma client into lib/db/generated. Prisma's CLI wants its native schema
 *    engine even though `generate` never runs it, and that engine cannot be downloaded
 *    offline; pointing PRISMA_SCHEMA_ENGINE_BINARY at any existing file satisfies the check.
 * 2. Copies Excalidraw's fonts into public/fonts so the whiteboard never asks a CDN for them
 *    (13 MB of them is the CJK font that Korean labels need).
 */
import { execFileSync } from "node:child_process";
import { cpSync, existsSync } from "node:fs";
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

generatePrismaClient();
copyExcalidrawFonts();
