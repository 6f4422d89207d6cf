import type { Database } from "@/lib/db/client";
import type { Role } from "@/lib/auth/roles";
import { verifyPassword } from "@/lib/auth/password";
import { signInCredentialsSchema } from "@/lib/auth/schemas";
import { clearFailures, minutesUntilAllowed, recordFailure } from "@/lib/auth/throttle";

export class SignInThrottledError extends Error {
  constructor(readonly minutes: number) {
    super(`Too many failed sign-ins. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`);
    this.name = "SignInThrottledError";
  }
}

export interface AuthenticatedUser {
  id: string;
  email: string;
  name: string;
  role: Role;
}

/**
 * Checks an email and password. Returns the user, or null for a wrong email or password
 * (the caller must not say which). Throws SignInThrottledError while the account or the
 * address is locked out after repeated failures.
 */
export async function authenticateWithPassword(
  db: Database,
  input: unknown,
  address: string | null,
): Promise<AuthenticatedUser | null> {
  const parsed = signInCredentialsSchema.safeParse(input);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;

  const wait = await minutesUntilAllowed(db, { email, address });
  if (wait > 0) throw new SignInThrottledError(wait);

  const user = await db.user.findUnique({ where: { email } });
  const ok = user?.passwordHash ? await verifyPassword(password, user.passwordHash) : false;
  if (!user || !ok) {
    await recordFailure(db, { email, address });
    return null;
  }
  await clearFailures(db, email);
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}
