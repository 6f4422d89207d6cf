"use server";

import { registerUser } from "@/lib/auth/registration";
import { signUpFormSchema } from "@/lib/auth/schemas";
import { AppError } from "@/lib/errors/app-error";
import { formAction, type FormState } from "@/lib/http/action";

export type SignUpState = FormState<{ email: string }>;

/**
 * Server action behind the sign-up form; the client signs in once it answers "ok". Its field
 * errors are ids (lib/auth/sign-up-messages.ts) that the form words in the reader's language.
 */
export const signUpAction = formAction({ auth: "public", input: signUpFormSchema }, async ({ db, input }) => {
  const result = await registerUser(db, input);
  if (!result.ok)
    throw new AppError("invalid_request", "Please fix the highlighted fields.", { fieldErrors: result.fieldErrors });
  return { message: "Account created.", email: result.user.email };
});
