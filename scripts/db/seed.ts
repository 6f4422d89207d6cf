// npm run db:seed: loads the prompt catalog (and, in development, the demo accounts) into the
// configured database. The app does this at every start too; this is for a database you
// migrate and fill ahead of deploying.
import { getEnv } from "@/lib/config/env";
import { openDatabase } from "@/lib/db/client";
import { seedDatabase } from "@/lib/startup/seed";

const env = getEnv();
const database = await openDatabase(env.database, { log: (line) => console.log(line) });
try {
  const report = await seedDatabase(database.db, { demoAccounts: env.demoAccounts });
  console.log(
    `seeded ${database.mode} at ${database.location}: ${report.prompts} prompts ` +
      `(${report.created.length} created, ${report.updated.length} updated), ${report.demoAccounts.length} demo accounts`,
  );
} finally {
  await database.close();
}
