"use client";

import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useActionState, useEffect, useRef, useState, type ChangeEvent } from "react";
import { signUpAction, type SignUpState } from "@/lib/auth/sign-up";
import {
  EMAIL_MAX_LENGTH,
  isSignUpError,
  MAX_PASSWORD_LENGTH,
  MIN_PASSWORD_LENGTH,
  NAME_MAX_LENGTH,
} from "@/lib/auth/sign-up-messages";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { signInErrorFor } from "./sign-in-errors";

type FieldName = "name" | "email" | "password";
const FIELD_ORDER: FieldName[] = ["name", "email", "password"];
/** Every limit a field's message may quote. */
const LIMITS = {
  nameMax: NAME_MAX_LENGTH,
  emailMax: EMAIL_MAX_LENGTH,
  passwordMin: MIN_PASSWORD_LENGTH,
  passwordMax: MAX_PASSWORD_LENGTH,
};
/** Why signing in after sign-up failed: a code of our server's, or none (worded generically). */
type SignInAfterSignUp = { reason: "failed" | "offline"; code?: string };

export function SignUpForm() {
  const t = useTranslations("auth.signUp");
  const tSignIn = useTranslations("auth.signIn");
  const router = useRouter();
  const [state, formAction, isPending] = useActionState<SignUpState, FormData>(signUpAction, { status: "idle" });
  // Controlled, so the values survive an error answer and the password is still at hand to
  // sign in once the account exists.
  const [values, setValues] = useState<Record<FieldName, string>>({ name: "", email: "", password: "" });
  const [signingIn, setSigningIn] = useState(false);
  const [signInError, setSignInError] = useState<SignInAfterSignUp | undefined>();
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
        setSignInError({
          reason: "failed",
          code: res?.error && res.error !== "CredentialsSignin" ? res.error : undefined,
        });
      })
      .catch(() => {
        setSigningIn(false);
        setSignInError({ reason: "offline" });
      });
  }, [state, values.password, router]);

  const fieldErrors = state.status === "error" ? state.fieldErrors : {};
  // The server names each field's problem by id (lib/auth/sign-up-messages.ts); it is worded here.
  const fieldMessage = (field: FieldName) => {
    const id = fieldErrors[field];
    if (id === undefined) return undefined;
    return t(`errors.${isSignUpError(id) ? id : "invalid"}`, LIMITS);
  };
  const formMessage =
    state.status === "error" && Object.keys(state.fieldErrors).length === 0 ? t("errors.failed") : undefined;
  const busy = isPending || signingIn;
  const signInProblem = (problem: SignInAfterSignUp) => {
    if (problem.reason === "offline") return t("signInOffline");
    const cause = signInErrorFor(problem.code);
    if (!cause) return t("signInFailed");
    const detail =
      cause.id === "throttled"
        ? tSignIn("errors.throttled", { minutes: cause.minutes })
        : tSignIn(`errors.${cause.id}`);
    return t("signInFailedBecause", { detail });
  };

  const bind = (field: FieldName) => ({
    id: field,
    name: field,
    value: values[field],
    error: fieldMessage(field),
    onChange: (event: ChangeEvent<HTMLInputElement>) =>
      setValues((current) => ({ ...current, [field]: event.target.value })),
  });

  return (
    <form action={formAction} className="space-y-5" noValidate>
      <div aria-live="assertive" aria-atomic="true" className="space-y-3 empty:mb-0">
        {formMessage ? <Alert tone="error">{formMessage}</Alert> : null}
        {signInError ? (
          <Alert tone="warning">
            {signInProblem(signInError)}{" "}
            <Link href="/sign-in" className="font-medium underline underline-offset-2">
              {t("signIn")}
            </Link>
          </Alert>
        ) : null}
        {state.status === "ok" && !signInError ? <p className="sr-only">{t("created")}</p> : null}
      </div>
      <Field {...bind("name")} type="text" label={t("name")} autoComplete="name" required maxLength={100} />
      <Field {...bind("email")} type="email" label={t("email")} autoComplete="email" inputMode="email" required />
      <Field
        {...bind("password")}
        type="password"
        label={t("password")}
        autoComplete="new-password"
        required
        minLength={MIN_PASSWORD_LENGTH}
        hint={t("passwordHint", LIMITS)}
      />
      <Button type="submit" className="w-full" pending={busy} disabled={state.status === "ok" && !signInError}>
        {t("submit")}
      </Button>
    </form>
  );
}
