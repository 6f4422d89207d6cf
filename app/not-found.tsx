import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ButtonLink } from "@/components/ui/button";
import { SiteFrame } from "@/components/nav/site-frame";
import { StatusPage } from "@/components/ui/status-page";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("common.notFound");
  return { title: t("title") };
}

export default async function NotFound() {
  const t = await getTranslations("common");
  // The root's not-found page replaces every route group's layout, so it brings the frame.
  return (
    <SiteFrame>
      <StatusPage
        code="404"
        title={t("notFound.title")}
        description={t("notFound.description")}
        actions={
          <>
            <ButtonLink href="/prompts">{t("actions.browsePrompts")}</ButtonLink>
            <ButtonLink href="/" variant="secondary">
              {t("actions.home")}
            </ButtonLink>
          </>
        }
      />
    </SiteFrame>
  );
}
