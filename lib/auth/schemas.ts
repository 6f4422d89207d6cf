// What the account forms and the sign-in accept, validated at the boundary.
import { z } from "zod";
import { passwordSchema } from "@/lib/auth/password";
import { Role } from "@/lib/auth/roles";

export const roleSchema = z.enum(Role);

/** The sign-up form (the server action validates it, and registerUser again for other callers). */
export const signUpFormSchema = z.object({
  name: z.string().trim().min(1, "Tell us your name.").max(80, "Use at most 80 characters."),
  email: z
    .string()
    .trim()
    .toLowerCase()
    .max(254, "Use at most 254 characters.")
    .pipe(z.email("Enter a valid email address.")),
  password: passwordSchema,
});

/** What next-auth's credentials provider hands over from the sign-in form. */
export const signInCredentialsSchema = z.object({
  email: z.string().trim().toLowerCase().max(254).pipe(z.email()),
  password: z.string().min(1).max(200),
});
