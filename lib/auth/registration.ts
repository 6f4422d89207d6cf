import type { z } from "zod";
import type { Database } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { hashPassword } from "@/lib/auth/password";
import { signUpFormSchema } from "@/lib/auth/schemas";
import { isSignUpError, type SignUpError } from "@/lib/auth/sign-up-messages";

export type SignUpField = keyof z.infer<typeof signUpFormSchema>;

/** A refused sign-up names, per field, what to fix: an id the form words in the reader's language. */
export type RegistrationResult =
  | { ok: true; user: { id: string; email: string; name: string } }
  | { ok: false; fieldErrors: Partial<Record<SignUpField, SignUpError>> };

/** Creates a candidate account with a hashed password, or explains what to fix. */
export async function registerUser(db: Database, input: unknown): Promise<RegistrationResult> {
  const parsed = signUpFormSchema.safeParse(input);
  if (!parsed.success) {
    const fieldErrors: Partial<Record<SignUpField, SignUpError>> = {};
    for (const issue of parsed.error.issues) {
      const field = issue.path[0] as SignUpField | undefined;
      if (field && !fieldErrors[field]) fieldErrors[field] = isSignUpError(issue.message) ? issue.message : "invalid";
    }
    return { ok: false, fieldErrors };
  }
  const { name, email, password } = parsed.data;
  if (password.toLowerCase().includes(email.split("@")[0]!) && email.split("@")[0]!.length >= 4) {
    return { ok: false, fieldErrors: { password: "passwordFromEmail" } };
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
      return { ok: false, fieldErrors: { email: "emailTaken" } };
    }
    throw error;
  }
}
