// npm run user:role -- EMAIL ROLE: the first admin has to come from somewhere; after that,
// admins grant roles on the /admin page.
import { z } from "zod";
import { getEnv } from "@/lib/config/env";
import { openDatabase } from "@/lib/db/client";
import { roleSchema } from "@/lib/auth/schemas";

const args = z.tuple([z.email("the first argument must be an email"), roleSchema]).safeParse(process.argv.slice(2));
if (!args.success) {
  console.error("usage: npm run user:role -- EMAIL candidate|mentor|admin");
  process.exit(2);
}
const [email, role] = args.data;
const database = await openDatabase(getEnv().database);
try {
  const updated = await database.db.user.updateMany({ where: { email: email.toLowerCase() }, data: { role } });
  if (updated.count === 0) {
    console.error(`No account with the email ${email}. Sign up first.`);
    process.exitCode = 2;
  } else {
    console.log(`${email} is now ${role}.`);
  }
} finally {
  await database.close();
}
