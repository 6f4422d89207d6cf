import { getEnv } from "@/lib/config/env";
import { AppError } from "@/lib/errors/app-error";
import { checkHealth } from "@/lib/health/check";
import { json } from "@/lib/http/responses";
import { route } from "@/lib/http/route";
import { getDatabase } from "@/lib/startup/database";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** 200 with the app version and the database mode, or 503 (with the same report) when the database does not answer. */
export const GET = route({ auth: "public" }, async () => {
  const report = await checkHealth(getDatabase, getEnv().database.mode);
  if (report.status !== "ok") throw new AppError("unavailable", "The database does not answer.", report);
  return json(report);
});
