import { getEnv } from "@/lib/config/env";
import type { Database } from "@/lib/db/client";
import { hashPassword } from "@/lib/auth/password";
import type { Role } from "@/lib/auth/roles";

export interface DemoAccount {
  email: string;
  password: string;
  name: string;
  role: Exclude<Role, "admin">;
}

// Known credentials on purpose: they exist only in development (see lib/config/env.ts),
// so a new user can try both sides of the product without signing up.
export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  {
    email: "candidate@demo.scaleboard.dev",
    password: "demo-candidate-pass",
    name: "Dana Candidate",
    role: "candidate",
  },
  { email: "mentor@demo.scaleboard.dev", password: "demo-mentor-pass", name: "Minho Mentor", role: "mentor" },
];

/** The demo accounts, or none outside development. */
export function getDemoAccounts(): DemoAccount[] {
  return getEnv().demoAccounts ? [...DEMO_ACCOUNTS] : [];
}

/** Creates the demo accounts that do not exist yet; an existing one is left as it is. */
export async function ensureDemoAccounts(db: Database): Promise<DemoAccount[]> {
  for (const account of DEMO_ACCOUNTS) {
    const found = await db.user.findUnique({ where: { email: account.email }, select: { id: true } });
    if (found) continue;
    await db.user.create({
      data: {
        email: account.email,
        name: account.name,
        role: account.role,
        passwordHash: await hashPassword(account.password),
      },
    });
  }
  return [...DEMO_ACCOUNTS];
}
