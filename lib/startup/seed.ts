import type { Database } from "@/lib/db/client";
import { ensureDemoAccounts, type DemoAccount } from "@/lib/auth/demo";
import { seedPromptCatalog, type CatalogSeedReport } from "@/lib/prompts/seed";
import { ensureDemoReview } from "@/lib/reviews/demo";

export interface SeedReport extends CatalogSeedReport {
  demoAccounts: DemoAccount[];
}

/**
 * What every start writes: the prompt catalog and, in development, the demo accounts. It
 * lives here rather than in lib/db so that the database layer depends on no domain.
 */
export async function seedDatabase(db: Database, options: { demoAccounts: boolean }): Promise<SeedReport> {
  const catalog = await seedPromptCatalog(db);
  const demoAccounts = options.demoAccounts ? await ensureDemoAccounts(db) : [];
  if (options.demoAccounts) await ensureDemoReview(db);
  return { ...catalog, demoAccounts };
}
