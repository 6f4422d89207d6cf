import type { DefaultSession } from "next-auth";

type AppRole = "candidate" | "mentor" | "admin";

declare module "next-auth" {
  interface Session {
    user: { id: string; email: string; name: string; role: AppRole } & Omit<DefaultSession["user"], "email" | "name">;
  }
  interface User {
    role?: AppRole;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    uid?: string;
    role?: AppRole;
    // When the role was last read from the database (ms since epoch).
    roleCheckedAt?: number;
  }
}
