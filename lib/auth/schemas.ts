// What the account forms and the sign-in accept, validated at the boundary.
import { z } from "zod";
import { passwordSchema } from "@/lib/auth/password";
import { Role } from "@/lib/auth/roles";
import { EMAIL_MAX_LENGTH, MAX_PASSWORD_LENGTH, NAME_MAX_LENGTH, type SignUpError } from "@/lib/auth/sign-up-messages";

export const roleSchema = z.enum(Role);

/**
 * The sign-up form (the server action validates it, and registerUser again for other callers).
 * Its messages are ids the form words in the reader's language (lib/auth/sign-up-messages.ts).
 */
export const signUpFormSchema = z.object({
  name: z
    .string()
    .trim()
    .min(1, "nameRequired" satisfies SignUpError)
    .max(NAME_MAX_LENGTH, "nameTooLong" satisfies SignUpError),
  email: z
    .string()
    .trim()
    .toLowerCase()
    .max(EMAIL_MAX_LENGTH, "emailTooLong" satisfies SignUpError)
    .pipe(z.email("emailInvalid" satisfies SignUpError)),
  password: passwordSchema,
});

/** What next-auth's credentials provider hands over from the sign-in form. */
export const signInCredentialsSchema = z.object({
  email: z.string().trim().toLowerCase().max(EMAIL_MAX_LENGTH).pipe(z.email()),
  password: z.string().min(1).max(MAX_PASSWORD_LENGTH),
});
