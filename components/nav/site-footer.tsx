import Link from "next/link";
import { useTranslations } from "next-intl";
import { Container } from "@/components/ui/page";
import { LogoMark } from "./logo";

export function SiteFooter() {
  const t = useTranslations("nav");
  return (
    <footer className="border-t border-slate-200 bg-white">
      <Container className="flex flex-col gap-3 py-6 text-sm text-slate-500 sm:flex-row sm:items-center sm:justify-between">
        <div className="flex items-center gap-2">
          <LogoMark className="size-5" />
          <span>{t("footer.tagline")}</span>
        </div>
        <nav aria-label={t("footer.label")}>
          <ul className="flex flex-wrap gap-x-5 gap-y-2">
            <li>
              <Link href="/prompts" className="rounded-sm hover:text-slate-900">
                {t("items.prompts")}
              </Link>
            </li>
            <li>
              <Link href="/#grading-api" className="rounded-sm hover:text-slate-900">
                {t("footer.gradingApi")}
              </Link>
            </li>
          </ul>
        </nav>
      </Container>
    </footer>
  );
}
