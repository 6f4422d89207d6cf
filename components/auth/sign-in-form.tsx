"use client";

import Link from "next/link";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useRef, useState, type FormEvent, type ReactNode } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { RoleBadge } from "@/components/nav/role-badge";
import type { Role } from "@/lib/auth/roles";
import { signInErrorFor, type SignInError } from "./sign-in-errors";

export interface DemoAccountOption {
  email: string;
  password: string;
  role: Role;
}

export function SignInForm({
  callbackUrl,
  demoAccounts,
  initialError,
  alternatives,
}: {
  callbackUrl: string;
  demoAccounts: DemoAccountOption[];
  /** The `error` code of the sign-in URL (next-auth's), worded here; never shown as it is. */
  initialError?: string;
  /** Other ways to sign in (OAuth buttons), shown between the form and the demo accounts. */
  alternatives?: ReactNode;
}) {
  const t = useTranslations("auth.signIn");
  const router = useRouter();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [error, setError] = useState<SignInError | undefined>(() => signInErrorFor(initialError));
  const [pending, setPending] = useState(false);
  const submitRef = useRef<HTMLButtonElement>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    setPending(true);
    setError(undefined);
    try {
      const res = await signIn("credentials", { email, password, redirect: false });
      if (!res) {
        setError({ id: "offline" });
      } else if (res.error) {
        // CredentialsSignin is next-auth's code for a refused login; the others are our
        // server's codes (lib/auth/sign-in-codes.ts), such as the lock-out with its wait.
        setError(signInErrorFor(res.error));
      } else {
        router.push(callbackUrl);
        router.refresh();
        return; // stay pending until the next page replaces this one
      }
    } catch {
      setError({ id: "offline" });
    }
    setPending(false);
  }

  return (
    <>
      <form onSubmit={onSubmit} className="space-y-5" aria-describedby={error ? "sign-in-error" : undefined}>
        <div aria-live="assertive" aria-atomic="true" className="empty:mb-0">
          {error ? (
            <Alert tone="error" id="sign-in-error">
              {error.id === "throttled" ? t("errors.throttled", { minutes: error.minutes }) : t(`errors.${error.id}`)}
            </Alert>
          ) : null}
        </div>
        <Field
          id="email"
          name="email"
          type="email"
          label={t("email")}
          autoComplete="email"
          inputMode="email"
          required
          value={email}
          onChange={(event) => setEmail(event.target.value)}
        />
        <Field
          id="password"
          name="password"
          type="password"
          label={t("password")}
          autoComplete="current-password"
          required
          value={password}
          onChange={(event) => setPassword(event.target.value)}
        />
        <Button ref={submitRef} type="submit" className="w-full" pending={pending}>
          {t("submit")}
        </Button>
      </form>

      {alternatives}

      {demoAccounts.length > 0 ? (
        <section
          aria-labelledby="demo-accounts-title"
          className="mt-6 rounded-lg border border-dashed border-indigo-200 bg-indigo-50/60 p-4"
        >
          <h2 id="demo-accounts-title" className="text-sm font-semibold text-indigo-900">
            {t("demo.title")}
          </h2>
          <p className="mt-1 text-xs text-indigo-900/80">{t("demo.description")}</p>
          <ul className="mt-3 space-y-2">
            {demoAccounts.map((account) => (
              <li key={account.email}>
                <button
                  type="button"
                  onClick={() => {
                    setEmail(account.email);
                    setPassword(account.password);
                    setError(undefined);
                    submitRef.current?.focus();
                  }}
                  className="flex w-full items-center justify-between gap-3 rounded-md bg-white px-3 py-2 text-left text-sm text-slate-800 shadow-xs ring-1 ring-inset ring-indigo-100 hover:ring-indigo-300 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600"
                >
                  <span className="min-w-0 truncate">
                    <span className="sr-only">{t("demo.fillIn")} </span>
                    {account.email}
                  </span>
                  <RoleBadge role={account.role} />
                </button>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}

export function SignUpLink() {
  const t = useTranslations("auth.signIn");
  return (
    <>
      {t("newHere")}{" "}
      <Link href="/sign-up" className="rounded-sm font-medium text-indigo-700 hover:text-indigo-600">
        {t("createAccount")}
      </Link>
    </>
  );
}
