import type { ReactNode } from "react";
import { SiteFooter } from "./site-footer";

/**
 * The page's main landmark and, below it, the site footer. Each route group's layout picks
 * its frame: the interview's whiteboard fills the screen, so it has no footer.
 */
export function SiteFrame({ children, footer = true }: { children: ReactNode; footer?: boolean }) {
  return (
    <>
      <main id="main" tabIndex={-1} className="flex-1 focus:outline-none">
        {children}
      </main>
      {footer ? <SiteFooter /> : null}
    </>
  );
}
