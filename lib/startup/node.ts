import { EnvError, getEnv } from "@/lib/config/env";
import { recordPeerAddresses } from "@/lib/http/client-address";
import { getDatabase } from "@/lib/startup/database";

/**
 * Start-up of a Node.js server process: validate the configuration, then migrate and seed
 * the database, so the first request finds everything ready and a bad setting stops the
 * process with a clear message instead of failing on some later page.
 */
export async function startNodeServer(): Promise<void> {
  recordPeerAddresses();
  try {
    const env = getEnv();
    if (env.auth.usingDevSecret) console.warn("[scaleboard] using the development-only NEXTAUTH_SECRET");
    if (!env.auth.url) {
      // next-auth builds its callback URLs from NEXTAUTH_URL; locally the port is enough
      // (production refuses to start without it, lib/config/env.ts).
      process.env.NEXTAUTH_URL = `http://localhost:${env.port}`;
    }
  } catch (error) {
    if (error instanceof EnvError) {
      console.error(`[scaleboard] ${error.message}`);
      process.exit(1);
    }
    throw error;
  }
  try {
    await getDatabase();
  } catch (error) {
    // Keep serving: /api/health reports the database as down, and the next request retries.
    console.error(`[scaleboard] database not ready: ${error instanceof Error ? error.message : String(error)}`);
  }
}
