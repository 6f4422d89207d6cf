import { NextResponse } from "next/server";
import { getEnv } from "@/lib/config/env";
import { getDatabase } from "@/lib/db";
import { checkHealth } from "@/lib/health/check";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export async function GET() {
  const report = await checkHealth(getDatabase, getEnv().database.mode);
  return NextResponse.json(report, {
    status: report.status === "ok" ? 200 : 503,
    headers: { "cache-control": "no-store" },
  });
}
