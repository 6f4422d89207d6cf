// npx tsx scripts/db/check-migrations.ts
// Fails (exit 1) when prisma/schema.prisma has changes that no migration captures yet,
// printing the SQL a new migration would contain.
import { checkMigrationsInSync } from "./schema-engine";

checkMigrationsInSync().then(
  ({ inSync, sql, ms }) => {
    if (inSync) {
      console.log(`Migrations and schema are in sync (diff took ${ms} ms).`);
      process.exit(0);
    }
    console.error("prisma/schema.prisma differs from prisma/migrations. Missing SQL:\n");
    console.error(sql);
    console.error("Run: npm run db:migration:create -- <name>");
    process.exit(1);
  },
  (e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  },
);
