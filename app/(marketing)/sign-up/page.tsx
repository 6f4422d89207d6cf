import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AuthCard } from "@/components/auth/auth-card";
import { OAuthButtons } from "@/components/auth/oauth-buttons";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { enabledOAuthProviders } from "@/lib/auth/oauth";
import { findSignedInUser } from "@/lib/http/page";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth.signUp");
  return { title: t("title") };
}

export const dynamic = "force-dynamic";

export default async function SignUpPage() {
  if (await findSignedInUser()) redirect("/dashboard");
  const providers = enabledOAuthProviders().map(({ id, name }) => ({ id, name }));
  const t = await getTranslations("auth.signUp");

  return (
    <AuthCard
      title={t("title")}
      description={t("description")}
      footer={
        <>
          {t("haveAccount")}{" "}
          <Link href="/sign-in" className="rounded-sm font-medium text-indigo-700 hover:text-indigo-600">
            {t("signIn")}
          </Link>
        </>
      }
    >
      <SignUpForm />
      <OAuthButtons providers={providers} callbackUrl="/dashboard" />
    </AuthCard>
  );
}
