import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AuthCard } from "@/components/auth/auth-card";
import { firstParam, safeCallbackUrl } from "@/components/auth/callback-url";
import { OAuthButtons } from "@/components/auth/oauth-buttons";
import { SignInForm, SignUpLink } from "@/components/auth/sign-in-form";
import { getDemoAccounts } from "@/lib/auth/demo";
import { enabledOAuthProviders } from "@/lib/auth/oauth";
import { findSignedInUser } from "@/lib/http/page";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth.signIn");
  return { title: t("metaTitle") };
}

export const dynamic = "force-dynamic";

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  if (await findSignedInUser()) redirect("/dashboard");

  const params = await searchParams;
  const callbackUrl = safeCallbackUrl(firstParam(params.callbackUrl));
  const providers = enabledOAuthProviders().map(({ id, name }) => ({ id, name }));
  const demoAccounts = getDemoAccounts().map(({ email, password, role }) => ({ email, password, role }));
  const t = await getTranslations("auth.signIn");

  return (
    <AuthCard title={t("title")} description={t("description")} footer={<SignUpLink />}>
      <SignInForm
        callbackUrl={callbackUrl}
        demoAccounts={demoAccounts}
        initialError={firstParam(params.error)}
        alternatives={<OAuthButtons providers={providers} callbackUrl={callbackUrl} />}
      />
    </AuthCard>
  );
}
