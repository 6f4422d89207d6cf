"use client";

import { signIn } from "next-auth/react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useActionState, useEffect, useRef, useState, type ChangeEvent } from "react";
import { signUpAction, type SignUpState } from "@/lib/auth/sign-up";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";

type FieldName = "name" | "email" | "password";
const FIELD_ORDER: FieldName[] = ["name", "email", "password"];

export function SignUpForm() {
  const router = useRouter();
  const [state, formAction, isPending] = useActionState<SignUpState, FormData>(signUpAction, { status: "idle" });
  // Controlled, so the values survive an error answer and the password is still at hand to
  // sign in once the account exists.
  const [values, setValues] = useState<Record<FieldName, string>>({ name: "", email: "", password: "" });
  const [signingIn, setSigningIn] = useState(false);
  const [signInError, setSignInError] = useState<string | undefined>();
  const handled = useRef<SignUpState | null>(null);

  useEffect(() => {
    if (handled.current === state) return;
    handled.current = state;

    if (state.status === "error") {
      const first = FIELD_ORDER.find((field) => state.fieldErrors[field]);
      // Each input's id is its field name.
      if (first) document.getElementById(first)?.focus();
      return;
    }
    if (state.status !== "ok") return;

    // The account exists now: sign in with it (the action's result arrives as state).
    // eslint-disable-next-line react-hooks/set-state-in-effect -- starts the sign-in the new state calls for
    setSigningIn(true);
    setSignInError(undefined);
    signIn("credentials", { email: state.email, password: values.password, redirect: false })
      .then((res) => {
        if (res && !res.error) {
          router.push("/dashboard");
          router.refresh();
          return;
        }
        setSigningIn(false);
        setSignInError(
          res?.error && res.error !== "CredentialsSignin"
            ? `Your account was created, but signing in failed: ${res.error}`
            : "Your account was created, but signing in failed.",
        );
      })
      .catch(() => {
        setSigningIn(false);
        setSignInError("Your account was created, but we could not reach the server to sign you in.");
      });
  }, [state, values.password, router]);

  const fieldErrors = state.status === "error" ? state.fieldErrors : {};
  const formMessage =
    state.status === "error" && Object.keys(state.fieldErrors).length === 0 ? state.message : undefined;
  const busy = isPending || signingIn;

  const bind = (field: FieldName) => ({
    id: field,
    name: field,
    value: values[field],
    error: fieldErrors[field],
    onChange: (event: ChangeEvent<HTMLInputElement>) =>
      setValues((current) => ({ ...current, [field]: event.target.value })),
  });

  return (
    <form action={formAction} className="space-y-5" noValidate>
      <div aria-live="assertive" aria-atomic="true" className="space-y-3 empty:mb-0">
        {formMessage ? <Alert tone="error">{formMessage}</Alert> : null}
        {signInError ? (
          <Alert tone="warning">
            {signInError}{" "}
            <Link href="/sign-in" className="font-medium underline underline-offset-2">
              Sign in
            </Link>
          </Alert>
        ) : null}
        {state.status === "ok" && !signInError ? <p className="sr-only">Account created. Signing you in…</p> : null}
      </div>
      <Field {...bind("name")} type="text" label="Name" autoComplete="name" required maxLength={100} />
      <Field {...bind("email")} type="email" label="Email" autoComplete="email" inputMode="email" required />
      <Field
        {...bind("password")}
        type="password"
        label="Password"
        autoComplete="new-password"
        required
        minLength={10}
        hint="At least 10 characters, and not a common password."
      />
      <Button type="submit" className="w-full" pending={busy} disabled={state.status === "ok" && !signInError}>
        Create account
      </Button>
    </form>
  );
}
