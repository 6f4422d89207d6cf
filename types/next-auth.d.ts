import type { DefaultSession } from "next-auth";
import type { Role as AppRole } from "@/lib/db/generated/enums";

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
