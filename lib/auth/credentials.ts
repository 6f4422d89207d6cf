import type { Database } from "@/lib/db/client";
import type { Role } from "@/lib/auth/roles";
import { deviceIdFor, issueDeviceToken } from "@/lib/auth/device";
import { verifyPassword } from "@/lib/auth/password";
import { signInCredentialsSchema } from "@/lib/auth/schemas";
import { throttledCode } from "@/lib/auth/sign-in-codes";
import { clearFailures, minutesUntilAllowed, recordFailure } from "@/lib/auth/throttle";

export class SignInThrottledError extends Error {
  constructor(readonly minutes: number) {
    super(`Too many failed sign-ins. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`);
    this.name = "SignInThrottledError";
  }

  /** What the form is told (lib/auth/sign-in-codes.ts). */
  get code(): string {
    return throttledCode(this.minutes);
  }
}

export interface AuthenticatedUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  /** The device cookie this browser keeps for the account (lib/auth/device.ts). */
  deviceToken: string;
}

/** Where a sign-in comes from: its address and the device cookie it carries, if any. */
export interface SignInClient {
  address: string | null;
  deviceToken?: string | null;
}

// A bcrypt hash (cost 12, like every stored one) of a password nobody knows. An unknown email,
// or an account without a password, is checked against it, so it costs as much as a wrong
// password and the answer time does not tell which emails have accounts.
const NO_ACCOUNT_HASH = "$2b$12$WPso0YkW3MFpg2s7KX5hPe7zsLQpfXumx3gS76T22h2SMW51torjG";

/**
 * Checks an email and password. Returns the user, or null for a wrong email or password
 * (the caller must not say which). Throws SignInThrottledError while this client is locked
 * out after repeated failures (lib/auth/throttle.ts).
 */
export async function authenticateWithPassword(
  db: Database,
  input: unknown,
  client: SignInClient | string | null,
): Promise<AuthenticatedUser | null> {
  const { address, deviceToken } = typeof client === "object" && client ? client : { address: client };
  const parsed = signInCredentialsSchema.safeParse(input);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  const who = { email, address, device: deviceIdFor(email, deviceToken) };

  const wait = await minutesUntilAllowed(db, who);
  if (wait > 0) throw new SignInThrottledError(wait);

  const user = await db.user.findUnique({ where: { email } });
  const ok = await verifyPassword(password, user?.passwordHash ?? NO_ACCOUNT_HASH);
  if (!user?.passwordHash || !ok) {
    await recordFailure(db, who);
    return null;
  }
  await clearFailures(db, who);
  const keptToken = who.device ? deviceToken! : issueDeviceToken(email);
  return { id: user.id, email: user.email, name: user.name, role: user.role, deviceToken: keptToken };
}
