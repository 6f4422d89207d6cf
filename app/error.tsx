"use client";

import { useTranslations } from "next-intl";
import { useEffect } from "react";
import { Button, ButtonLink } from "@/components/ui/button";
import { SiteFrame } from "@/components/nav/site-frame";
import { StatusPage } from "@/components/ui/status-page";

function digestOf(error: unknown): string | undefined {
  if (error instanceof Error && "digest" in error && typeof error.digest === "string") return error.digest;
  return undefined;
}

export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  const t = useTranslations("common");
  useEffect(() => {
    console.error(error);
  }, [error]);
  const digest = digestOf(error);

  // The root's error boundary replaces every route group's layout, so it brings the frame.
  return (
    <SiteFrame>
      <StatusPage
        code={t("error.code")}
        title={t("error.title")}
        description={t("error.description")}
        actions={
          <>
            <Button onClick={() => retry()}>{t("actions.tryAgain")}</Button>
            <ButtonLink href="/" variant="secondary">
              {t("actions.home")}
            </ButtonLink>
          </>
        }
      >
        {digest ? (
          <p className="mt-4 text-xs text-slate-500">
            {t("error.reference")} <code className="font-mono">{digest}</code>
          </p>
        ) : null}
      </StatusPage>
    </SiteFrame>
  );
}
