import { getTranslations } from "next-intl/server";
import { InboxLink } from "@/components/reviews/inbox-link";
import { ButtonLink } from "@/components/ui/button";
import { Container } from "@/components/ui/page";
import { Wordmark } from "./logo";
import { LocaleSwitcher } from "./locale-switcher";
import { MobileMenu } from "./mobile-menu";
import { NavLinks } from "./nav-links";
import { RoleBadge } from "./role-badge";
import { SignOutButton } from "./sign-out-button";
import { navItemsFor, type HeaderUser } from "./nav-items";

/** The product header. A server component: the user is read on the server and passed in. */
export async function SiteHeader({ user }: { user: HeaderUser | null }) {
  const t = await getTranslations("nav");
  const items = navItemsFor(user);
  return (
    <header className="sticky top-0 z-40 border-b border-slate-200 bg-white/90 backdrop-blur supports-[backdrop-filter]:bg-white/75">
      <Container className="relative flex h-16 items-center gap-6">
        <Wordmark href={user ? "/dashboard" : "/"} />
        <nav aria-label={t("main")} className="hidden md:block">
          <NavLinks items={items} />
        </nav>
        <div className="ml-auto hidden items-center gap-3 md:flex">
          <LocaleSwitcher />
          {user ? (
            <>
              <InboxLink />
              <div className="flex min-w-0 items-center gap-2 text-right">
                <div className="min-w-0 leading-tight">
                  <p className="max-w-56 truncate text-sm font-medium text-slate-900">{user.name || user.email}</p>
                  {user.name ? <p className="max-w-56 truncate text-xs text-slate-500">{user.email}</p> : null}
                </div>
                <RoleBadge role={user.role} />
              </div>
              <SignOutButton />
            </>
          ) : (
            <>
              <ButtonLink href="/sign-in" variant="ghost" size="sm">
                {t("signIn")}
              </ButtonLink>
              <ButtonLink href="/sign-up" size="sm">
                {t("getStarted")}
              </ButtonLink>
            </>
          )}
        </div>
        <div className="ml-auto md:hidden">
          <MobileMenu items={items} user={user} />
        </div>
      </Container>
    </header>
  );
}
