"use server";

import { registerUser } from "@/lib/auth/registration";
import { signUpFormSchema } from "@/lib/auth/schemas";
import { AppError } from "@/lib/errors/app-error";
import { formAction, type FormState } from "@/lib/http/action";

export type SignUpState = FormState<{ email: string }>;

/** Server action behind the sign-up form; the client signs in once it answers "ok". */
export const signUpAction = formAction({ auth: "public", input: signUpFormSchema }, async ({ db, input }) => {
  const result = await registerUser(db, input);
  if (!result.ok) throw new AppError("invalid_request", result.message, { fieldErrors: result.fieldErrors });
  return { message: "Account created.", email: result.user.email };
});
