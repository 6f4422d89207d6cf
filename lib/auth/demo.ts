import { getEnv } from "@/lib/config/env";

export interface DemoAccount {
  email: string;
  password: string;
  name: string;
  role: "candidate" | "mentor";
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
