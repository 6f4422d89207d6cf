import { defineConfig } from "prisma/config";

// Prisma 7 reads CLI settings from here. The schema engine cannot be downloaded on an
// offline machine, so migrations are created and applied by scripts/db/* (see README).
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});
