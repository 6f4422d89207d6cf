import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { AuthCard } from "@/components/auth/auth-card";
import { OAuthButtons } from "@/components/auth/oauth-buttons";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { enabledOAuthProviders } from "@/lib/auth/oauth";
import { findSignedInUser } from "@/lib/http/page";

export const metadata: Metadata = { title: "Create your account" };
export const dynamic = "force-dynamic";

export default async function SignUpPage() {
  if (await findSignedInUser()) redirect("/dashboard");
  const providers = enabledOAuthProviders().map(({ id, name }) => ({ id, name }));

  return (
    <AuthCard
      title="Create your account"
      description="Practise with timed mock interviews and get every design graded rule by rule."
      footer={
        <>
          Already have an account?{" "}
          <Link href="/sign-in" className="rounded-sm font-medium text-indigo-700 hover:text-indigo-600">
            Sign in
          </Link>
        </>
      }
    >
      <SignUpForm />
      <OAuthButtons providers={providers} callbackUrl="/dashboard" />
    </AuthCard>
  );
}
