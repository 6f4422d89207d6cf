"use server";

import { getDb } from "@/lib/db";
import { registerUser, type SignUpField } from "@/lib/auth/registration";

export type SignUpState =
  | { status: "idle" }
  | { status: "error"; message: string; fieldErrors: Partial<Record<SignUpField, string>> }
  | { status: "ok"; email: string };

/** Server action behind the sign-up form; the client signs in once it answers "ok". */
export async function signUpAction(_previous: SignUpState, formData: FormData): Promise<SignUpState> {
  const input = {
    name: formData.get("name") ?? "",
    email: formData.get("email") ?? "",
    password: formData.get("password") ?? "",
  };
  const db = await getDb();
  const result = await registerUser(db, input);
  if (!result.ok) return { status: "error", message: result.message, fieldErrors: result.fieldErrors };
  return { status: "ok", email: result.user.email };
}
