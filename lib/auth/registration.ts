import type { z } from "zod";
import type { Database } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { hashPassword } from "@/lib/auth/password";
import { signUpFormSchema } from "@/lib/auth/schemas";

export type SignUpField = keyof z.infer<typeof signUpFormSchema>;

export type RegistrationResult =
  | { ok: true; user: { id: string; email: string; name: string } }
  | { ok: false; message: string; fieldErrors: Partial<Record<SignUpField, string>> };

const DUPLICATE_EMAIL = "An account with this email already exists. Sign in instead.";

/** Creates a candidate account with a hashed password, or explains what to fix. */
export async function registerUser(db: Database, input: unknown): Promise<RegistrationResult> {
  const parsed = signUpFormSchema.safeParse(input);
  if (!parsed.success) {
    const fieldErrors: Partial<Record<SignUpField, string>> = {};
    for (const issue of parsed.error.issues) {
      const field = issue.path[0] as SignUpField | undefined;
      if (field && !fieldErrors[field]) fieldErrors[field] = issue.message;
    }
    return { ok: false, message: "Please fix the highlighted fields.", fieldErrors };
  }
  const { name, email, password } = parsed.data;
  if (password.toLowerCase().includes(email.split("@")[0]!) && email.split("@")[0]!.length >= 4) {
    const message = "Don't build your password from your email address.";
    return { ok: false, message, fieldErrors: { password: message } };
  }
  try {
    const user = await db.user.create({
      data: { name, email, passwordHash: await hashPassword(password) },
      select: { id: true, email: true, name: true },
    });
    return { ok: true, user };
  } catch (error) {
    // The unique index decides races between two sign-ups with the same address.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      return { ok: false, message: DUPLICATE_EMAIL, fieldErrors: { email: DUPLICATE_EMAIL } };
    }
    throw error;
  }
}
